import type { StoredRecord } from '../ports/record-store.js';
import type { AnswererName } from '../rag/answer/types.js';

export interface CitationRecord {
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  page: number | null;
  attackId: string | null;
  snippet: string;
  score: number;
}

export interface TurnRecord {
  question: string;
  /** What retrieval ran on: the question, completed from the conversation when it is a follow-up. */
  retrievalQuery: string;
  answer: string;
  citations: CitationRecord[];
  outOfScope: boolean;
  answerer: AnswererName;
  askedAt: string;
  retrievalMs: number;
  answerMs: number;
}

/** A conversation belongs to the principal who started it; no one else can read or continue it. */
export interface ConversationRecord extends StoredRecord {
  ownerId: string;
  title: string;
  turns: TurnRecord[];
}
