import type { Citation, RetrievedChunk } from '../retrieval/types.js';

export type AnswererName = 'extractive' | 'gemini' | 'openai';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AnswerInput {
  question: string;
  /** Earlier turns of the conversation, oldest first. */
  history: readonly ChatTurn[];
  /** Retrieved chunks, best first. */
  context: readonly RetrievedChunk[];
  signal?: AbortSignal;
}

/** An answer streams as tokens, then the citations once, then done. */
export type AnswerEvent =
  | { type: 'token'; text: string }
  | { type: 'citations'; citations: Citation[] }
  | { type: 'done'; outOfScope: boolean; answerer: AnswererName };

export interface Answerer {
  readonly name: AnswererName;
  answer(input: AnswerInput): AsyncIterable<AnswerEvent>;
}
