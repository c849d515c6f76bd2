import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RetrievedChunk } from '../../../src/rag/retrieval/types.js';
import { decideScope } from '../../../src/rag/scope/decide.js';
import { domainSignal } from '../../../src/rag/scope/domain.js';
import { retrievalEvidence } from '../../../src/rag/scope/evidence.js';
import { TermStatistics, idf } from '../../../src/rag/scope/term-statistics.js';

const chunk = (n: number, text: string, extra: Partial<RetrievedChunk> = {}): RetrievedChunk => ({
  chunkId: `c${n}`,
  documentId: `d${n}`,
  title: `Doc ${n}`,
  text,
  score: 1 / (60 + n),
  ...extra,
});

const corpusTexts = [
  'The incident response process has several phases: preparation, detection and analysis, containment, eradication and recovery.',
  'Malware incident handling: containment of infected hosts, eradication of malware, recovery of data.',
  'Log management covers log rotation, log retention and log preservation of security logs.',
  'Adversaries may abuse PowerShell commands and scripts for execution.',
  'Threat information sharing uses the Traffic Light Protocol to mark how information may be shared.',
];
const stats = new TermStatistics();
for (const t of corpusTexts) stats.add(t);
const retrieved = corpusTexts.map((t, i) => chunk(i + 1, t));

test('TermStatistics counts each term once per chunk, and removal undoes addition', () => {
  const s = new TermStatistics();
  s.add('log log rotation');
  s.add('log retention');
  assert.equal(s.documentCount, 2);
  assert.equal(s.documentFrequency('log'), 2);
  assert.equal(s.documentFrequency('rotation'), 1);
  s.remove('log log rotation');
  assert.equal(s.documentFrequency('rotation'), 0);
  assert.equal(s.documentFrequency('log'), 1);
  assert.ok(idf(s, 'unseen') > idf(s, 'log'));
});

test('evidence weighs rare terms more and reports unseen ones', () => {
  const e = retrievalEvidence('What are the phases of incident response?', [retrieved[0]!], { corpus: stats });
  assert.equal(e.coverage, 1);
  assert.equal(e.unseenShare, 0);
  const lasagne = retrievalEvidence('What is a good lasagne recipe for incident responders?', [retrieved[0]!], { corpus: stats });
  assert.ok(lasagne.unseenShare > 0.4, `unseen share ${lasagne.unseenShare}`);
  assert.ok(lasagne.coverage < 0.6);
  const vectors = retrievalEvidence('phases', [chunk(1, 'phases', { vectorScore: 0.42, lexicalScore: 3.1 }), chunk(2, 'x', { vectorScore: 0.7 })]);
  assert.equal(vectors.bestVector, 0.7);
  assert.equal(vectors.bestLexical, 3.1);
});

test('the domain check reads security vocabulary, ATT&CK IDs and off-domain markers', () => {
  assert.ok(domainSignal('How do adversaries dump credentials from LSASS?').score >= 2);
  assert.equal(domainSignal('What is T1059.001?').attackId, true);
  assert.ok(domainSignal('What is a good lasagne recipe?').score < 0);
  assert.ok(domainSignal('How do I reverse a linked list in Python?').score < 0);
});

test('an in-domain question the documents cover is in scope', () => {
  const d = decideScope({ question: 'What are the phases of incident response?', chunks: retrieved, corpus: stats });
  assert.equal(d.inScope, true, d.explanation);
  assert.equal(d.reason, 'in_scope');
  assert.equal(d.evidence.coverage, 1);
});

test('every way out has its own reason', () => {
  const cases: [string, RetrievedChunk[], string][] = [
    ['What are the phases of incident response?', [], 'no_evidence'],
    ['What is a good lasagne recipe?', retrieved, 'off_domain'],
    ['How do attackers exploit Spectre speculative execution flaws?', retrieved, 'unseen_terms'],
    ['Is containment of PowerShell logs a recovery phase?', [retrieved[4]!], 'weak_match'],
  ];
  for (const [question, chunks, reason] of cases) {
    const d = decideScope({ question, chunks, corpus: stats });
    assert.equal(d.inScope, false, question);
    assert.equal(d.reason, reason, `${question}: ${d.explanation}`);
  }
  const semantic = decideScope({ question: 'What are the phases of incident response?', chunks: [{ ...retrieved[0]!, vectorScore: 0.1 }], corpus: stats });
  assert.equal(semantic.reason, 'low_similarity');
});

test('thresholds are configuration', () => {
  const question = 'Is containment of PowerShell logs a recovery phase?';
  assert.equal(decideScope({ question, chunks: [retrieved[4]!], corpus: stats }).inScope, false);
  assert.equal(decideScope({ question, chunks: [retrieved[4]!], corpus: stats }, { minCoverage: 0 }).inScope, true);
  const logQuestion = 'What is log rotation?';
  assert.equal(decideScope({ question: logQuestion, chunks: retrieved, corpus: stats }).inScope, true, 'strong coverage lets a weak-domain question through');
  assert.equal(decideScope({ question: logQuestion, chunks: retrieved, corpus: stats }, { strongCoverage: 1.1 }).reason, 'off_domain');
});
