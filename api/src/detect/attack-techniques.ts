import type { RecordStore } from '../ports/record-store.js';
import type { SearchIndex } from '../ports/search-index.js';

/** MITRE ATT&CK techniques behind each NSL-KDD attack category. */
export const CATEGORY_TECHNIQUES: Readonly<Record<string, readonly string[]>> = {
  DoS: ['T1498', 'T1499'],
  Probe: ['T1046', 'T1595'],
  R2L: ['T1110', 'T1078', 'T1190'],
  U2R: ['T1068', 'T1548'],
};

export interface Technique {
  id: string;
  name: string;
  url: string;
  /** `attack-data` when found in the ingested ATT&CK documents, `fallback` otherwise (name = id). */
  source: 'attack-data' | 'fallback';
}

/** attack.mitre.org's URL pattern: T1548 → /techniques/T1548/, T1548.002 → /techniques/T1548/002/. */
export function attackUrl(id: string): string {
  const [base, sub] = id.split('.');
  return `https://attack.mitre.org/techniques/${base}/${sub ? `${sub}/` : ''}`;
}

const FALLBACK_TTL_MS = 30_000;

/**
 * Technique names and links from the ingested ATT&CK data (the search index's chunks carry their ATT&CK id;
 * a document's metadata may carry its URL). Without that data, the id and the canonical URL. Never the network.
 * Found entries are cached; fallbacks are retried after 30 s, so documents ingested later are picked up.
 */
export class TechniqueCatalog {
  private readonly cache = new Map<string, { technique: Technique; until: number }>();

  constructor(
    private readonly search: SearchIndex,
    private readonly store: RecordStore,
  ) {}

  async forCategory(category: string): Promise<Technique[]> {
    return Promise.all((CATEGORY_TECHNIQUES[category] ?? []).map((id) => this.lookup(id)));
  }

  async lookup(id: string): Promise<Technique> {
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit.technique;
    const technique = await this.find(id).catch(() => null);
    const result: Technique = technique ?? { id, name: id, url: attackUrl(id), source: 'fallback' };
    this.cache.set(id, { technique: result, until: technique ? Number.POSITIVE_INFINITY : Date.now() + FALLBACK_TTL_MS });
    return result;
  }

  private async find(id: string): Promise<Technique | null> {
    const scored = await this.search.lexical(id, 20);
    if (scored.length === 0) return null;
    const chunks = await this.search.getChunks(scored.map((s) => s.chunkId));
    const chunk = chunks.find((c) => c.attackId === id);
    if (!chunk) return null;
    const name = chunk.title.startsWith(`${id} `) ? chunk.title.slice(id.length + 1).trim() : chunk.title.trim();
    let url = attackUrl(id);
    const doc = await this.store.get<{ id: string; createdAt: string; updatedAt: string; metadata?: { url?: unknown } }>('documents', chunk.documentId).catch(() => null);
    if (typeof doc?.metadata?.url === 'string' && doc.metadata.url.startsWith('https://attack.mitre.org/')) url = doc.metadata.url;
    return { id, name: name || id, url, source: 'attack-data' };
  }
}
