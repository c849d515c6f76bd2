/**
 * Measures the scope decision (and, as a sanity check, lexical recall@5) on the question set over the real
 * corpus: `node api/dist/test/rag/scope/measure-scope.js`. Prints JSON.
 */
import { decideScope, type ScopeThresholds } from '../../../src/rag/scope/decide.js';
import { loadCorpus } from './corpus-harness.js';
import { isExpectedSource, loadQuestions } from './question-set.js';

const corpus = await loadCorpus();
const questions = loadQuestions();
const retrieved = questions.map((q) => corpus.search(q.question));

function evaluate(thresholds: Partial<ScopeThresholds>) {
  const rows = questions.map((q, i) => ({ q, d: decideScope({ question: q.question, chunks: retrieved[i]!, corpus: corpus.stats }, thresholds) }));
  const inScope = rows.filter((r) => r.q.inScope);
  const outScope = rows.filter((r) => !r.q.inScope);
  const accepted = inScope.filter((r) => r.d.inScope).length / inScope.length;
  const refused = outScope.filter((r) => !r.d.inScope).length / outScope.length;
  return { accepted, refused, rows };
}

const recallAt5 =
  questions
    .map((q, i) => ({ q, top: retrieved[i]!.slice(0, 5) }))
    .filter(({ q }) => q.inScope)
    .filter(({ q, top }) => top.some((c) => isExpectedSource(q.expected, c))).length / questions.filter((q) => q.inScope).length;

const base = evaluate({});
const mistakes = base.rows
  .filter((r) => r.q.inScope !== r.d.inScope)
  .map((r) => ({ question: r.q.question, kind: r.q.kind, reason: r.d.reason, coverage: +r.d.evidence.coverage.toFixed(2), unseen: +r.d.evidence.unseenShare.toFixed(2), domain: r.d.evidence.domain.score }));

let best = { thresholds: {} as Partial<ScopeThresholds>, score: 0, accepted: 0, refused: 0 };
for (const minCoverage of [0.4, 0.5, 0.6, 0.7, 0.8])
  for (const maxUnseenShare of [0.1, 0.2, 0.3, 0.4])
    for (const minDomainScore of [0.5, 1, 1.5])
      for (const strongCoverage of [0.7, 0.8, 0.9, 1.01]) {
        const t = { minCoverage, maxUnseenShare, minDomainScore, strongCoverage };
        const { accepted, refused } = evaluate(t);
        const score = Math.min(accepted, refused);
        if (score > best.score) best = { thresholds: t, score, accepted, refused };
      }

console.log(
  JSON.stringify(
    {
      chunks: corpus.chunks.length,
      in_scope: questions.filter((q) => q.inScope).length,
      out_of_scope: questions.filter((q) => !q.inScope).length,
      lexical_recall_at_5: +recallAt5.toFixed(3),
      defaults: { accepted_in_scope: +base.accepted.toFixed(3), refused_out_of_scope: +base.refused.toFixed(3) },
      best_grid: best,
      mistakes,
    },
    null,
    1,
  ),
);
