import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVigilError } from '@vigil/ml/errors';
import { parseDocuments } from '../../../src/rag/ingest/parse-document.js';

const bundle = (objects: object[]) => new Uint8Array(Buffer.from(JSON.stringify({ type: 'bundle', id: 'bundle--1', objects })));

test('a generic STIX 2.1 bundle gives one document per named domain object; revoked ones are skipped', async () => {
  const { format, documents } = await parseDocuments({
    bytes: bundle([
      { type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--1', name: 'Fancy Crab', aliases: ['Crab Team'], description: 'A made-up actor (Citation: Someone) that phishes.' },
      { type: 'indicator', spec_version: '2.1', id: 'indicator--1', name: 'Bad domain', pattern: "[domain-name:value = 'bad.example']", pattern_type: 'stix' },
      { type: 'malware', spec_version: '2.1', id: 'malware--1', name: 'Old thing', description: 'Gone.', revoked: true },
      { type: 'identity', spec_version: '2.1', id: 'identity--1', name: 'ACME' },
      { type: 'relationship', spec_version: '2.1', id: 'relationship--1', relationship_type: 'indicates', source_ref: 'indicator--1', target_ref: 'threat-actor--1' },
    ]),
    mediaType: 'application/stix+json',
  });
  assert.equal(format, 'stix');
  assert.deepEqual(documents.map((d) => d.title), ['Fancy Crab', 'Bad domain']);
  const [actor, indicator] = documents;
  assert.equal(actor!.sections[0]!.text, 'Fancy Crab (STIX threat-actor). Also known as: Crab Team.\n\nA made-up actor that phishes.');
  assert.equal(actor!.metadata.stixType, 'threat-actor');
  assert.match(indicator!.sections[0]!.text, /Pattern: \[domain-name:value = 'bad.example'\]/);
});

test('JSON that is not a bundle, broken JSON and a bundle with nothing to read are BAD_USER_INPUT', async () => {
  const bad = async (bytes: Uint8Array, filename: string, message: RegExp) =>
    assert.rejects(parseDocuments({ bytes, filename }), (e: unknown) => isVigilError(e) && e.code === 'BAD_USER_INPUT' && message.test(e.message));
  await bad(new Uint8Array(Buffer.from('{"hello": 1}')), 'x.json', /is JSON but not a STIX bundle/);
  await bad(new Uint8Array(Buffer.from('{"type": "bundle", "objects": [')), 'x.json', /is not valid JSON/);
  await bad(bundle([{ type: 'identity', id: 'identity--1', name: 'ACME' }]), 'x.json', /holds no named, active STIX objects/);
});

test('the text limit counts every document made from a bundle', async () => {
  const objects = Array.from({ length: 20 }, (_, i) => ({ type: 'malware', id: `malware--${i}`, name: `M${i}`, description: 'x'.repeat(100) }));
  await assert.rejects(parseDocuments({ bytes: bundle(objects), filename: 'b.json' }, { maxTextChars: 1000 }), (e: unknown) => isVigilError(e) && e.details.limit === 'maxTextChars');
});
