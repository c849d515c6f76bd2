import { badInput, VigilError } from '@vigil/ml/errors';
import { getDocumentProxy, getMeta } from 'unpdf';
import { contentHash } from './content-hash.js';
import { checkBytes, checkPages, type IngestLimits, TextBudget } from './ingest-limits.js';
import type { ParsedDocument, ParsedSection } from './parsed-document.js';
import { itemsToLines, linesToBlocks, type PdfLine, type PdfTextItem, stripMargins } from './pdf-layout.js';

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * Extracts a PDF's text page by page (pages keep their numbers), as sections split at numbered headings, with
 * running headers, footers and page numbers removed. Malformed, truncated, encrypted and text-less PDFs are a
 * BAD_USER_INPUT, and so is any breach of the limits: nothing partial is returned.
 */
export async function parsePdf(bytes: Uint8Array, limits: IngestLimits, filename?: string): Promise<ParsedDocument> {
  const what = filename ? `PDF '${filename}'` : 'the PDF';
  checkBytes(bytes.length, limits, what);
  const hash = contentHash(bytes);
  if (!hasEndMarker(bytes)) throw badInput(`${what} is truncated or malformed: it has no %%EOF end marker. Upload the complete file.`);

  const pdf = await open(bytes, what);
  try {
    checkPages(pdf.numPages, limits, what);
    const budget = new TextBudget(limits, what);
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const lines = await pageLines(pdf, n, what);
      budget.spend(lines.reduce((sum, l) => sum + l.text.length + 1, 0));
      pages.push(lines);
    }
    const margins = stripMargins(pages);
    const sections = toSections(margins.pages);
    if (sections.length === 0) {
      throw badInput(`${what} has no extractable text (${pdf.numPages} pages): it may be scanned images. Run OCR on it first, or upload a text version.`);
    }
    const info = await metadata(pdf);
    return {
      title: chooseTitle(info.Title, margins.runningHeader, sections, filename),
      mediaType: 'application/pdf',
      contentHash: hash,
      pages: pdf.numPages,
      sections,
      metadata: {
        ...(filename ? { filename } : {}),
        ...(typeof info.Author === 'string' && info.Author ? { author: info.Author } : {}),
        ...(typeof info.Keywords === 'string' && info.Keywords ? { keywords: info.Keywords } : {}),
        textChars: budget.chars,
      },
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Readers accept junk after `%%EOF`; a file without one in its last 2 KiB was cut short. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 2048), Math.min(bytes.length, 2048));
  return tail.toString('latin1').includes('%%EOF');
}

async function open(bytes: Uint8Array, what: string): Promise<PdfProxy> {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0, stopAtErrors: true });
  } catch (error) {
    throw pdfError(error, what);
  }
}

async function pageLines(pdf: PdfProxy, n: number, what: string): Promise<PdfLine[]> {
  try {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    return itemsToLines(content.items as PdfTextItem[]);
  } catch (error) {
    throw pdfError(error, `${what}, page ${n},`);
  }
}

function pdfError(error: unknown, what: string): VigilError {
  if (error instanceof VigilError) return error;
  const name = (error as { name?: string }).name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return badInput(`${what} is encrypted (password-protected); remove the password and upload it again`, { reason: 'encrypted' });
  }
  return badInput(`${what} is not a valid PDF (${detail}); check that the file is complete and really a PDF`, { reason: 'malformed' });
}

function toSections(pages: PdfLine[][]): ParsedSection[] {
  const sections: ParsedSection[] = [];
  let heading: string | undefined;
  pages.forEach((lines, index) => {
    const page = index + 1;
    let paragraphs: string[] = [];
    const flush = () => {
      if (paragraphs.length) sections.push({ text: paragraphs.join('\n\n'), page, ...(heading ? { heading } : {}) });
      paragraphs = [];
    };
    for (const block of linesToBlocks(lines)) {
      if (block.heading) {
        flush();
        heading = block.text;
      }
      paragraphs.push(block.text);
    }
    flush();
  });
  return sections;
}

async function metadata(pdf: PdfProxy): Promise<Record<string, unknown>> {
  try {
    return (await getMeta(pdf)).info ?? {};
  } catch {
    return {};
  }
}

/** The PDF's Title entry, else its running header, else the file name, else its first line. */
function chooseTitle(infoTitle: unknown, runningHeader: string | undefined, sections: readonly ParsedSection[], filename?: string): string {
  const title = typeof infoTitle === 'string' ? infoTitle.trim() : '';
  if (title && !/^(untitled|microsoft word - .*|.*\.(docx?|pdf))$/i.test(title)) return title;
  if (runningHeader) return runningHeader;
  if (filename) return filename.replace(/^.*\//, '').replace(/\.pdf$/i, '');
  return sections[0]?.text.split('\n')[0]?.slice(0, 120) ?? 'Untitled PDF';
}
