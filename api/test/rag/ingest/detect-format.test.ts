import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVigilError } from '@vigil/ml/errors';
import { detectFormat } from '../../../src/rag/ingest/detect-format.js';
import { buildPdf } from './pdf-fixtures.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const stix = bytes('{"type": "bundle", "id": "bundle--1", "objects": []}');

test('magic bytes win: a PDF is a PDF whatever its name or declared type', () => {
  const pdf = buildPdf([['x']]);
  assert.equal(detectFormat({ bytes: pdf }), 'pdf');
  assert.equal(detectFormat({ bytes: pdf, filename: 'report.txt', mediaType: 'text/plain' }), 'pdf');
});

test('declared media type, then extension, decide', () => {
  assert.equal(detectFormat({ bytes: bytes('hello'), mediaType: 'text/markdown; charset=utf-8' }), 'markdown');
  assert.equal(detectFormat({ bytes: bytes('hello'), mediaType: 'application/xhtml+xml' }), 'html');
  assert.equal(detectFormat({ bytes: bytes('hello'), mediaType: 'application/octet-stream', filename: 'a.HTM' }), 'html');
  assert.equal(detectFormat({ bytes: bytes('hello'), filename: 'https://host/notes.md?x=1' }), 'markdown');
  assert.equal(detectFormat({ bytes: bytes('hello'), filename: 'notes.txt' }), 'text');
  assert.equal(detectFormat({ bytes: stix, filename: 'attack.json' }), 'stix');
  assert.equal(detectFormat({ bytes: stix, mediaType: 'application/stix+json;version=2.1' }), 'stix');
  // A .pdf name routes to the PDF parser, which then explains what is wrong with the bytes.
  assert.equal(detectFormat({ bytes: bytes('not really'), filename: 'x.pdf' }), 'pdf');
});

test('without declarations the content is sniffed', () => {
  assert.equal(detectFormat({ bytes: stix }), 'stix');
  assert.equal(detectFormat({ bytes: bytes('<!DOCTYPE html><html><body>x</body></html>') }), 'html');
  assert.equal(detectFormat({ bytes: bytes('# Title\n\nBody') }), 'markdown');
  assert.equal(detectFormat({ bytes: bytes('just words') }), 'text');
});

test('unknown and unsupported formats are BAD_USER_INPUT naming what is supported', () => {
  const refused = (input: Parameters<typeof detectFormat>[0], message: RegExp) =>
    assert.throws(() => detectFormat(input), (e: unknown) => isVigilError(e) && e.code === 'BAD_USER_INPUT' && message.test(e.message) && /PDF, Markdown/.test(e.message));
  refused({ bytes: bytes('PK\x03\x04...'), filename: 'report.docx' }, /'report.docx' has an unsupported format/);
  refused({ bytes: bytes('x'), mediaType: 'image/png' }, /unsupported format/);
  refused({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, /binary data of an unknown format/);
  refused({ bytes: bytes('{"a": 1}'), filename: 'config.json' }, /is JSON but not a STIX bundle/);
  assert.throws(() => detectFormat({ bytes: new Uint8Array() }), /is empty/);
});
