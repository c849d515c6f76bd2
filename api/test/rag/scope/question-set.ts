import { readFileSync } from 'node:fs';

export type Expected = { document: string; page: number; alsoPages?: number[] } | { attackId: string } | null;

/** Whether a retrieved chunk is the expected source of an in-scope question. */
export function isExpectedSource(expected: Expected, chunk: { documentId: string; page?: number; attackId?: string }): boolean {
  if (!expected) return false;
  if ('attackId' in expected) return chunk.attackId === expected.attackId;
  return chunk.documentId === expected.document && chunk.page !== undefined && [expected.page, ...(expected.alsoPages ?? [])].includes(chunk.page);
}

export interface ScopeQuestion {
  question: string;
  inScope: boolean;
  kind: 'nist' | 'attack' | 'general' | 'near-domain' | 'uncovered-security';
  expected: Expected;
}

/** The evaluation set beside this file (the JSON is read from the source tree, not copied into dist). */
export function loadQuestions(): ScopeQuestion[] {
  const url = new URL('../../../../test/rag/scope/questions.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { questions: ScopeQuestion[] }).questions;
}
