import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectAnswer } from '../../../src/rag/answer/collect.js';
import { refusalEvents, refusalText } from '../../../src/rag/scope/refusal.js';

test('the refusal says the documents do not cover it and names what they cover', () => {
  const text = refusalText(['SP 800-61 Rev. 2: Computer Security Incident Handling Guide', 'SP 800-92: Guide to Computer Security Log Management', 'SP 800-92: Guide to Computer Security Log Management']);
  assert.match(text, /^The documents do not cover this question\. They cover: /);
  assert.match(text, /Incident Handling Guide; SP 800-92: Guide to Computer Security Log Management\.$/);
  assert.equal(text.match(/SP 800-92/g)!.length, 1);
});

test('long topic lists are cut with a count, titles are Markdown-safe, and no documents is said plainly', () => {
  const text = refusalText(['<b>A</b>', 'B', 'C', 'D'], { maxTopics: 2 });
  assert.match(text, /&lt;b&gt;A&lt;\/b&gt;; B; and 2 more\.$/);
  assert.match(refusalText([]), /no documents have been ingested/);
});

test('a refusal streams as an out-of-scope answer', async () => {
  const answer = await collectAnswer(refusalEvents('The documents do not cover this question.', 'extractive'));
  assert.deepEqual(answer, { text: 'The documents do not cover this question.', citations: [], outOfScope: true, answerer: 'extractive' });
});
