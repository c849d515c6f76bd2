import { quoteAsMarkdown } from '../answer/markdown.js';
import type { AnswerEvent, AnswererName } from '../answer/types.js';

export interface RefusalOptions {
  /** How many topics to name before "and N more" (default 8). */
  maxTopics?: number;
}

/** The refusal says the documents do not cover the question and names what they do cover. */
export function refusalText(topics: readonly string[], options: RefusalOptions = {}): string {
  const unique = [...new Set(topics.map((t) => t.trim()).filter(Boolean))];
  if (unique.length === 0) return 'The documents do not cover this question, and no documents have been ingested yet.';
  const max = options.maxTopics ?? 8;
  const named = unique.slice(0, max).map(quoteAsMarkdown);
  const rest = unique.length - named.length;
  const list = rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ');
  return `The documents do not cover this question. They cover: ${list}.`;
}

/** The refusal as an answer stream, so a refused question streams like any other answer. */
export async function* refusalEvents(text: string, answerer: AnswererName): AsyncIterable<AnswerEvent> {
  yield { type: 'token', text };
  yield { type: 'citations', citations: [] };
  yield { type: 'done', outOfScope: true, answerer };
}
