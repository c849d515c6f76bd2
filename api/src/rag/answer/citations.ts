import type { Citation, RetrievedChunk } from '../retrieval/types.js';
import { quoteAsMarkdown } from './markdown.js';

const SNIPPET_CHARS = 240;

/** The first ~240 characters of a text, cut at a word boundary, Markdown-safe. */
export function snippetOf(text: string, max: number = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return quoteAsMarkdown(flat);
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return quoteAsMarkdown((space > max * 0.6 ? cut.slice(0, space) : cut) + ' …');
}

export function toCitation(chunk: RetrievedChunk, n: number, snippet: string = snippetOf(chunk.text)): Citation {
  const citation: Citation = { n, chunkId: chunk.chunkId, documentId: chunk.documentId, title: chunk.title, snippet, score: chunk.score };
  if (chunk.page !== undefined) citation.page = chunk.page;
  if (chunk.attackId !== undefined) citation.attackId = chunk.attackId;
  return citation;
}

/** Marker numbers cited in an answer (`[2]`, `[1, 3]`, `[1][2]`), in order of first use, within 1..max. */
export function citedNumbers(answer: string, max: number): number[] {
  const seen = new Set<number>();
  for (const group of answer.matchAll(/\[(\d+(?:\s*[,;]\s*\d+)*)\]/g)) {
    for (const part of group[1]!.split(/[,;]/)) {
      const n = Number(part.trim());
      if (n >= 1 && n <= max) seen.add(n);
    }
  }
  return [...seen];
}
