import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { parseDocuments } from '../../../src/rag/ingest/parse-document.js';
import type { ParsedDocument } from '../../../src/rag/ingest/parsed-document.js';

const bytes = new Uint8Array(readFileSync(sharedData('attack', 'enterprise-attack.json')));
const parsed = parseDocuments({ bytes, filename: 'enterprise-attack.json' });
const byAttackId = async () => new Map((await parsed).documents.map((d) => [d.metadata.attackId as string, d]));
const text = (d: ParsedDocument) => d.sections.map((s) => s.text).join('\n\n');

test('ATT&CK Enterprise v18.1: one document per active technique, sub-technique, tactic, group, software, mitigation', async () => {
  const { format, documents } = await parsed;
  assert.equal(format, 'stix');
  const counts: Record<string, number> = {};
  for (const d of documents) counts[String(d.metadata.attackType)] = (counts[String(d.metadata.attackType)] ?? 0) + 1;
  // Expected counts: the bundle's README (216 techniques + 475 sub-techniques active) and the active objects of
  // each type in the file (revoked and deprecated ones removed).
  assert.deepEqual(counts, { technique: 216, 'sub-technique': 475, tactic: 14, group: 172, software: 784, mitigation: 44 });
  assert.ok(documents.every((d) => d.mediaType === 'application/stix+json' && d.metadata.bundleHash === documents[0]!.metadata.bundleHash));
});

test('revoked and deprecated objects are skipped', async () => {
  const { objects } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { objects: { id: string; revoked?: boolean; x_mitre_deprecated?: boolean }[] };
  const inactive = new Set(objects.filter((o) => o.revoked || o.x_mitre_deprecated).map((o) => o.id));
  assert.ok(inactive.size > 400);
  const { documents } = await parsed;
  assert.equal(documents.filter((d) => inactive.has(d.metadata.stixId as string)).length, 0);
  // T1086 (PowerShell) was revoked in favour of T1059.001; old T-numbered mitigations are deprecated.
  const ids = await byAttackId();
  assert.equal(ids.has('T1086'), false);
  assert.equal([...ids.keys()].filter((id) => /^T\d+/.test(id) && ids.get(id)!.metadata.attackType === 'mitigation').length, 0);
});

test('T1059 keeps ID, name, tactics, platforms and URL, and names its mitigations with their IDs', async () => {
  const t1059 = (await byAttackId()).get('T1059')!;
  assert.equal(t1059.title, 'T1059 Command and Scripting Interpreter');
  const attack = t1059.sections[0]!.attack!;
  assert.equal(attack.id, 'T1059');
  assert.equal(attack.type, 'technique');
  assert.deepEqual(attack.tactics, ['execution']);
  assert.ok(attack.platforms.includes('Windows') && attack.platforms.includes('Linux') && attack.platforms.includes('macOS'));
  assert.equal(attack.url, 'https://attack.mitre.org/techniques/T1059');
  assert.ok(t1059.sections.every((s) => s.attack?.id === 'T1059'));
  const mitigations = t1059.sections.find((s) => s.heading === 'Mitigations')!;
  assert.match(mitigations.text, /how T1059 is mitigated/);
  assert.match(mitigations.text, /^- M1038 Execution Prevention: .*application control/m);
  assert.match(mitigations.text, /^- M1042 Disable or Remove Feature or Program/m);
  assert.doesNotMatch(text(t1059), /\(Citation:/);
});

test('sub-techniques carry their parent, tactics link techniques, mitigations link back', async () => {
  const ids = await byAttackId();
  const powershell = ids.get('T1059.001')!;
  assert.equal(powershell.title, 'T1059.001 Command and Scripting Interpreter: PowerShell');
  assert.equal(powershell.sections[0]!.attack!.type, 'sub-technique');
  assert.match(text(powershell), /Sub-technique of T1059 Command and Scripting Interpreter/);
  const execution = ids.get('TA0002')!;
  assert.equal(execution.metadata.attackType, 'tactic');
  assert.match(text(execution), /^- T1059 Command and Scripting Interpreter$/m);
  assert.match(text(ids.get('M1038')!), /^- T1059\.001 Command and Scripting Interpreter: PowerShell$/m);
  const apt29 = ids.get('G0016')!;
  assert.equal(apt29.metadata.attackType, 'group');
  assert.match(text(apt29), /Also known as: .*Cozy Bear/);
  assert.equal(ids.get('S0154')!.metadata.attackType, 'software');
});

test('document content hashes are stable across parses and differ between documents', async () => {
  const again = await parseDocuments({ bytes, filename: 'enterprise-attack.json' });
  const first = await parsed;
  assert.deepEqual(again.documents.map((d) => d.contentHash), first.documents.map((d) => d.contentHash));
  assert.equal(new Set(first.documents.map((d) => d.contentHash)).size, first.documents.length);
});
