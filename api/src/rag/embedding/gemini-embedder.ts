import { unavailable, VigilError } from '@vigil/ml/errors';
import { type EmbedContentRequest, GoogleGenerativeAI, GoogleGenerativeAIFetchError, TaskType } from '@google/generative-ai';
import { type Embedder, inBatches, normalize } from './embedder.js';

export interface GeminiEmbedderOptions {
  apiKey: string;
  /** Default `text-embedding-004`. */
  model?: string;
  /** Default Google's endpoint; tests and proxies pass their own. */
  baseUrl?: string;
  /** The vectors' length: 768 for text-embedding-004; gemini-embedding-001 can be asked for less than its 3072. */
  dimensions?: number;
  /** Requests per batchEmbedContents call (Gemini allows 100). */
  batchSize?: number;
  timeoutMs?: number;
  taskType?: TaskType;
}

/**
 * Gemini embeddings through `@google/generative-ai` (`batchEmbedContents`). Vectors are normalised to unit length,
 * so cosine is a dot product as for the local model. Upstream failures (429, 5xx, timeouts, refused connections,
 * malformed answers) are UNAVAILABLE errors that say what happened; the API key never appears in them.
 */
export function createGeminiEmbedder(options: GeminiEmbedderOptions): Embedder {
  const modelName = options.model ?? 'text-embedding-004';
  const dimensions = options.dimensions ?? 768;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const model = new GoogleGenerativeAI(options.apiKey).getGenerativeModel({ model: modelName }, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const request = (text: string) =>
    ({
      content: { role: 'user', parts: [{ text }] },
      ...(options.taskType ? { taskType: options.taskType } : {}),
      // Not in the SDK's types yet, passed through to the API as is.
      ...(options.dimensions ? { outputDimensionality: options.dimensions } : {}),
    }) as EmbedContentRequest;

  return {
    id: `gemini:${modelName}@${dimensions}`,
    dimensions,
    embed: (texts) =>
      inBatches(texts, options.batchSize ?? 100, async (batch) => {
        let embeddings: { values?: number[] }[] | undefined;
        try {
          // A per-call signal rather than the SDK's `timeout`, whose timer is never cleared and keeps a process alive.
          embeddings = (await model.batchEmbedContents({ requests: batch.map(request) }, { signal: AbortSignal.timeout(timeoutMs) })).embeddings;
        } catch (error) {
          throw geminiError(error, modelName);
        }
        if (!Array.isArray(embeddings) || embeddings.length !== batch.length) {
          throw unavailable(`Gemini embeddings (${modelName}) returned ${embeddings?.length ?? 'no'} vectors for ${batch.length} texts`, { provider: 'gemini' });
        }
        return embeddings.map((e) => {
          if (!Array.isArray(e.values) || e.values.length !== dimensions) {
            throw unavailable(`Gemini embeddings (${modelName}) returned a ${e.values?.length ?? 0}-d vector; this embedder is configured for ${dimensions}`, { provider: 'gemini' });
          }
          return normalize(Float32Array.from(e.values));
        });
      }),
  };
}

function geminiError(error: unknown, model: string): VigilError {
  if (error instanceof VigilError) return error;
  if (error instanceof GoogleGenerativeAIFetchError && error.status) {
    const hint = error.status === 429 ? 'rate limited or out of quota; retry later' : error.status >= 500 ? 'the service failed; retry later' : 'check the API key and the model name';
    return unavailable(`Gemini embeddings (${model}) failed with HTTP ${error.status} ${error.statusText ?? ''}: ${hint}`.replace(/ +:/, ':'), { provider: 'gemini', status: error.status }, error);
  }
  const name = (error as Error | undefined)?.name ?? '';
  if (name === 'AbortError' || name === 'GoogleGenerativeAIAbortError' || /abort|timeout/i.test((error as Error | undefined)?.message ?? '')) {
    return unavailable(`Gemini embeddings (${model}) timed out`, { provider: 'gemini', timeout: true }, error);
  }
  return unavailable(`Gemini embeddings (${model}) are unreachable: ${(error as Error | undefined)?.message ?? String(error)}`, { provider: 'gemini' }, error);
}
