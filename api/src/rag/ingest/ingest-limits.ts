import { badInput } from '@vigil/ml/errors';

/** Upper bounds on one ingested file. Each breach is a BAD_USER_INPUT naming the limit and the value. */
export interface IngestLimits {
  /** Size of the file in bytes. */
  maxBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Characters of extracted text, summed over every document made from the file. */
  maxTextChars: number;
}

export const DEFAULT_INGEST_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxPages: 2_000,
  maxTextChars: 20_000_000,
});

export function resolveLimits(limits: Partial<IngestLimits> = {}): IngestLimits {
  const out = { ...DEFAULT_INGEST_LIMITS, ...limits };
  for (const [key, value] of Object.entries(out)) {
    if (!Number.isInteger(value) || value <= 0) throw badInput(`ingest limit ${key} must be a positive integer, got ${value}`, { limit: key, value });
  }
  return out;
}

export function checkBytes(size: number, limits: IngestLimits, what: string): void {
  if (size > limits.maxBytes) {
    throw badInput(`${what} is ${size} bytes, over the ${limits.maxBytes}-byte limit (maxBytes)`, { limit: 'maxBytes', max: limits.maxBytes, value: size });
  }
}

export function checkPages(pages: number, limits: IngestLimits, what: string): void {
  if (pages > limits.maxPages) {
    throw badInput(`${what} has ${pages} pages, over the ${limits.maxPages}-page limit (maxPages)`, { limit: 'maxPages', max: limits.maxPages, value: pages });
  }
}

/** Counts extracted text as it grows and stops the parse as soon as it passes the limit. */
export class TextBudget {
  private used = 0;
  constructor(private readonly limits: IngestLimits, private readonly what: string) {}

  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.limits.maxTextChars) {
      throw badInput(`${this.what} has more than ${this.limits.maxTextChars} characters of text (at least ${this.used}), over the limit (maxTextChars)`, {
        limit: 'maxTextChars',
        max: this.limits.maxTextChars,
        value: this.used,
      });
    }
  }

  get chars(): number {
    return this.used;
  }
}
