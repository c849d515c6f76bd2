import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHeading, itemsToLines, linesToBlocks, type PdfLine, stripMargins } from '../../../src/rag/ingest/pdf-layout.js';

const line = (text: string, y: number, height = 11): PdfLine => ({ text, y, height });

test('items join into lines at end-of-line flags, with the first glyph run\'s baseline and the tallest height', () => {
  const lines = itemsToLines([
    { str: 'C', transform: [9, 0, 0, 9, 72, 700], height: 9, hasEOL: false },
    { str: 'OMPUTER  SECURITY', transform: [7, 0, 0, 7, 80, 700], height: 7, hasEOL: true },
    {},
    { str: '   ', hasEOL: true },
    { str: 'Body text', transform: [11, 0, 0, 11, 72, 680], height: 11 },
  ]);
  assert.deepEqual(lines, [line('COMPUTER SECURITY', 700, 9), line('Body text', 680, 11)]);
});

test('numbered headings are recognised; table-of-contents lines, sentences and long lines are not', () => {
  for (const h of ['3. Handling an Incident', 'IV. Network Security Types', '3.1.1 Preparing to Handle Incidents', '3.1. CSF Profiles', 'Appendix B— Glossary', 'D.2 Tools', '1.0 Framework Introduction']) {
    assert.ok(isHeading(h), h);
  }
  for (const h of ['3.1 Preparation ........ 21', '3.2 Detection and Analysis 22', '12', 'The incident response process has several phases.', '7 International Organization for Standardization', '1. A Current Profile specifies the Core outcomes that an organization is currently achieving', 'What should be reported?']) {
    assert.ok(!isHeading(h), h);
  }
});

test('paragraphs split at wide gaps; headings split only when they stand apart in body-sized type', () => {
  const blocks = linesToBlocks([
    line('3.1 Preparation', 700),
    line('First paragraph starts here and', 676),
    line('continues on a second line.', 663),
    line('Second para-', 638),
    line('graph after a wide gap.', 625),
    line('1. National Institute of Standards and Technology Federal', 600),
    line('Information Processing Standards Publication 199.', 587),
    line('2.1 Footnote in small type', 560, 7),
  ]);
  assert.deepEqual(blocks, [
    { text: '3.1 Preparation', heading: true },
    { text: 'First paragraph starts here and continues on a second line.', heading: false },
    { text: 'Second para-graph after a wide gap.', heading: false },
    { text: '1. National Institute of Standards and Technology Federal Information Processing Standards Publication 199.', heading: false },
    { text: '2.1 Footnote in small type', heading: false },
  ]);
});

test('running headers, footers and page numbers are stripped, body text is kept, the header is reported', () => {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
  const body = (n: number) => [
    `Logs of ${words[n]} hosts are reviewed daily.`,
    `Alerts from ${words[n]} go to the SOC.`,
    'Retention follows the policy.',
    `The ${words[n]} team owns them.`,
    `Reviews of ${words[n]} happen weekly.`,
  ];
  const page = (n: number) => [
    line('GUIDE TO LOG MANAGEMENT', 750),
    ...body(n).map((text, i) => line(text, 700 - 13 * i)),
    line(`Page ${n + 1} of 5`, 40),
  ];
  const { pages: stripped, runningHeader } = stripMargins([0, 1, 2, 3, 4].map(page));
  assert.equal(runningHeader, 'GUIDE TO LOG MANAGEMENT');
  // A body line that recurs away from the page's edges stays.
  assert.deepEqual(stripped[2]!.map((l) => l.text), body(2));
  // On a single page nothing recurs: only the page number goes.
  assert.deepEqual(stripMargins([page(0)]).pages[0]!.map((l) => l.text), ['GUIDE TO LOG MANAGEMENT', ...body(0)]);
});
