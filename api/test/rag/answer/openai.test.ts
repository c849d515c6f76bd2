import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCode, VigilError } from '@vigil/ml/errors';
import { collectAnswer } from '../../../src/rag/answer/collect.js';
import { OpenAIAnswerer } from '../../../src/rag/answer/openai.js';
import { incidentContext } from './fixtures.js';
import { startFakeLlmServer } from './fake-llm-server.js';
import { defineLlmAnswererSuite } from './llm-answerer-suite.js';

defineLlmAnswererSuite({
  wire: 'openai',
  name: 'openai',
  create: (baseUrl, { timeoutMs }) => new OpenAIAnswerer({ baseUrl, model: 'llama3.2', timeoutMs, maxRetries: 0 }),
  view: (body) => {
    assert.equal(body.stream, true);
    assert.equal(body.model, 'llama3.2');
    const [system, ...turns] = body.messages as { role: string; content: string }[];
    assert.equal(system!.role, 'system');
    return { system: system!.content, turns: turns.map((m) => ({ role: m.role as 'user' | 'assistant', text: m.content })) };
  },
});

test('SDK retries are bounded: one retry after a 429, then a typed error', async () => {
  const server = await startFakeLlmServer('openai');
  try {
    server.replyWith({ kind: 'status', status: 429, headers: { 'retry-after-ms': '1' } });
    const answerer = new OpenAIAnswerer({ baseUrl: server.baseUrl, model: 'm', timeoutMs: 2_000, maxRetries: 1 });
    const error = await collectAnswer(answerer.answer({ question: 'q?', history: [], context: incidentContext })).catch((e: unknown) => e);
    assert.ok(error instanceof VigilError && error.code === ErrorCode.UNAVAILABLE);
    assert.equal(server.requests.length, 2);
  } finally {
    await server.close();
  }
});

test('a retry that succeeds streams normally', async () => {
  const server = await startFakeLlmServer('openai');
  try {
    server.replyWith({ kind: 'status', status: 500, headers: { 'retry-after-ms': '1' } }, { kind: 'stream', pieces: ['Fine [1].'] });
    const answerer = new OpenAIAnswerer({ baseUrl: server.baseUrl, model: 'm', timeoutMs: 2_000, maxRetries: 1 });
    const answer = await collectAnswer(answerer.answer({ question: 'q?', history: [], context: incidentContext }));
    assert.equal(answer.text, 'Fine [1].');
    assert.equal(server.requests.length, 2);
  } finally {
    await server.close();
  }
});
