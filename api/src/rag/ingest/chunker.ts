import { badInput } from '@vigil/ml/errors';
import { type Chunk, type ChunkOptions, chunkId, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import type { ParsedDocument } from './parsed-document.js';
import { splitLong, splitSentences } from './sentences.js';

/** A sentence (or a cut of an over-long one) with the structure around it. */
interface Unit {
  text: string;
  page: number | undefined;
  heading: string | undefined;
  attackId: string | undefined;
  sectionStart: boolean;
  paragraphStart: boolean;
  /** What joins this unit to the one before it in the same paragraph. */
  joiner: ' ' | '\n';
}

/**
 * Cuts a document into chunks that follow its structure. A chunk never spans two pages or two ATT&CK objects;
 * it ends at a section or paragraph boundary once it is long enough, and otherwise between sentences, so that
 * it stays within `maxChars`. The next chunk of the same section starts with the last sentence(s) of the previous
 * one (about `overlapChars`). Chunk ids are `${documentId}#${ordinal}`: the same document gives the same chunks.
 */
export function chunkDocument(doc: ParsedDocument, documentId: string, options: Partial<ChunkOptions> = {}): Chunk[] {
  const opts = resolveOptions(options);
  const chunks: Chunk[] = [];
  let current: Unit[] = [];
  let fresh = 0;
  let length = 0;

  const emit = (withOverlap: boolean) => {
    if (fresh === 0) {
      if (!withOverlap) current = [];
      return;
    }
    const first = current[current.length - fresh]!;
    const ordinal = chunks.length;
    chunks.push({
      id: chunkId(documentId, ordinal),
      documentId,
      ordinal,
      title: doc.title,
      text: join(current),
      ...(first.page !== undefined ? { page: first.page } : {}),
      ...(first.heading !== undefined ? { section: first.heading } : {}),
      ...(first.attackId !== undefined ? { attackId: first.attackId } : {}),
      sentences: current.map((u) => u.text),
    });
    current = withOverlap ? overlapTail(current, opts) : [];
    length = joinedLength(current);
    fresh = 0;
  };

  for (const unit of units(doc, opts)) {
    const last = current[current.length - 1];
    if (last && (last.page !== unit.page || last.attackId !== unit.attackId)) emit(false);
    else if (fresh > 0 && unit.sectionStart && length >= opts.minChars) emit(false);
    else if (fresh > 0 && unit.paragraphStart && length >= opts.targetChars) emit(true);
    else if (fresh > 0 && length + 2 + unit.text.length > opts.maxChars) emit(!unit.sectionStart);
    current.push(unit);
    fresh++;
    length = joinedLength(current);
    // Overlap gives way when it and the new sentence would not fit together.
    while (current.length > fresh && length > opts.maxChars) {
      current.shift();
      length = joinedLength(current);
    }
  }
  emit(false);
  return chunks;
}

function resolveOptions(options: Partial<ChunkOptions>): ChunkOptions {
  const opts = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  if (!(opts.overlapChars >= 0 && opts.minChars > 0 && opts.minChars <= opts.targetChars && opts.targetChars <= opts.maxChars && opts.overlapChars < opts.minChars)) {
    throw badInput(`chunk options must satisfy 0 <= overlapChars < minChars <= targetChars <= maxChars; got ${JSON.stringify(opts)}`);
  }
  return opts;
}

function* units(doc: ParsedDocument, opts: ChunkOptions): Generator<Unit> {
  for (const section of doc.sections) {
    let sectionStart = true;
    for (const paragraph of section.text.split(/\n\s*\n/)) {
      let paragraphStart = true;
      let joiner: Unit['joiner'] = ' ';
      for (const sentence of splitSentences(paragraph)) {
        for (const text of splitLong(sentence.text, opts.maxChars)) {
          yield { text, page: section.page, heading: section.heading, attackId: section.attack?.id, sectionStart, paragraphStart, joiner };
          sectionStart = paragraphStart = false;
          joiner = ' ';
        }
        joiner = sentence.lineBreakAfter ? '\n' : ' ';
      }
    }
  }
}

function join(units: readonly Unit[]): string {
  let out = '';
  units.forEach((u, i) => {
    out += i === 0 ? u.text : (u.paragraphStart ? '\n\n' : u.joiner) + u.text;
  });
  return out;
}

function joinedLength(units: readonly Unit[]): number {
  let length = 0;
  units.forEach((u, i) => {
    length += u.text.length + (i === 0 ? 0 : u.paragraphStart ? 2 : 1);
  });
  return length;
}

/** The trailing whole sentences, up to 1.5 × overlapChars, that open the next chunk; never the whole chunk. */
function overlapTail(units: readonly Unit[], opts: ChunkOptions): Unit[] {
  const budget = opts.overlapChars * 1.5;
  const tail: Unit[] = [];
  let length = 0;
  for (let i = units.length - 1; i > 0; i--) {
    const unit = units[i]!;
    if (length + unit.text.length > budget) break;
    tail.unshift(unit);
    length += unit.text.length + 1;
  }
  if (tail.length === 0 && opts.overlapChars > 0) {
    // The last sentence is long: carry its end, from a word boundary.
    const last = units[units.length - 1]!;
    const start = last.text.indexOf(' ', Math.max(0, last.text.length - opts.overlapChars));
    if (start > 0) tail.push({ ...last, text: last.text.slice(start + 1), sectionStart: false, paragraphStart: false });
  }
  // Carried text belongs to no paragraph start: it continues the previous chunk.
  return tail.map((u, i) => (i === 0 ? { ...u, paragraphStart: false, sectionStart: false } : u));
}
