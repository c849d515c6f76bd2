import OpenAI from 'openai';
import { groundedStream } from './grounded-stream.js';
import { buildGroundedPrompt, type PromptOptions } from './prompt.js';
import type { AnswerEvent, Answerer, AnswerInput } from './types.js';

export interface OpenAIAnswererOptions extends PromptOptions {
  /** e.g. `http://localhost:11434/v1` for Ollama. */
  baseUrl: string;
  model: string;
  /** Local servers ignore it; the SDK insists on one. */
  apiKey?: string;
  /** Longest wait for the first or next streamed piece (default 30 s). */
  timeoutMs?: number;
  /** SDK retries on 408/409/429/5xx and connection errors (default 1; bounded by the timeout too). */
  maxRetries?: number;
  temperature?: number;
  maxTokens?: number;
}

/** Any OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM, llama.cpp), streamed. */
export class OpenAIAnswerer implements Answerer {
  readonly name = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAIAnswererOptions) {
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? 'not-needed',
      maxRetries: options.maxRetries ?? 1,
      timeout: options.timeoutMs ?? 30_000,
    });
  }

  answer(input: AnswerInput): AsyncIterable<AnswerEvent> {
    return groundedStream(input, (signal) => this.tokens(input, signal), {
      name: this.name,
      provider: 'the OpenAI-compatible server',
      where: this.options.baseUrl,
      timeoutMs: this.options.timeoutMs ?? 30_000,
    });
  }

  private async *tokens(input: AnswerInput, signal: AbortSignal): AsyncIterable<string> {
    const prompt = buildGroundedPrompt(input, this.options);
    const stream = await this.client.chat.completions.create(
      {
        model: this.options.model,
        stream: true,
        temperature: this.options.temperature ?? 0.2,
        ...(this.options.maxTokens ? { max_tokens: this.options.maxTokens } : {}),
        messages: [
          { role: 'system', content: prompt.system },
          ...prompt.history.map((turn) => ({ role: turn.role, content: turn.content })),
          { role: 'user', content: prompt.user },
        ],
      },
      { signal },
    );
    for await (const chunk of stream) yield chunk.choices[0]?.delta?.content ?? '';
  }
}
