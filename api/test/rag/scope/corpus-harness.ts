/**
 * A small, self-contained lexical retriever over the real corpus (NIST PDFs + ATT&CK), so the scope decision can
 * be measured on the question set without the store or search ports. Not the product's ingestion: pages are
 * cut into ~1,000-character chunks and each ATT&CK object is one chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedData } from '@vigil/ml/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { fuseHybrid } from '../../../src/rag/retrieval/fuse.js';
import { contentTerms } from '../../../src/rag/retrieval/terms.js';
import type { ChunkRecord, RankedHit, RetrievedChunk } from '../../../src/rag/retrieval/types.js';
import { TermStatistics } from '../../../src/rag/scope/term-statistics.js';

export interface Corpus {
  chunks: ChunkRecord[];
  stats: TermStatistics;
  search(question: string, limit?: number): RetrievedChunk[];
}

export async function loadCorpus(): Promise<Corpus> {
  const chunks: ChunkRecord[] = [];
  const pdfDir = sharedData('corpus', 'pdf');
  for (const file of readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort()) {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(pdfDir, file))));
    const { text } = await extractText(pdf, { mergePages: false });
    text.forEach((pageText, i) => {
      cut(pageText).forEach((piece, j) => chunks.push({ chunkId: `${file}#${i + 1}.${j}`, documentId: file, title: file, page: i + 1, text: piece }));
    });
  }
  const bundle = JSON.parse(readFileSync(sharedData('attack', 'enterprise-attack.json'), 'utf8')) as { objects: any[] };
  const kinds = new Set(['attack-pattern', 'x-mitre-tactic', 'intrusion-set', 'malware', 'tool', 'course-of-action']);
  for (const o of bundle.objects) {
    if (o.revoked || o.x_mitre_deprecated || !kinds.has(o.type)) continue;
    const id = o.external_references?.find((r: any) => r.source_name === 'mitre-attack')?.external_id;
    if (!id) continue;
    const body = `${o.name}. ${String(o.description ?? '').replace(/\(Citation:[^)]*\)/g, '')}`;
    cut(body, 1_500).slice(0, 2).forEach((piece, j) =>
      chunks.push({ chunkId: `${id}.${j}`, documentId: id, title: `${id} ${o.name}`, attackId: id, text: j === 0 ? piece : `${o.name}. ${piece}` }),
    );
  }
  const stats = new TermStatistics();
  const postings = new Map<string, [number, number][]>();
  const lengths: number[] = [];
  chunks.forEach((c, i) => {
    stats.add(c.text);
    const terms = contentTerms(`${c.title} ${c.text}`);
    lengths.push(terms.length);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, n]);
    }
  });
  const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const byId = new Map(chunks.map((c) => [c.chunkId, c]));

  const bm25 = (question: string, k: number): RankedHit[] => {
    const scores = new Map<number, number>();
    for (const t of new Set(contentTerms(question))) {
      const list = postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (chunks.length - list.length + 0.5) / (list.length + 0.5));
      for (const [i, f] of list) {
        const s = (idf * f * 2.2) / (f + 1.2 * (0.25 + 0.75 * (lengths[i]! / avg)));
        scores.set(i, (scores.get(i) ?? 0) + s);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, k).map(([i, score]) => ({ chunkId: chunks[i]!.chunkId, score }));
  };
  return {
    chunks,
    stats,
    search: (question, limit = 8) => fuseHybrid({ lexical: bm25(question, 40), vector: [] }, (id) => byId.get(id), { limit }),
  };
}

/** ~1,000-character pieces on sentence boundaries where possible. */
function cut(text: string, size = 1_000): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  let start = 0;
  while (start < flat.length) {
    let end = Math.min(flat.length, start + size);
    if (end < flat.length) {
      const stop = flat.lastIndexOf('. ', end);
      if (stop > start + size / 2) end = stop + 1;
    }
    out.push(flat.slice(start, end).trim());
    if (end >= flat.length) break;
    start = Math.max(end - 150, start + 1);
  }
  return out.filter((p) => p.length > 40);
}
