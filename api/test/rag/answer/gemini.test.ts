import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GeminiAnswerer, geminiContents } from '../../../src/rag/answer/gemini.js';
import { defineLlmAnswererSuite } from './llm-answerer-suite.js';

defineLlmAnswererSuite({
  wire: 'gemini',
  name: 'gemini',
  create: (baseUrl, { timeoutMs }) => new GeminiAnswerer({ apiKey: 'test-key', model: 'test-model', baseUrl, timeoutMs }),
  view: (body) => ({
    system: body.systemInstruction.parts.map((p: { text: string }) => p.text).join(''),
    turns: body.contents.map((c: { role: string; parts: { text: string }[] }) => ({
      role: c.role === 'model' ? 'assistant' : 'user',
      text: c.parts.map((p) => p.text).join('\n'),
    })),
  }),
});

test('Gemini contents alternate roles, start with the user and end with the question', () => {
  const contents = geminiContents(
    [
      { role: 'assistant', content: 'greeting' },
      { role: 'user', content: 'a' },
      { role: 'user', content: 'b' },
      { role: 'assistant', content: 'c' },
      { role: 'user', content: 'unanswered' },
    ],
    'question',
  );
  assert.deepEqual(
    contents.map((c) => [c.role, c.parts.map((p) => p.text)]),
    [
      ['user', ['a', 'b']],
      ['model', ['c']],
      ['user', ['unanswered', 'question']],
    ],
  );
});
