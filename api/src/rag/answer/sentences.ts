// Abbreviations whose full stop does not end a sentence in these documents (NIST and ATT&CK prose).
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'fig', 'no', 'nos', 'rev', 'vol', 'sec', 'ch', 'pp', 'p', 'al', 'inc', 'corp',
  'u.s', 'dr', 'mr', 'ms', 'st', 'approx', 'dept', 'min', 'max',
]);

/**
 * Splits prose into sentences: on . ! ? followed by space and an upper-case letter, digit or opening quote,
 * unless the word before is a known abbreviation; blank lines and bullet lines also end a sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n|\n\s*(?=[•\u2022\-*]\s)/)) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    let start = 0;
    const boundary = /[.!?]["')\u201d\u2019]?\s+(?=["'(\u201c\u2018]?[A-Z0-9])/g;
    for (let m = boundary.exec(flat); m; m = boundary.exec(flat)) {
      const before = flat.slice(start, m.index + 1);
      const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase();
      if (lastWord && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord))) continue;
      out.push(flat.slice(start, m.index + m[0].trimEnd().length).trim());
      start = m.index + m[0].length;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
