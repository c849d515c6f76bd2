import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVigilError } from '@vigil/ml/errors';
import { parseDocuments } from '../../../src/rag/ingest/parse-document.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

test('Markdown: headings become sections, markup goes, text stays', async () => {
  const md = [
    '# Ransomware playbook',
    '',
    'Isolate **infected** hosts; see [the guide](https://example.org/guide) &amp; notify <em>legal</em>.',
    '',
    '## Containment',
    '',
    '- Disconnect the host',
    '- Preserve `memory` images',
    '',
    '```',
    'netsh advfirewall set allprofiles state on',
    '```',
    '',
    '## Recovery',
    '',
    '| Step | Owner |',
    '|------|-------|',
    '| Restore backups | IT |',
  ].join('\n');
  const { format, documents } = await parseDocuments({ bytes: bytes(md), filename: 'playbook.md' });
  assert.equal(format, 'markdown');
  const [doc] = documents;
  assert.equal(doc!.title, 'Ransomware playbook');
  assert.equal(doc!.mediaType, 'text/markdown');
  assert.deepEqual(doc!.sections.map((s) => s.heading), ['Ransomware playbook', 'Containment', 'Recovery']);
  assert.equal(doc!.sections[0]!.text, 'Ransomware playbook\n\nIsolate infected hosts; see the guide & notify legal.');
  assert.equal(doc!.sections[1]!.text, 'Containment\n\n- Disconnect the host\n- Preserve memory images\n\nnetsh advfirewall set allprofiles state on');
  assert.equal(doc!.sections[2]!.text, 'Recovery\n\nStep | Owner\nRestore backups | IT');
});

test('Markdown without headings: one section, titled by its first line', async () => {
  const { documents: [doc] } = await parseDocuments({ bytes: bytes('Rotate the *VPN* keys quarterly.\n\nLog every rotation.'), filename: 'keys.md' });
  assert.equal(doc!.title, 'Rotate the VPN keys quarterly.');
  assert.deepEqual(doc!.sections, [{ text: 'Rotate the VPN keys quarterly.\n\nLog every rotation.' }]);
});

test('HTML: scripts, styles and navigation are dropped, headings kept, the output is plain text', async () => {
  const html = `<!doctype html><html><head><title>Phishing triage</title><style>p{color:red}</style>
    <script>alert("x")</script></head><body><nav><a href="/">Home</a></nav>
    <h1>Phishing triage</h1><p>Check the <b>sender</b> &amp; headers.<br>Then the links.</p>
    <h2>Escalation</h2><ul><li>Call the SOC lead</li><li>Open a ticket</li></ul>
    <p onclick="evil()">Done &lt;script&gt; talk is text.</p></body></html>`;
  const { format, documents } = await parseDocuments({ bytes: bytes(html), mediaType: 'text/html; charset=utf-8' });
  assert.equal(format, 'html');
  const [doc] = documents;
  assert.equal(doc!.title, 'Phishing triage');
  assert.deepEqual(doc!.sections, [
    { heading: 'Phishing triage', text: 'Phishing triage\n\nCheck the sender & headers.\n\nThen the links.' },
    { heading: 'Escalation', text: 'Escalation\n\n- Call the SOC lead\n\n- Open a ticket\n\nDone <script> talk is text.' },
  ]);
  const all = doc!.sections.map((s) => s.text).join(' ');
  assert.doesNotMatch(all, /alert|color:red|Home|onclick|<b>|<p/);
});

test('plain text: one section, first short line as title, Windows-1252 bytes decoded', async () => {
  const { documents } = await parseDocuments({ bytes: bytes('Shift notes\r\n\r\nAll quiet.  Nothing   to report.\r\n'), filename: 'notes.txt' });
  assert.deepEqual(documents[0]!.sections, [{ text: 'Shift notes\n\nAll quiet. Nothing to report.' }]);
  assert.equal(documents[0]!.title, 'Shift notes');
  const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]); // "Café – ok" in Windows-1252
  const { documents: [doc] } = await parseDocuments({ bytes: latin, filename: 'legacy.txt' });
  assert.equal(doc!.sections[0]!.text, 'Café – ok');
  assert.equal(doc!.metadata.encoding, 'windows-1252');
});

test('empty or markup-only inputs are BAD_USER_INPUT, as are text limits', async () => {
  const bad = (input: Parameters<typeof parseDocuments>[0], message: RegExp, limits = {}) =>
    assert.rejects(parseDocuments(input, limits), (e: unknown) => isVigilError(e) && e.code === 'BAD_USER_INPUT' && message.test(e.message));
  await bad({ bytes: bytes('   \n\n  '), filename: 'empty.txt' }, /'empty.txt' is empty/);
  await bad({ bytes: bytes('<html><script>x()</script></html>'), filename: 'a.html' }, /has no visible text/);
  await bad({ bytes: bytes('# Only a heading\n'), filename: 'a.md' }, /has no text/);
  await bad({ bytes: bytes('x'.repeat(50)), filename: 'a.txt' }, /more than 10 characters of text.*maxTextChars/, { maxTextChars: 10 });
  await bad({ bytes: bytes('x'.repeat(50)), filename: 'a.md' }, /50 bytes, over the 20-byte limit \(maxBytes\)/, { maxBytes: 20 });
});
