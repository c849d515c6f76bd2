import type { AnswerEvent, Answerer, AnswerInput } from './types.js';

export interface FallbackOptions {
  /** Told why the primary failed, e.g. to log it and count it in metrics. */
  onFallback?: (error: unknown, primary: Answerer) => void;
}

/**
 * Answers with `primary`, or with `fallback` when the primary fails before its first token. Once tokens have
 * gone out the error propagates: a half answer followed by a different whole one would mislead. A caller's
 * abort never falls back.
 */
export function withFallback(primary: Answerer, fallback: Answerer, options: FallbackOptions = {}): Answerer {
  return {
    name: primary.name,
    async *answer(input: AnswerInput): AsyncIterable<AnswerEvent> {
      let streamed = false;
      try {
        for await (const event of primary.answer(input)) {
          if (event.type === 'token') streamed = true;
          yield event;
        }
      } catch (error) {
        if (streamed || input.signal?.aborted) throw error;
        options.onFallback?.(error, primary);
        yield* fallback.answer(input);
      }
    },
  };
}
