import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { chunkDocument } from '../../../src/rag/ingest/chunker.js';
import { documentIdFor } from '../../../src/rag/ingest/document-id.js';
import { resolveLimits } from '../../../src/rag/ingest/ingest-limits.js';
import type { AttackRef, ParsedDocument } from '../../../src/rag/ingest/parsed-document.js';
import { parsePdf } from '../../../src/rag/ingest/pdf-parser.js';

/** A sentence of about 100 characters, numbered so each is unique. */
const sentence = (n: number) => `Sentence number ${n} explains one step of the incident response process in enough detail here.`;
const paragraph = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');

const doc = (sections: ParsedDocument['sections']): ParsedDocument => ({ title: 'Guide', mediaType: 'text/plain', contentHash: 'f'.repeat(64), sections, metadata: {} });

test('chunks stay within 1,200 characters, end at sentence ends and overlap by whole sentences', () => {
  const text = [paragraph(0, 12), paragraph(12, 12), paragraph(24, 12)].join('\n\n');
  const chunks = chunkDocument(doc([{ text, heading: 'Handling' }]), 'doc-1');
  assert.ok(chunks.length >= 4);
  for (const c of chunks) {
    assert.ok(c.text.length <= 1200, `chunk ${c.ordinal} has ${c.text.length} chars`);
    assert.ok(c.text.length >= 300, `chunk ${c.ordinal} has only ${c.text.length} chars`);
    assert.match(c.text, /^Sentence number \d+ /, 'a chunk starts mid-sentence');
    assert.match(c.text, /detail here\.$/, 'a chunk ends mid-sentence');
  }
  for (let i = 1; i < chunks.length; i++) {
    const previous = chunks[i - 1]!.sentences;
    const shared = chunks[i]!.sentences.filter((s) => previous.includes(s));
    const chars = shared.reduce((sum, s) => sum + s.length, 0);
    if (chunks[i]!.text.startsWith(paragraph(12, 1)) || chunks[i]!.text.startsWith(paragraph(24, 1))) continue;
    assert.ok(shared.length >= 1 && chars <= 225, `chunk ${i} overlaps by ${shared.length} sentences (${chars} chars)`);
  }
  // Every sentence of the source is in some chunk, in order.
  const seen = chunks.flatMap((c) => c.sentences);
  for (let n = 0; n < 36; n++) assert.ok(seen.includes(sentence(n)), `sentence ${n} lost`);
});

test('chunks keep document id, title, ordinal, page, section and ATT&CK id; ids are deterministic', () => {
  const attack: AttackRef = { id: 'T1059', name: 'Command and Scripting Interpreter', tactics: ['execution'], platforms: ['Windows'], type: 'technique' };
  const parsed = doc([
    { text: paragraph(0, 15), page: 4, heading: '3.1 Preparation' },
    { text: paragraph(100, 3), page: 5, heading: '3.1 Preparation' },
    { text: 'Mitigations of T1059:\n\n- M1038 Execution Prevention', heading: 'Mitigations', attack },
  ]);
  const chunks = chunkDocument(parsed, 'doc-x');
  assert.deepEqual(chunks.map((c) => c.id), chunks.map((_, i) => `doc-x#${i}`));
  assert.deepEqual(chunkDocument(parsed, 'doc-x'), chunks);
  assert.ok(chunks.every((c) => c.documentId === 'doc-x' && c.title === 'Guide'));
  // A chunk never spans two pages or two ATT&CK objects.
  const page4 = chunks.filter((c) => c.page === 4);
  const page5 = chunks.filter((c) => c.page === 5);
  assert.ok(page4.length >= 2 && page5.length === 1);
  assert.ok(page5[0]!.text.startsWith(sentence(100)), 'page 5 starts with its own text, not overlap from page 4');
  assert.ok(page4.every((c) => c.section === '3.1 Preparation' && c.attackId === undefined));
  const last = chunks.at(-1)!;
  assert.equal(last.attackId, 'T1059');
  assert.equal(last.section, 'Mitigations');
  assert.equal(last.page, undefined);
  assert.equal(last.text, 'Mitigations of T1059:\n\n- M1038 Execution Prevention');
});

test('short sections on the same page share a chunk; a long sentence is cut at word boundaries', () => {
  const merged = chunkDocument(doc([
    { text: 'Scope\n\nThis guide covers laptops.', heading: 'Scope', page: 1 },
    { text: 'Audience\n\nIncident handlers.', heading: 'Audience', page: 1 },
  ]), 'd');
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.section, 'Scope');
  assert.equal(merged[0]!.text, 'Scope\n\nThis guide covers laptops.\n\nAudience\n\nIncident handlers.');
  const long = 'word '.repeat(700).trim();
  const pieces = chunkDocument(doc([{ text: long }]), 'd');
  assert.ok(pieces.length >= 3 && pieces.every((c) => c.text.length <= 1200 && /^word( word)*$/.test(c.text)));
});

test('a real guide (SP 800-61r2): sizes around 800–1,200 characters, pages and sections carried', async () => {
  const parsed = await parsePdf(new Uint8Array(readFileSync(sharedData('corpus', 'pdf', 'NIST.SP.800-61r2.pdf'))), resolveLimits());
  const chunks = chunkDocument(parsed, documentIdFor(parsed));
  const sizes = chunks.map((c) => c.text.length).sort((a, b) => a - b);
  assert.ok(sizes.at(-1)! <= 1200);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  assert.ok(median >= 800 && median <= 1200, `median chunk ${median} chars`);
  assert.ok(chunks.every((c) => c.page !== undefined && c.page >= 1 && c.page <= 79));
  const phases = chunks.find((c) => c.page === 30 && c.section === '3. Handling an Incident');
  assert.ok(phases, 'no chunk for section 3 on page 30');
  assert.match(phases.text, /incident response process has several phases/);
  assert.equal(documentIdFor(parsed), 'doc-7f8caeb8e4fd2d04f3555977571e1eaf');
});
