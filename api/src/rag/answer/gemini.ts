import { GoogleGenerativeAI, type Content } from '@google/generative-ai';
import { groundedStream } from './grounded-stream.js';
import { buildGroundedPrompt, type PromptOptions } from './prompt.js';
import type { AnswerEvent, Answerer, AnswerInput, ChatTurn } from './types.js';

export interface GeminiAnswererOptions extends PromptOptions {
  apiKey: string;
  /** e.g. `gemini-2.5-flash`. */
  model: string;
  /** Defaults to Google's endpoint; tests and proxies pass their own. */
  baseUrl?: string;
  apiVersion?: string;
  /** Longest wait for the first or next streamed piece (default 30 s). */
  timeoutMs?: number;
  temperature?: number;
  maxOutputTokens?: number;
}

/** Gemini through `@google/generative-ai`; the SDK does not retry, so a failure surfaces at once. */
export class GeminiAnswerer implements Answerer {
  readonly name = 'gemini' as const;
  private readonly client: GoogleGenerativeAI;

  constructor(private readonly options: GeminiAnswererOptions) {
    this.client = new GoogleGenerativeAI(options.apiKey);
  }

  answer(input: AnswerInput): AsyncIterable<AnswerEvent> {
    return groundedStream(input, (signal) => this.tokens(input, signal), {
      name: this.name,
      provider: 'Gemini',
      where: this.options.baseUrl ?? 'the Gemini API',
      timeoutMs: this.options.timeoutMs ?? 30_000,
    });
  }

  private async *tokens(input: AnswerInput, signal: AbortSignal): AsyncIterable<string> {
    const prompt = buildGroundedPrompt(input, this.options);
    const model = this.client.getGenerativeModel(
      {
        model: this.options.model,
        systemInstruction: prompt.system,
        generationConfig: {
          temperature: this.options.temperature ?? 0.2,
          ...(this.options.maxOutputTokens ? { maxOutputTokens: this.options.maxOutputTokens } : {}),
        },
      },
      {
        ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
        ...(this.options.apiVersion ? { apiVersion: this.options.apiVersion } : {}),
      },
    );
    const contents = geminiContents(prompt.history, prompt.user);
    const result = await model.generateContentStream({ contents }, { signal });
    // The aggregated response rejects whenever the stream does; the stream's error is the one reported.
    result.response.catch(() => {});
    for await (const chunk of result.stream) {
      const parts = chunk.candidates?.[0]?.content?.parts ?? [];
      yield parts.map((part) => part.text ?? '').join('');
    }
  }
}

/**
 * Gemini wants alternating user/model turns that start and end with the user: runs of one role merge, a leading
 * model turn is dropped, and the grounded question joins a trailing user turn.
 */
export function geminiContents(history: readonly ChatTurn[], question: string): Content[] {
  const contents: Content[] = [];
  const add = (role: 'user' | 'model', text: string) => {
    const last = contents.at(-1);
    if (last?.role === role) last.parts.push({ text });
    else contents.push({ role, parts: [{ text }] });
  };
  for (const turn of history) {
    if (contents.length === 0 && turn.role === 'assistant') continue;
    add(turn.role === 'assistant' ? 'model' : 'user', turn.content);
  }
  add('user', question);
  return contents;
}
