import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideScope } from '../../../src/rag/scope/decide.js';
import { loadCorpus } from './corpus-harness.js';
import { loadQuestions } from './question-set.js';

// The decision measured end to end on the real corpus with plain BM25 retrieval (no vectors). The targets of
// the issue are 0.95 both ways; the floor here guards the defaults against regressions.
test('default thresholds keep in-scope questions and refuse out-of-scope ones on the real corpus', async () => {
  const corpus = await loadCorpus();
  const rows = loadQuestions().map((q) => ({ q, d: decideScope({ question: q.question, chunks: corpus.search(q.question), corpus: corpus.stats }) }));
  const wrong = rows.filter((r) => r.q.inScope !== r.d.inScope).map((r) => `${r.q.inScope ? 'refused' : 'accepted'}: ${r.q.question} (${r.d.explanation})`);
  const inScope = rows.filter((r) => r.q.inScope);
  const outOfScope = rows.filter((r) => !r.q.inScope);
  const accepted = inScope.filter((r) => r.d.inScope).length / inScope.length;
  const refused = outOfScope.filter((r) => !r.d.inScope).length / outOfScope.length;
  assert.ok(accepted >= 0.95, `accepted ${accepted.toFixed(3)} of in-scope questions:\n${wrong.join('\n')}`);
  assert.ok(refused >= 0.95, `refused ${refused.toFixed(3)} of out-of-scope questions:\n${wrong.join('\n')}`);
});
