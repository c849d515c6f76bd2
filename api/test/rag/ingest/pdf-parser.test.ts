import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { isVigilError } from '@vigil/ml/errors';
import { parsePdf } from '../../../src/rag/ingest/pdf-parser.js';
import { resolveLimits } from '../../../src/rag/ingest/ingest-limits.js';
import { buildPdf } from './pdf-fixtures.js';

const limits = resolveLimits();
const nist = (file: string) => new Uint8Array(readFileSync(sharedData('corpus', 'pdf', file)));

/** Asserts a BAD_USER_INPUT whose message matches. */
async function rejects(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isVigilError(error), `expected a VigilError, got ${String(error)}`);
    assert.equal(error.code, 'BAD_USER_INPUT');
    assert.match(error.message, message);
    return true;
  });
}

test('SP 800-61r2: 79 pages, text per page with page numbers, numbered headings as sections', async () => {
  const doc = await parsePdf(nist('NIST.SP.800-61r2.pdf'), limits, 'NIST.SP.800-61r2.pdf');
  assert.equal(doc.pages, 79);
  assert.equal(doc.mediaType, 'application/pdf');
  assert.equal(doc.contentHash, '7f8caeb8e4fd2d04f3555977571e1eaf02e19ef6891bc70ac6881e119f032602');
  assert.match(doc.title, /Computer Security Incident Handling Guide/);
  const page30 = doc.sections.filter((s) => s.page === 30);
  assert.ok(page30.some((s) => s.heading === '3. Handling an Incident' && /incident response process has several phases/.test(s.text)));
  assert.ok(page30.some((s) => s.heading === '3.1 Preparation'));
  // Every page with text is kept, in order, and nothing claims a page the file does not have.
  const pages = doc.sections.map((s) => s.page!);
  assert.deepEqual(pages, [...pages].sort((a, b) => a - b));
  assert.ok(pages.every((p) => p >= 1 && p <= 79));
  assert.ok(new Set(pages).size >= 70);
});

test('the CSF 2.0 excerpt, which has no Title entry, is titled by its running header', async () => {
  const doc = await parsePdf(nist('NIST.CSWP.29-excerpt-pp1-14.pdf'), limits, 'NIST.CSWP.29-excerpt-pp1-14.pdf');
  assert.equal(doc.title, 'NIST CSWP 29 The NIST Cybersecurity Framework (CSF) 2.0');
  assert.equal(doc.pages, 14);
  assert.ok(doc.sections.every((s) => !s.text.includes('February 26, 2024') && !/^\d+$/.test(s.text.split('\n')[0]!)));
});

test('running headers and page numbers are stripped from the page text', async () => {
  const doc = await parsePdf(nist('NIST.SP.800-61r2.pdf'), limits);
  const withHeader = doc.sections.filter((s) => s.text.startsWith('COMPUTER SECURITY INCIDENT HANDLING GUIDE'));
  assert.equal(withHeader.length, 0);
  assert.ok(!doc.sections.some((s) => /^\d+$/.test(s.text.split('\n')[0]!)), 'a section starts with a bare page number');
});

test('a hand-made PDF keeps page numbers and text; the same bytes give the same content hash', async () => {
  const bytes = buildPdf([['Alpha line one.', 'Alpha line two.'], [], ['Gamma on page three.']]);
  const a = await parsePdf(bytes, limits, 'made.pdf');
  const b = await parsePdf(bytes.slice(), limits, 'made.pdf');
  assert.equal(a.pages, 3);
  assert.deepEqual(a.sections, [
    { text: 'Alpha line one. Alpha line two.', page: 1 },
    { text: 'Gamma on page three.', page: 3 },
  ]);
  assert.equal(a.contentHash, b.contentHash);
  assert.equal(a.title, 'made');
  const other = await parsePdf(buildPdf([['Alpha line one.']]), limits);
  assert.notEqual(other.contentHash, a.contentHash);
});

test('garbage bytes, a truncated file and a broken structure are rejected as malformed', async () => {
  await rejects(parsePdf(new Uint8Array(Buffer.from('this is not a pdf at all')), limits, 'x.pdf'), /truncated or malformed/);
  const real = nist('NIST.SP.800-83r1.pdf');
  await rejects(parsePdf(real.slice(0, Math.floor(real.length / 2)), limits, 'half.pdf'), /'half.pdf' is truncated or malformed/);
  const cutWithMarker = new Uint8Array(Buffer.concat([real.slice(0, Math.floor(real.length / 2)), Buffer.from('\n%%EOF\n')]));
  await rejects(parsePdf(cutWithMarker, limits), /is not a valid PDF/);
  const junk = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41), Buffer.from('\n%%EOF\n')]));
  await rejects(parsePdf(junk, limits), /is not a valid PDF/);
});

test('a password-protected PDF is rejected as encrypted', async () => {
  await rejects(parsePdf(buildPdf([['Secret text.']], { encrypted: true }), limits, 'locked.pdf'), /'locked.pdf' is encrypted \(password-protected\)/);
});

test('a PDF encrypted by qpdf (AES-256, user password) is rejected as encrypted', async (t) => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
  } catch {
    t.skip('qpdf is not installed (apt-get install qpdf); the hand-made encrypted PDF above still covers the case');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-pdf-'));
  try {
    writeFileSync(path.join(dir, 'plain.pdf'), buildPdf([['Confidential runbook.']]));
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', path.join(dir, 'plain.pdf'), path.join(dir, 'locked.pdf')]);
    await rejects(parsePdf(new Uint8Array(readFileSync(path.join(dir, 'locked.pdf'))), limits), /encrypted/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PDF without a text layer is rejected, not stored empty', async () => {
  await rejects(parsePdf(buildPdf([[], [], []]), limits, 'scan.pdf'), /'scan.pdf' has no extractable text \(3 pages\)/);
});

test('each limit is enforced with its name and the offending value', async () => {
  const bytes = buildPdf([['One.'], ['Two.'], ['Three.']]);
  await assert.rejects(parsePdf(bytes, resolveLimits({ maxBytes: 100 })), (e: unknown) => {
    assert.ok(isVigilError(e) && e.code === 'BAD_USER_INPUT');
    assert.match(e.message, new RegExp(`is ${bytes.length} bytes, over the 100-byte limit \\(maxBytes\\)`));
    assert.deepEqual(e.details, { limit: 'maxBytes', max: 100, value: bytes.length });
    return true;
  });
  await assert.rejects(parsePdf(bytes, resolveLimits({ maxPages: 2 })), (e: unknown) => {
    assert.ok(isVigilError(e) && e.code === 'BAD_USER_INPUT');
    assert.match(e.message, /has 3 pages, over the 2-page limit \(maxPages\)/);
    assert.equal(e.details.value, 3);
    return true;
  });
  await assert.rejects(parsePdf(nist('NIST.SP.800-150.pdf'), resolveLimits({ maxTextChars: 5000 })), (e: unknown) => {
    assert.ok(isVigilError(e) && e.code === 'BAD_USER_INPUT');
    assert.match(e.message, /more than 5000 characters of text .* \(maxTextChars\)/);
    assert.equal(e.details.limit, 'maxTextChars');
    return true;
  });
  await rejects(Promise.resolve().then(() => resolveLimits({ maxPages: 0 })), /maxPages must be a positive integer, got 0/);
});
