export type { ChunkLookup, ChunkRecord, Citation, RankedHit, RetrievedChunk } from './types.js';
export { fuseHybrid, type FusionOptions, type HybridHits } from './fuse.js';
export { reciprocalRankFusion, DEFAULT_RRF_K, type FusedHit, type RankedList } from './rrf.js';
export { maximalMarginalRelevance } from './mmr.js';
export { cosine, jaccard } from './similarity.js';
export { contentTerms, isStopword, stem, termSet, tokenize } from './terms.js';
