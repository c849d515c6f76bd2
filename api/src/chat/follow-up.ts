import { contentTerms, isStopword, tokenize } from '../rag/retrieval/terms.js';

export interface PreviousTurn {
  question: string;
  /** ATT&CK IDs the previous answer cited, best first. */
  attackIds: readonly string[];
}

const REFERRING = new Set(['it', 'its', 'this', 'that', 'they', 'them', 'their', 'these', 'those', 'he', 'she', 'him', 'her']);
const CONTINUING = /^\s*(and|also|what about|how about|then|so)\b/i;

/** Whether a question leans on the conversation: it continues ("and ...", "what about ...") or refers back ("it", "they"). */
export function isFollowUp(question: string): boolean {
  const tokens = tokenize(question);
  return CONTINUING.test(question) || tokens.some((t) => REFERRING.has(t)) || contentTerms(question).length === 0;
}

/**
 * The text retrieval runs on. A follow-up ("and how is it mitigated?") is completed with the previous question's
 * content words and the ATT&CK IDs its answer cited, so it retrieves about the same subject; any other question
 * stands alone.
 */
export function retrievalQuery(question: string, previous: PreviousTurn | undefined): string {
  if (!previous || !isFollowUp(question)) return question;
  const words = tokenize(previous.question).filter((t) => !isStopword(t) && t.length > 1 && !REFERRING.has(t));
  const ids = previous.attackIds.slice(0, 2);
  const subject = [...new Set([...ids, ...words])].join(' ');
  return subject ? `${question} (${subject})` : question;
}
