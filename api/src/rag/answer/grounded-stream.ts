import { citedNumbers, toCitation } from './citations.js';
import { withIdleTimeout } from './idle-timeout.js';
import { neutraliseHtml } from './markdown.js';
import { NOT_COVERED, saysNotCovered } from './not-covered.js';
import { toUpstreamError } from './upstream-error.js';
import type { AnswerEvent, AnswererName, AnswerInput } from './types.js';

export interface GroundedStreamOptions {
  name: AnswererName;
  /** For messages: "Gemini", "the OpenAI-compatible server". */
  provider: string;
  /** Where the server is, for messages. */
  where: string;
  timeoutMs: number;
}

/**
 * What the two model answerers share: no request when there is no context, tokens under an idle timeout,
 * typed errors, then citations for the [n] markers the model used and a done event.
 */
export async function* groundedStream(
  input: AnswerInput,
  open: (signal: AbortSignal) => AsyncIterable<string>,
  options: GroundedStreamOptions,
): AsyncIterable<AnswerEvent> {
  if (input.context.length === 0) {
    yield { type: 'token', text: NOT_COVERED };
    yield { type: 'citations', citations: [] };
    yield { type: 'done', outOfScope: true, answerer: options.name };
    return;
  }
  let answer = '';
  try {
    for await (const piece of withIdleTimeout(open, options.timeoutMs, input.signal)) {
      if (!piece) continue;
      answer += piece;
      yield { type: 'token', text: neutraliseHtml(piece) };
    }
  } catch (error) {
    if (input.signal?.aborted) throw error;
    throw toUpstreamError(options.provider, error, options.where);
  }
  const cited = citedNumbers(answer, input.context.length);
  yield { type: 'citations', citations: cited.map((n) => toCitation(input.context[n - 1]!, n)) };
  yield { type: 'done', outOfScope: cited.length === 0 && saysNotCovered(answer), answerer: options.name };
}
