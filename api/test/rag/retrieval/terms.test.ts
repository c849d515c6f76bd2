import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTerms, stem, tokenize } from '../../../src/rag/retrieval/terms.js';

test('tokenize keeps ATT&CK IDs whole and lower-cases', () => {
  assert.deepEqual(tokenize('What is T1059.001 (PowerShell)?'), ['what', 'is', 't1059.001', 'powershell']);
});

test('contentTerms drops stopwords and stems plurals and -ing forms', () => {
  assert.deepEqual(contentTerms('What are the phases of incident handling?'), ['phase', 'incident', 'handl']);
  assert.equal(stem('policies'), 'policy');
  assert.equal(stem('logs'), 'log');
  assert.equal(stem('analysis'), 'analysis');
  assert.equal(stem('access'), 'access');
});
