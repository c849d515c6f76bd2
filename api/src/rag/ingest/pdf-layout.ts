/** A line of a PDF page as pdf.js lays it out: text and the baseline's y (PDF units, growing upwards). */
export interface PdfLine {
  text: string;
  y: number;
  /** The tallest glyph run on the line (font size, roughly); 0 when unknown. */
  height: number;
}

/** The subset of pdf.js's TextItem / TextMarkedContent that line assembly reads. */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** Joins pdf.js text items into lines, using the items' end-of-line flags. */
export function itemsToLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let y: number | undefined;
  let height = 0;
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) lines.push({ text: clean, y: y ?? 0, height });
    text = '';
    y = undefined;
    height = 0;
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    if (item.str.trim()) {
      y ??= item.transform?.[5];
      height = Math.max(height, item.height ?? 0);
    }
    text += item.str;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

const PAGE_NUMBER = /^(page\s+)?(\d{1,4}|[ivxlcdm]{1,7})(\s+of\s+\d{1,4})?$/i;

/** A key under which running headers and footers repeat from page to page (digits vary: page numbers). */
const marginKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#');

/**
 * Drops running headers and footers: page numbers, and lines among the first or last three of a page that recur
 * on at least 40% of the pages (at least 3). They would otherwise repeat inside every chunk. The most frequent
 * recurring line with words in it is returned as `runningHeader`: often the document's short title.
 */
export function stripMargins(pages: PdfLine[][]): { pages: PdfLine[][]; runningHeader?: string } {
  const margin = (lines: PdfLine[]) => (lines.length <= 6 ? lines : [...lines.slice(0, 3), ...lines.slice(-3)]);
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(margin(lines).map((l) => marginKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.4));
  let runningHeader: { text: string; count: number } | undefined;
  const stripped = pages.map((lines) => {
    const edge = new Set(margin(lines));
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      const count = counts.get(marginKey(line.text)) ?? 0;
      if (count < threshold) return true;
      if (/[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/.test(line.text) && !/\d{4}$/.test(line.text) && count > (runningHeader?.count ?? 0)) {
        runningHeader = { text: line.text, count };
      }
      return false;
    });
  });
  return { pages: stripped, ...(runningHeader ? { runningHeader: runningHeader.text } : {}) };
}

/**
 * A numbered heading on a line of its own: `3. Handling an Incident`, `3.1.1 Preparing to Handle Incidents`,
 * `Appendix B— Glossary`, `D.2 Tools`. Table-of-contents lines (dot leaders, trailing page numbers) are not.
 */
const HEADING = /^(?:(?:\d{1,2}\.)+\d{0,2}|[IVX]{1,5}\.|[A-H]\.\d{1,2}(?:\.\d{1,2})*|Appendix [A-Z][.:—–-]?)\s+[A-Z(][^]{1,100}$/;

export function isHeading(text: string): boolean {
  if (!HEADING.test(text)) return false;
  if (/\.{3,}|…|\s\d+$/.test(text) || /[.,;:?]$/.test(text)) return false;
  return text.split(' ').length <= 10;
}

export interface PdfBlock {
  text: string;
  heading: boolean;
}

/** The q-quantile of the positive values; 0 when there are none. */
const quantile = (values: number[], q: number) => {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) * q)]! : 0;
};

/**
 * Groups a page's lines into paragraphs: a vertical gap clearly wider than the page's usual line spacing, a jump
 * upwards (a new column) or a heading starts a new one. A heading stands apart from the line after it and is set
 * no smaller than the page's body text, which tells it from a numbered footnote or reference.
 */
export function linesToBlocks(lines: readonly PdfLine[]): PdfBlock[] {
  const bodyHeight = quantile(lines.map((l) => l.height), 0.5);
  // Line spacing: a low quantile of the gaps, since pages of short paragraphs have as many paragraph gaps as line
  // gaps; gaps under half a line (sub- and superscripts) do not count.
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const spacing = quantile(gaps.filter((g) => g >= bodyHeight * 0.5), 0.25);
  const blocks: PdfBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: joinLines(current), heading: false });
    current = [];
  };
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const standsAlone = !next || spacing === 0 || line.y - next.y > spacing * 1.3 || line.y - next.y <= 0;
    if (isHeading(line.text) && standsAlone && line.height >= bodyHeight * 0.88) {
      flush();
      blocks.push({ text: line.text, heading: true });
      return;
    }
    const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
    if (i > 0 && (gap <= 0 || (spacing > 0 && gap > spacing * 1.5))) flush();
    current.push(line.text);
  });
  flush();
  return blocks;
}

/** Joins wrapped lines with a space; a line ending in a hyphen joins the next without one. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/[A-Za-z]-$/.test(out)) out += line;
    else out += ' ' + line;
  }
  return out;
}
