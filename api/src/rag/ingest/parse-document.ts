import { detectFormat } from './detect-format.js';
import { type IngestLimits, resolveLimits } from './ingest-limits.js';
import { parseHtml } from './html-parser.js';
import { parseMarkdown } from './markdown-parser.js';
import type { DocumentFormat, DocumentInput, ParsedDocument } from './parsed-document.js';
import { parsePdf } from './pdf-parser.js';
import { parseStix } from './stix-parser.js';
import { parseText } from './text-parser.js';

/**
 * Parses one input into documents: exactly one for PDF, Markdown, text and HTML; one per object for a STIX bundle.
 * Unknown formats, malformed input and breached limits are BAD_USER_INPUT errors, and nothing partial is returned.
 */
export async function parseDocuments(input: DocumentInput, limits: Partial<IngestLimits> = {}): Promise<{ format: DocumentFormat; documents: ParsedDocument[] }> {
  const resolved = resolveLimits(limits);
  const format = detectFormat(input);
  const { bytes, filename } = input;
  switch (format) {
    case 'pdf':
      return { format, documents: [await parsePdf(bytes, resolved, filename)] };
    case 'markdown':
      return { format, documents: [parseMarkdown(bytes, resolved, filename)] };
    case 'text':
      return { format, documents: [parseText(bytes, resolved, filename)] };
    case 'html':
      return { format, documents: [parseHtml(bytes, resolved, filename)] };
    case 'stix':
      return { format, documents: parseStix(bytes, resolved, filename) };
    default: {
      const unreachable: never = format;
      throw new Error(`unhandled format ${String(unreachable)}`);
    }
  }
}
