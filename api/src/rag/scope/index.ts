export { decideScope, DEFAULT_SCOPE_THRESHOLDS, type ScopeDecision, type ScopeInput, type ScopeReason, type ScopeThresholds } from './decide.js';
export { retrievalEvidence, type EvidenceOptions, type RetrievalEvidence } from './evidence.js';
export { domainSignal, type DomainSignal } from './domain.js';
export { TermStatistics, idf, type CorpusStats } from './term-statistics.js';
export { refusalEvents, refusalText, type RefusalOptions } from './refusal.js';
