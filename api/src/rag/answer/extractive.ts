import type { Citation, RetrievedChunk } from '../retrieval/types.js';
import { contentTerms, termSet } from '../retrieval/terms.js';
import { jaccard } from '../retrieval/similarity.js';
import { toCitation } from './citations.js';
import { quoteAsMarkdown } from './markdown.js';
import { NOT_COVERED } from './not-covered.js';
import { splitSentences } from './sentences.js';
import type { AnswerEvent, Answerer, AnswerInput } from './types.js';

export interface ExtractiveOptions {
  /** At most this many sentences (default 5). */
  maxSentences?: number;
  /** Sentences kept even when weaker than `relativeFloor` × the best one (default 3). */
  minSentences?: number;
  /** Past `minSentences`, drop sentences scoring below this share of the best (default 0.5). */
  relativeFloor?: number;
  /** Bonus for coming from a higher-ranked chunk: rankWeight / (1 + rank) (default 0.15). */
  rankWeight?: number;
  /** Sentences at least this similar (token Jaccard) to a chosen one are dropped as near-duplicates (default 0.6). */
  duplicateJaccard?: number;
  /** Corpus IDF of a stemmed term, when the index can supply it; otherwise IDF is estimated over the context. */
  termWeight?: (term: string) => number | undefined;
}

export interface ComposedSentence {
  /** Markdown, ends with its marker `[n]`. */
  text: string;
  n: number;
}

export interface ExtractiveAnswer {
  sentences: ComposedSentence[];
  citations: Citation[];
}

interface Scored {
  chunk: RetrievedChunk;
  rank: number;
  position: number;
  raw: string;
  terms: Set<string>;
  score: number;
}

/** Pure composition: the sentences and citations an extractive answer consists of (empty when nothing matches). */
export function composeExtractive(
  question: string,
  context: readonly RetrievedChunk[],
  options: ExtractiveOptions = {},
): ExtractiveAnswer {
  const queryTerms = [...new Set(contentTerms(question))];
  if (queryTerms.length === 0 || context.length === 0) return { sentences: [], citations: [] };

  const candidates: Scored[] = [];
  const df = new Map<string, number>();
  context.forEach((chunk, rank) => {
    const seenInChunk = new Set<string>();
    const split = chunk.sentences ?? splitSentences(chunk.text);
    split.forEach((raw, position) => {
      if (!isProse(raw)) return;
      // Chunks overlap and are cut by length: a first sentence starting mid-word or a last one cut short is a fragment.
      if (position === 0 && /^[a-z]/.test(raw)) return;
      if (position === split.length - 1 && split.length > 1 && !/[.!?:;)"'\u201d\u2019]$/.test(raw)) return;
      const terms = termSet(raw);
      for (const t of queryTerms) if (terms.has(t)) seenInChunk.add(t);
      candidates.push({ chunk, rank, position, raw, terms, score: 0 });
    });
    for (const t of seenInChunk) df.set(t, (df.get(t) ?? 0) + 1);
  });

  const weight = new Map<string, number>();
  let totalWeight = 0;
  for (const t of queryTerms) {
    const w = options.termWeight?.(t) ?? 1 + Math.log((context.length + 1) / ((df.get(t) ?? 0) + 0.5));
    weight.set(t, w);
    totalWeight += w;
  }
  const rankWeight = options.rankWeight ?? 0.15;
  const matched: Scored[] = [];
  for (const c of candidates) {
    let hit = 0;
    for (const t of queryTerms) if (c.terms.has(t)) hit += weight.get(t)!;
    if (hit === 0) continue;
    const wordCount = c.terms.size;
    const lengthFactor = wordCount < 5 ? 0.6 : wordCount > 60 ? 0.8 : 1;
    c.score = (hit / totalWeight) * lengthFactor + rankWeight / (1 + c.rank);
    matched.push(c);
  }
  matched.sort((a, b) => b.score - a.score || a.rank - b.rank || a.position - b.position);

  const max = options.maxSentences ?? 5;
  const min = options.minSentences ?? 3;
  const floor = (options.relativeFloor ?? 0.5) * (matched[0]?.score ?? 0);
  const dupe = options.duplicateJaccard ?? 0.6;
  const chosen: Scored[] = [];
  for (const c of matched) {
    if (chosen.length >= max) break;
    if (chosen.length >= min && c.score < floor) break;
    if (chosen.some((p) => jaccard(p.terms, c.terms) >= dupe)) continue;
    chosen.push(c);
  }
  // Readable order: grouped by source (best-ranked source first), then as the source reads.
  chosen.sort((a, b) => a.rank - b.rank || a.position - b.position);

  const numberOf = new Map<string, number>();
  const quotes = new Map<string, string[]>();
  const sentences = chosen.map((c) => {
    let n = numberOf.get(c.chunk.chunkId);
    if (n === undefined) {
      n = numberOf.size + 1;
      numberOf.set(c.chunk.chunkId, n);
      quotes.set(c.chunk.chunkId, []);
    }
    const quoted = quoteAsMarkdown(c.raw);
    quotes.get(c.chunk.chunkId)!.push(quoted);
    return { text: `${quoted} [${n}]`, n };
  });
  const citations = [...numberOf].map(([chunkId, n]) => {
    const chunk = chosen.find((c) => c.chunk.chunkId === chunkId)!.chunk;
    return toCitation(chunk, n, quotes.get(chunkId)!.join(' '));
  });
  return { sentences, citations };
}

/** Drops table-of-contents leaders, page furniture and fragments that read badly on their own. */
function isProse(sentence: string): boolean {
  if (sentence.length < 25 || sentence.length > 600) return false;
  if (/(\.\s?){4,}|_{4,}/.test(sentence)) return false;
  const letters = sentence.replace(/[^A-Za-z]/g, '').length;
  return letters / sentence.length >= 0.6;
}

/** The built-in, offline answerer: quotes the most relevant sentences of the retrieved chunks, each cited. */
export class ExtractiveAnswerer implements Answerer {
  readonly name = 'extractive' as const;

  constructor(private readonly options: ExtractiveOptions = {}) {}

  async *answer(input: AnswerInput): AsyncIterable<AnswerEvent> {
    input.signal?.throwIfAborted();
    const { sentences, citations } = composeExtractive(input.question, input.context, this.options);
    if (sentences.length === 0) {
      yield { type: 'token', text: NOT_COVERED };
      yield { type: 'citations', citations: [] };
      yield { type: 'done', outOfScope: true, answerer: this.name };
      return;
    }
    for (const [i, sentence] of sentences.entries()) {
      input.signal?.throwIfAborted();
      yield { type: 'token', text: i === 0 ? sentence.text : ' ' + sentence.text };
    }
    yield { type: 'citations', citations };
    yield { type: 'done', outOfScope: false, answerer: this.name };
  }
}
