import { unavailable } from '@vigil/ml/errors';
import { env, type FeatureExtractionPipeline, pipeline } from '@huggingface/transformers';
import path from 'node:path';
import { type Embedder, inLengthSortedBatches } from './embedder.js';

export const MINILM_MODEL_ID = 'Xenova/all-MiniLM-L6-v2';
export const MINILM_EMBEDDER_ID = 'minilm-l6-v2@384';
const MINILM_DIMENSIONS = 384;

export type TransformersModelSource =
  /** A local folder laid out as transformers.js expects (see ops/scripts/fetch-embedding-model.sh). */
  | { kind: 'folder'; dir: string; dtype: 'fp32' | 'q8' }
  /** The Hugging Face hub (needs network), caching under `cacheDir`. */
  | { kind: 'hub'; modelId?: string; cacheDir?: string; dtype?: 'fp32' | 'q8' };

export interface TransformersEmbedderOptions {
  source: TransformersModelSource;
  /** Texts per forward pass. */
  batchSize?: number;
  /** onnxruntime intra-op threads (default: onnxruntime's choice, all cores). */
  threads?: number;
}

/**
 * all-MiniLM-L6-v2 through transformers.js: mean pooling over the attention mask, L2-normalised, 384-d. Input
 * longer than the tokenizer's `model_max_length` (256 word pieces in the provisioned folder) is truncated.
 *
 * transformers.js keeps its settings in one global `env`: loading from a folder turns remote loading off, loading
 * from the hub turns it on. The adapter reads no environment variables; the caller passes the source.
 */
export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const { source } = options;
  const batchSize = options.batchSize ?? 32;
  const sessionOptions = options.threads ? { session_options: { intraOpNumThreads: options.threads, interOpNumThreads: 1 } } : {};
  let extractor: FeatureExtractionPipeline;
  // pipeline()'s overloads over every task make TypeScript 6 give up (TS2590); only feature extraction is used here.
  const load = pipeline as unknown as (task: 'feature-extraction', model: string, options: Record<string, unknown>) => Promise<FeatureExtractionPipeline>;
  try {
    if (source.kind === 'folder') {
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = path.dirname(path.resolve(source.dir)) + path.sep;
      extractor = await load('feature-extraction', path.basename(source.dir), { dtype: source.dtype, local_files_only: true, ...sessionOptions });
    } else {
      env.allowRemoteModels = true;
      if (source.cacheDir) env.cacheDir = source.cacheDir;
      extractor = await load('feature-extraction', source.modelId ?? MINILM_MODEL_ID, { dtype: source.dtype ?? 'fp32', ...sessionOptions });
    }
  } catch (error) {
    const where = source.kind === 'folder' ? `folder ${source.dir}` : `hub model ${source.modelId ?? MINILM_MODEL_ID}`;
    throw unavailable(`the embedding model could not be loaded from ${where}: ${(error as Error).message}`, { source: source.kind }, error);
  }

  return {
    id: MINILM_EMBEDDER_ID,
    dimensions: MINILM_DIMENSIONS,
    embed: (texts) =>
      inLengthSortedBatches(texts, batchSize, async (batch) => {
        const output = await extractor(batch, { pooling: 'mean', normalize: true });
        const [rows, dims] = output.dims as [number, number];
        if (rows !== batch.length || dims !== MINILM_DIMENSIONS) {
          throw unavailable(`the embedding model returned ${rows}×${dims} values for ${batch.length} texts; expected ${MINILM_DIMENSIONS}-d vectors`);
        }
        const data = output.data as Float32Array;
        const vectors = Array.from({ length: rows }, (_, i) => data.slice(i * dims, (i + 1) * dims));
        output.dispose();
        return vectors;
      }),
  };
}
