import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { isVigilError } from '@vigil/ml/errors';
import { loadEmbedder } from '../../../src/rag/embedding/load-embedder.js';

test('no model folder: null and a reason that says how to get one, never a throw', async () => {
  const missing = path.join(tmpdir(), 'vigil-no-such-model-dir');
  const result = await loadEmbedder({ kind: 'local', modelDir: missing });
  assert.equal(result.embedder, null);
  assert.match(result.reason!, /does not exist; run ops\/scripts\/fetch-embedding-model\.sh/);
  const unset = await loadEmbedder({ kind: 'local' });
  assert.equal(unset.embedder, null);
  assert.match(unset.reason!, /no embedding model folder is configured/);
  const off = await loadEmbedder({ kind: 'none' });
  assert.equal(off.embedder, null);
  assert.match(off.reason!, /lexical-only/);
});

test('an incomplete folder is reported with the missing files; a corrupt model is UNAVAILABLE', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-model-'));
  try {
    writeFileSync(path.join(dir, 'config.json'), '{"model_type": "bert"}');
    const partial = await loadEmbedder({ kind: 'local', modelDir: dir });
    assert.equal(partial.embedder, null);
    assert.match(partial.reason!, /incomplete \(missing tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx or onnx\/model_quantized\.onnx\)/);

    writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
    writeFileSync(path.join(dir, 'tokenizer_config.json'), '{}');
    mkdirSync(path.join(dir, 'onnx'));
    writeFileSync(path.join(dir, 'onnx', 'model.onnx'), 'not an onnx file');
    await assert.rejects(loadEmbedder({ kind: 'local', modelDir: dir }), (e: unknown) => {
      assert.ok(isVigilError(e));
      assert.equal(e.code, 'UNAVAILABLE');
      assert.match(e.message, /could not be loaded from folder/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
