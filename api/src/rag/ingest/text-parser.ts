import { badInput } from '@vigil/ml/errors';
import { contentHash } from './content-hash.js';
import { checkBytes, type IngestLimits, TextBudget } from './ingest-limits.js';
import type { ParsedDocument } from './parsed-document.js';
import { decodeText, tidyText } from './text-decoding.js';

/** Plain text: one section; blank lines separate paragraphs. The first line is the title when it is short. */
export function parseText(bytes: Uint8Array, limits: IngestLimits, filename?: string): ParsedDocument {
  const what = filename ? `text file '${filename}'` : 'the text';
  checkBytes(bytes.length, limits, what);
  const decoded = decodeText(bytes, what);
  const text = tidyText(decoded.text);
  new TextBudget(limits, what).spend(text.length);
  if (!text) throw badInput(`${what} is empty`);
  const first = text.split('\n')[0]!;
  return {
    title: first.length <= 120 ? first : (filename?.replace(/^.*\//, '') ?? first.slice(0, 120)),
    mediaType: 'text/plain',
    contentHash: contentHash(bytes),
    sections: [{ text }],
    metadata: { ...(filename ? { filename } : {}), encoding: decoded.encoding, textChars: text.length },
  };
}
