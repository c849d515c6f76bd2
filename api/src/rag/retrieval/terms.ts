/**
 * The one tokenizer that fusion (Jaccard), the scope decision and the extractive answerer share, so that
 * "term matched" means the same thing everywhere.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or ' +
    'other our ours out over own same she should so some such than that the their theirs them then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours shall may might must e g eg ie etc us use used using one two get got ' +
    'tell explain describe give list please want need know like make best good way ways thing things'
  ).split(' '),
);

/** Light suffix stripping: enough to match "phases"/"phase" and "logging"/"logs", cheap enough for every query. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Lower-cased word tokens, ATT&CK-style IDs (t1059.001) kept whole. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/t\d{4}(?:\.\d{3})?|[a-z0-9]+/g) ?? [];
}

export const isStopword = (token: string): boolean => STOPWORDS.has(token);

/** Stemmed content terms in order of appearance (duplicates kept). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) if (!STOPWORDS.has(token) && token.length > 1) out.push(stem(token));
  return out;
}

export const termSet = (text: string): Set<string> => new Set(contentTerms(text));
