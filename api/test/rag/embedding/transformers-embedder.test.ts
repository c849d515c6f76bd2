import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dot } from '../../../src/rag/embedding/embedder.js';
import { loadEmbedder } from '../../../src/rag/embedding/load-embedder.js';
import { inspectModelFolder } from '../../../src/rag/embedding/local-model-folder.js';
import { testModelDir } from './model-dir.js';

const modelDir = testModelDir();
const skipReason = inspectModelFolder(modelDir).ok ? undefined : 'no model: run ops/scripts/fetch-embedding-model.sh';

test('all-MiniLM-L6-v2 from the local folder, offline: 384-d unit vectors that rank related text higher', { skip: skipReason }, async () => {
  const { embedder, reason } = await loadEmbedder({ kind: 'local', modelDir, batchSize: 4 });
  assert.ok(embedder, reason);
  assert.equal(embedder.id, 'minilm-l6-v2@384');
  assert.equal(embedder.dimensions, 384);
  const texts = [
    'How do we respond to a ransomware incident?',
    'Incident response steps for a ransomware attack on our servers',
    'A good lasagne recipe with béchamel sauce',
    'Adversaries may abuse PowerShell commands and scripts for execution.',
    'Attackers run malicious PowerShell scripts on Windows hosts.',
    'The football match ended in a draw after extra time.',
  ];
  const vectors = await embedder.embed(texts);
  assert.equal(vectors.length, texts.length);
  for (const v of vectors) {
    assert.ok(v instanceof Float32Array && v.length === 384);
    assert.ok(Math.abs(Math.sqrt(dot(v, v)) - 1) < 1e-4);
  }
  const [ransomQ, ransomDoc, lasagne, psDoc, psQ, football] = vectors as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  assert.ok(dot(ransomQ, ransomDoc) > 0.6, `related ${dot(ransomQ, ransomDoc)}`);
  assert.ok(dot(ransomQ, lasagne) < 0.2, `unrelated ${dot(ransomQ, lasagne)}`);
  assert.ok(dot(psQ, psDoc) > dot(psQ, football) + 0.4);
  assert.ok(dot(psQ, psDoc) > dot(psQ, ransomDoc));
});

test('the provisioned model reproduces the reference all-MiniLM-L6-v2 vector (int8 weights: within 0.01)', { skip: skipReason }, async () => {
  const { embedder } = await loadEmbedder({ kind: 'local', modelDir });
  const [v] = await embedder!.embed(['This is an example sentence']);
  // First five values of sentence-transformers' fp32 embedding of this sentence.
  const reference = [0.0677, 0.0635, 0.0487, 0.0793, 0.0374];
  reference.forEach((x, i) => assert.ok(Math.abs(v![i]! - x) < 0.01, `dim ${i}: ${v![i]} vs ${x}`));
});

test('batching gives the same vectors as one text at a time, in order; no texts, no vectors', { skip: skipReason }, async () => {
  const { embedder } = await loadEmbedder({ kind: 'local', modelDir, batchSize: 2 });
  const texts = ['alpha incident', 'beta malware', 'gamma phishing email', 'delta'];
  const batched = await embedder!.embed(texts);
  for (const [i, text] of texts.entries()) {
    const [single] = await embedder!.embed([text]);
    assert.ok(dot(single!, batched[i]!) > 0.9999, `text ${i} differs when batched`);
  }
  assert.deepEqual(await embedder!.embed([]), []);
});
