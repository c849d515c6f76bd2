import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files transformers.js reads from a local model folder, besides one ONNX file under `onnx/`. */
export const REQUIRED_MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** ONNX files in order of preference, with the transformers.js dtype that selects each. */
const ONNX_FILES = [
  { file: 'onnx/model.onnx', dtype: 'fp32' },
  { file: 'onnx/model_quantized.onnx', dtype: 'q8' },
] as const;

export type LocalModelCheck =
  | { ok: true; dir: string; dtype: 'fp32' | 'q8'; onnxFile: string }
  | { ok: false; reason: string };

/** Checks that a folder holds a transformers.js model; says what is missing otherwise. Never throws. */
export function inspectModelFolder(dir: string): LocalModelCheck {
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    return { ok: false, reason: `embedding model folder ${abs} does not exist; run ops/scripts/fetch-embedding-model.sh and point EMBEDDING_MODEL_DIR at the folder it prints` };
  }
  const missing: string[] = REQUIRED_MODEL_FILES.filter((f) => !existsSync(path.join(abs, f)));
  const onnx = ONNX_FILES.find((o) => existsSync(path.join(abs, o.file)));
  if (!onnx) missing.push('onnx/model.onnx or onnx/model_quantized.onnx');
  if (missing.length || !onnx) {
    return { ok: false, reason: `embedding model folder ${abs} is incomplete (missing ${missing.join(', ')}); run ops/scripts/fetch-embedding-model.sh again` };
  }
  return { ok: true, dir: abs, dtype: onnx.dtype, onnxFile: path.join(abs, onnx.file) };
}
