import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { isFollowUp, retrievalQuery } from '../../src/chat/follow-up.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ASK, INGEST, upload, type AskResult } from './support.js';

/** A small ATT&CK bundle cut from the real one: a few techniques, the mitigations linked to them, the links. */
function attackExcerpt(ids: string[]): string {
  const bundle = JSON.parse(readFileSync(sharedData('attack', 'enterprise-attack.json'), 'utf8')) as { objects: any[] };
  const attackId = (o: any) => o.external_references?.find((r: any) => r.source_name === 'mitre-attack')?.external_id;
  const techniques = bundle.objects.filter((o) => o.type === 'attack-pattern' && ids.includes(attackId(o)));
  const techniqueIds = new Set(techniques.map((o) => o.id));
  const links = bundle.objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'mitigates' && techniqueIds.has(o.target_ref));
  const mitigationIds = new Set(links.map((r) => r.source_ref));
  const mitigations = bundle.objects.filter((o) => mitigationIds.has(o.id));
  return JSON.stringify({ type: 'bundle', id: 'bundle--excerpt', objects: [...techniques, ...mitigations, ...links] });
}

describe('follow-up questions', { timeout: 60_000 }, () => {
  let t: TestApp;
  let analyst: string;
  before(async () => {
    t = await startTestApp({ EMBEDDER: 'none' });
    analyst = await t.tokenFor('analyst');
    const up = await upload(t, analyst, attackExcerpt(['T1059', 'T1566', 'T1003', 'T1486']), 'attack-excerpt.json', 'application/json');
    const res = await t.gql<{ ingestDocument: { created: number } }>(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
    assert.ok(res.data && res.data.ingestDocument.created > 4, JSON.stringify(res.errors ?? res.data));
  });
  after(() => t?.close());

  it('recognises questions that lean on the conversation', () => {
    assert.equal(isFollowUp('and how is it mitigated?'), true);
    assert.equal(isFollowUp('What about its detection?'), true);
    assert.equal(isFollowUp('How do adversaries dump credentials from LSASS memory?'), false);
    assert.equal(retrievalQuery('and how is it mitigated?', { question: 'What is OS Credential Dumping?', attackIds: ['T1003'] }), 'and how is it mitigated? (T1003 os credential dumping)');
    assert.equal(retrievalQuery('What is phishing?', { question: 'What is OS Credential Dumping?', attackIds: ['T1003'] }), 'What is phishing?');
  });

  it('"and how is it mitigated?" after a question about a technique retrieves that technique\'s mitigations', async () => {
    const first = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'How do adversaries use OS credential dumping?' }, token: analyst });
    assert.ok(first.data, JSON.stringify(first.errors));
    assert.equal(first.data.ask.outOfScope, false);
    assert.equal(first.data.ask.citations[0]?.attackId, 'T1003');

    const follow = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'and how is it mitigated?', c: first.data.ask.conversationId }, token: analyst });
    assert.ok(follow.data, JSON.stringify(follow.errors));
    const { ask } = follow.data;
    assert.equal(ask.outOfScope, false, ask.answer);
    const cited = ask.citations.map((c) => c.attackId);
    // The technique's own Mitigations section, or the mitigation objects linked to it, never another technique's.
    assert.ok(ask.citations.length > 0);
    assert.ok(cited.every((id) => id === 'T1003' || /^M\d{4}$/.test(id ?? '')), cited.join(','));
    assert.match(ask.answer + ask.citations.map((c) => c.snippet).join(' '), /mitigat|Privileged|Password|Credential Access Protection/i);

    // Without the conversation the same words do not know which technique is meant.
    const alone = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'and how is it mitigated?' }, token: analyst });
    assert.ok(!alone.data!.ask.citations.every((c) => c.attackId === 'T1003' || /^M\d{4}$/.test(c.attackId ?? '')) || alone.data!.ask.outOfScope);
  });
});
