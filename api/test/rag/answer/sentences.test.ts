import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../src/rag/answer/sentences.js';
import { citedNumbers } from '../../../src/rag/answer/citations.js';
import { quoteAsMarkdown } from '../../../src/rag/answer/markdown.js';

test('splits on sentence ends but not after abbreviations or initials', () => {
  assert.deepEqual(splitSentences('Use tools, e.g. Snort. See Sec. 3 for details. NIST SP 800-61 Rev. 2 applies! Is it? Yes.'), [
    'Use tools, e.g. Snort.',
    'See Sec. 3 for details.',
    'NIST SP 800-61 Rev. 2 applies!',
    'Is it?',
    'Yes.',
  ]);
  assert.deepEqual(splitSentences('Written by J. Smith. Done.'), ['Written by J. Smith.', 'Done.']);
});

test('blank lines and bullets end sentences; single line breaks do not', () => {
  assert.deepEqual(splitSentences('First part\ncontinues here\n\nSecond block\n• bullet one\n• bullet two'), [
    'First part continues here',
    'Second block',
    '• bullet one',
    '• bullet two',
  ]);
});

test('citedNumbers reads single, grouped and adjacent markers within range', () => {
  assert.deepEqual(citedNumbers('a [2] b [1, 3] c [3][4] d [12] e \\[x]', 4), [2, 1, 3, 4]);
});

test('quoteAsMarkdown escapes HTML and brackets and flattens lines', () => {
  assert.equal(quoteAsMarkdown('a <b>\n# c [x]'), 'a &lt;b&gt; # c \\[x\\]');
});

test('quoteAsMarkdown keeps link labels and code, drops bibliographic markers', () => {
  assert.equal(
    quoteAsMarkdown('Use [Valid Accounts](https://attack.mitre.org/techniques/T1078) via <code>net.exe</code> as in [16] and [3, 4].'),
    'Use Valid Accounts via `net.exe` as in and.',
  );
});
