import type { RetrievedChunk } from '../retrieval/types.js';
import { domainSignal, type DomainSignal } from './domain.js';
import { retrievalEvidence, type RetrievalEvidence } from './evidence.js';
import type { CorpusStats } from './term-statistics.js';

/** Configuration: every number the decision compares against. */
export interface ScopeThresholds {
  /** Minimum IDF-weighted share of the question's terms found in one top chunk. */
  minCoverage: number;
  /** Maximum IDF-weighted share of the question's terms that the corpus has never seen. */
  maxUnseenShare: number;
  /** Minimum best cosine similarity, applied only when vector search ran. */
  minVector: number;
  /** Minimum domain score (strong terms + ½ weak terms − off-domain terms). */
  minDomainScore: number;
  /** With coverage at least this high, any positive domain score passes the domain check. */
  strongCoverage: number;
  /** How many of the best chunks the evidence looks at. */
  topChunks: number;
  /**
   * A best cosine similarity at least this high is strong semantic evidence (only when vector search ran): then
   * any positive domain score passes the domain check and `minCoverageSemantic` replaces `minCoverage`.
   */
  strongVector: number;
  minCoverageSemantic: number;
}

export const DEFAULT_SCOPE_THRESHOLDS: ScopeThresholds = {
  minCoverage: 0.6,
  maxUnseenShare: 0.25,
  minVector: 0.3,
  minDomainScore: 1,
  strongCoverage: 0.8,
  topChunks: 3,
  strongVector: 0.6,
  minCoverageSemantic: 0.5,
};

export type ScopeReason = 'in_scope' | 'no_evidence' | 'off_domain' | 'unseen_terms' | 'weak_match' | 'low_similarity';

export interface ScopeDecision {
  inScope: boolean;
  reason: ScopeReason;
  /** A sentence for logs and the evaluation report. */
  explanation: string;
  evidence: RetrievalEvidence & { domain: DomainSignal };
}

export interface ScopeInput {
  question: string;
  /** Fused retrieval results, best first. */
  chunks: readonly RetrievedChunk[];
  corpus?: CorpusStats;
}

/**
 * Whether the documents cover a question: a measured decision on retrieval evidence (how much of the
 * question, weighted by rarity, the best chunks contain; terms the corpus never saw; semantic similarity)
 * plus a domain check on the question's vocabulary. Both must pass.
 */
export function decideScope(input: ScopeInput, overrides: Partial<ScopeThresholds> = {}): ScopeDecision {
  const t = { ...DEFAULT_SCOPE_THRESHOLDS, ...overrides };
  const domain = domainSignal(input.question);
  const measured = retrievalEvidence(input.question, input.chunks, { topChunks: t.topChunks, ...(input.corpus ? { corpus: input.corpus } : {}) });
  const evidence = { ...measured, domain };
  const out = (inScope: boolean, reason: ScopeReason, explanation: string): ScopeDecision => ({ inScope, reason, explanation, evidence });
  const pct = (x: number) => `${Math.round(x * 100)}%`;

  if (measured.chunks === 0 || measured.queryTerms === 0) return out(false, 'no_evidence', 'retrieval found no passage for the question');
  const semantic = measured.bestVector !== undefined && measured.bestVector >= t.strongVector;
  const domainPasses = domain.score >= t.minDomainScore || (domain.score > 0 && (measured.coverage >= t.strongCoverage || semantic));
  if (!domainPasses) {
    return out(false, 'off_domain', `the question does not read as a security question (domain score ${domain.score} < ${t.minDomainScore})`);
  }
  if (measured.unseenShare > t.maxUnseenShare) {
    return out(false, 'unseen_terms', `${pct(measured.unseenShare)} of the question's weighted terms never occur in the documents`);
  }
  const minCoverage = semantic ? Math.min(t.minCoverage, t.minCoverageSemantic) : t.minCoverage;
  if (measured.coverage < minCoverage) {
    return out(false, 'weak_match', `the best passage holds only ${pct(measured.coverage)} of the question's weighted terms (< ${pct(minCoverage)})`);
  }
  if (measured.bestVector !== undefined && measured.bestVector < t.minVector) {
    return out(false, 'low_similarity', `the closest passage has cosine similarity ${measured.bestVector.toFixed(2)} (< ${t.minVector})`);
  }
  return out(true, 'in_scope', `the best passage holds ${pct(measured.coverage)} of the question's weighted terms`);
}
