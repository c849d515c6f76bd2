import type { Citation } from '../retrieval/types.js';
import type { AnswerEvent, AnswererName } from './types.js';

export interface CollectedAnswer {
  text: string;
  citations: Citation[];
  outOfScope: boolean;
  answerer: AnswererName;
}

/** Drains an answer stream into the full answer (what the `ask` mutation returns). */
export async function collectAnswer(events: AsyncIterable<AnswerEvent>): Promise<CollectedAnswer> {
  let text = '';
  let citations: Citation[] = [];
  for await (const event of events) {
    switch (event.type) {
      case 'token':
        text += event.text;
        break;
      case 'citations':
        citations = event.citations;
        break;
      case 'done':
        return { text, citations, outOfScope: event.outOfScope, answerer: event.answerer };
      default: {
        const unknown: never = event;
        throw new Error(`unknown answer event ${JSON.stringify(unknown)}`);
      }
    }
  }
  throw new Error('answer stream ended without a done event');
}
