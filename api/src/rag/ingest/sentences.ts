const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence and whether a line break (rather than a space) followed it in the source. */
export interface Sentence {
  text: string;
  lineBreakAfter: boolean;
}

/** Common abbreviations after which ICU's sentence rules would wrongly break ("e.g. the", "Fig. 3"). */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|cf|al|approx|Fig|No|Sec|Rev|Vol|Inc|Corp|Ltd|Mr|Ms|Dr|St|U\.S)\.\s*$/i;

/** A heading's or list item's number on its own ("3.", "2.1.", "B.") is not a sentence. */
const NUMBERING = /^\s*(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\.\s*$/;

/**
 * Splits text into sentences with Unicode's sentence rules (Intl.Segmenter), treating line breaks as boundaries
 * (list items, table rows) and re-joining breaks after common abbreviations.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if ((ABBREVIATION.test(pending) || NUMBERING.test(pending)) && !/\n\s*$/.test(pending)) continue;
    push(out, pending);
    pending = '';
  }
  push(out, pending);
  return out;
}

function push(out: Sentence[], raw: string): void {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text) out.push({ text, lineBreakAfter: /\n\s*$/.test(raw) });
}

/** Cuts a run of text longer than `max` at word boundaries into pieces of at most `max` characters. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max * 0.5) cut = max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
