import { splitSentences } from '../answer/sentences.js';
import type { ChunkRecord as StoredChunk } from '../../ports/search-index.js';
import type { ChunkRecord } from '../retrieval/types.js';
import { TermStatistics } from '../scope/term-statistics.js';

/**
 * Every indexed chunk in memory, as fusion and answering read it (sentences split once, when the chunk arrives),
 * plus the corpus term statistics the scope decision and the extractive answerer weigh terms with. Updated at
 * ingestion and deletion, rebuilt from the search index at start, so no question pays for any of it.
 */
export class ChunkCatalog {
  private readonly chunks = new Map<string, ChunkRecord>();
  private readonly byDocument = new Map<string, string[]>();
  readonly stats = new TermStatistics();
  private topicsCache: { version: number; topics: string[] } | undefined;
  /** Changes whenever a chunk comes or goes. */
  version = 0;

  get size(): number {
    return this.chunks.size;
  }

  values(): IterableIterator<ChunkRecord> {
    return this.chunks.values();
  }

  get(chunkId: string): ChunkRecord | undefined {
    return this.chunks.get(chunkId);
  }

  /**
   * What the documents cover, for refusals: the titles of ordinary documents, then one line for ATT&CK objects
   * (there are thousands of them).
   */
  topics(): string[] {
    if (this.topicsCache?.version === this.version) return this.topicsCache.topics;
    const titles: string[] = [];
    let attack = 0;
    for (const ids of this.byDocument.values()) {
      const first = ids[0] ? this.chunks.get(ids[0]) : undefined;
      if (!first) continue;
      if (first.attackId) attack++;
      else titles.push(first.title);
    }
    titles.sort();
    if (attack > 0) titles.push(`MITRE ATT&CK (${attack} techniques, tactics, groups, software and mitigations)`);
    this.topicsCache = { version: this.version, topics: titles };
    return titles;
  }

  add(stored: readonly StoredChunk[]): void {
    this.version++;
    for (const c of stored) {
      if (this.chunks.has(c.id)) this.removeChunk(c.id);
      const record: ChunkRecord = { chunkId: c.id, documentId: c.documentId, title: c.title, text: c.text, sentences: splitSentences(c.text) };
      if (c.page !== null) record.page = c.page;
      if (c.section !== null) record.section = c.section;
      if (c.attackId !== null) record.attackId = c.attackId;
      if (c.vector) record.vector = c.vector;
      this.chunks.set(c.id, record);
      const list = this.byDocument.get(c.documentId);
      if (list) list.push(c.id);
      else this.byDocument.set(c.documentId, [c.id]);
      this.stats.add(c.text);
    }
  }

  removeDocument(documentId: string): number {
    this.version++;
    const ids = this.byDocument.get(documentId) ?? [];
    for (const id of [...ids]) this.removeChunk(id);
    this.byDocument.delete(documentId);
    return ids.length;
  }

  chunkIdsOf(documentId: string): readonly string[] {
    return this.byDocument.get(documentId) ?? [];
  }

  private removeChunk(id: string): void {
    const record = this.chunks.get(id);
    if (!record) return;
    this.chunks.delete(id);
    this.stats.remove(record.text);
    const list = this.byDocument.get(record.documentId);
    if (list) {
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
    }
  }
}
