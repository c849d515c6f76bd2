import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { getDocumentProxy } from 'unpdf';
import { loadQuestions } from './question-set.js';

const questions = loadQuestions();

test('the question set has at least 60 in-scope and 60 out-of-scope questions, no duplicates', () => {
  const inScope = questions.filter((q) => q.inScope);
  const outOfScope = questions.filter((q) => !q.inScope);
  assert.ok(inScope.length >= 60, `${inScope.length} in scope`);
  assert.ok(outOfScope.length >= 60, `${outOfScope.length} out of scope`);
  assert.equal(new Set(questions.map((q) => q.question.toLowerCase())).size, questions.length);
  for (const kind of ['general', 'near-domain', 'uncovered-security']) {
    assert.ok(outOfScope.filter((q) => q.kind === kind).length >= 15, `${kind} questions`);
  }
});

test('every in-scope question names its source and no out-of-scope one does', () => {
  for (const q of questions) {
    if (!q.inScope) assert.equal(q.expected, null, q.question);
    else assert.ok(q.expected && ('attackId' in q.expected ? /^(T\d{4}(\.\d{3})?|TA\d{4}|[GSM]\d{4})$/.test(q.expected.attackId) : q.expected.page >= 1), q.question);
  }
});

test('expected pages exist in their PDFs and ATT&CK IDs exist in the bundle', async () => {
  const pages = new Map<string, number>();
  const ids = new Set<string>();
  const bundle = JSON.parse(readFileSync(sharedData('attack', 'enterprise-attack.json'), 'utf8')) as { objects: any[] };
  for (const o of bundle.objects) for (const r of o.external_references ?? []) if (r.source_name === 'mitre-attack') ids.add(r.external_id);
  for (const q of questions) {
    const e = q.expected;
    if (!e) continue;
    if ('attackId' in e) {
      assert.ok(ids.has(e.attackId), `${e.attackId} (${q.question})`);
      continue;
    }
    if (!pages.has(e.document)) {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(sharedData('corpus', 'pdf', e.document))));
      pages.set(e.document, pdf.numPages);
    }
    for (const page of [e.page, ...(e.alsoPages ?? [])]) assert.ok(page <= pages.get(e.document)!, `${e.document} p${page}`);
  }
});
