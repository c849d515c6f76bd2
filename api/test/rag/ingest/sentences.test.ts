import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLong, splitSentences } from '../../../src/rag/ingest/sentences.js';

test('sentences split on Unicode rules, not after abbreviations or heading numbers; line breaks are kept', () => {
  const text = 'Use tools, e.g. Wireshark and tcpdump. See Fig. 3 for details! 3.1 Preparation comes first.\n- Isolate the host\n- Preserve evidence';
  assert.deepEqual(splitSentences(text), [
    { text: 'Use tools, e.g. Wireshark and tcpdump.', lineBreakAfter: false },
    { text: 'See Fig. 3 for details!', lineBreakAfter: false },
    { text: '3.1 Preparation comes first.', lineBreakAfter: true },
    { text: '- Isolate the host', lineBreakAfter: true },
    { text: '- Preserve evidence', lineBreakAfter: false },
  ]);
  assert.deepEqual(splitSentences('3. Handling an Incident'), [{ text: '3. Handling an Incident', lineBreakAfter: false }]);
  assert.deepEqual(splitSentences('   '), []);
});

test('over-long runs are cut at word boundaries', () => {
  const pieces = splitLong('alpha beta gamma delta epsilon', 12);
  assert.deepEqual(pieces, ['alpha beta', 'gamma delta', 'epsilon']);
  assert.deepEqual(splitLong('x'.repeat(25), 10), ['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
});
