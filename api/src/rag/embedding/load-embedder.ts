import type { Embedder } from './embedder.js';
import { createGeminiEmbedder, type GeminiEmbedderOptions } from './gemini-embedder.js';
import { inspectModelFolder } from './local-model-folder.js';
import { createTransformersEmbedder } from './transformers-embedder.js';

export type EmbedderConfig =
  | {
      kind: 'local';
      /** The provisioned model folder (the composition root reads EMBEDDING_MODEL_DIR). */
      modelDir?: string;
      /** Download from the Hugging Face hub when no folder is given or the folder is missing. */
      allowRemoteModels?: boolean;
      cacheDir?: string;
      batchSize?: number;
      threads?: number;
    }
  | ({ kind: 'gemini' } & GeminiEmbedderOptions)
  | { kind: 'none' };

/** An embedder, or `null` and why: then the caller runs lexical-only retrieval and reports the degraded mode. */
export type LoadedEmbedder = { embedder: Embedder; reason?: undefined } | { embedder: null; reason: string };

/**
 * Chooses and loads the embedder. A missing or incomplete local model folder is not an error: it gives
 * `{ embedder: null, reason }`. A model that is present but cannot be loaded is an UNAVAILABLE error, since
 * silently running without it would hide a broken installation.
 */
export async function loadEmbedder(config: EmbedderConfig): Promise<LoadedEmbedder> {
  switch (config.kind) {
    case 'none':
      return { embedder: null, reason: 'embeddings are turned off: retrieval is lexical-only' };
    case 'gemini': {
      const { kind: _kind, ...options } = config;
      return { embedder: createGeminiEmbedder(options) };
    }
    case 'local': {
      const tuning = { ...(config.batchSize ? { batchSize: config.batchSize } : {}), ...(config.threads ? { threads: config.threads } : {}) };
      const check = config.modelDir ? inspectModelFolder(config.modelDir) : undefined;
      if (check?.ok) {
        return { embedder: await createTransformersEmbedder({ source: { kind: 'folder', dir: check.dir, dtype: check.dtype }, ...tuning }) };
      }
      if (config.allowRemoteModels) {
        return { embedder: await createTransformersEmbedder({ source: { kind: 'hub', ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}) }, ...tuning }) };
      }
      return {
        embedder: null,
        reason: check?.reason ?? 'no embedding model folder is configured (EMBEDDING_MODEL_DIR) and remote models are not allowed; run ops/scripts/fetch-embedding-model.sh',
      };
    }
    default: {
      const unreachable: never = config;
      throw new Error(`unknown embedder kind ${JSON.stringify(unreachable)}`);
    }
  }
}
