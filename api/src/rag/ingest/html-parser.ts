import { badInput } from '@vigil/ml/errors';
import { contentHash } from './content-hash.js';
import { walkHtml } from './html-text.js';
import { checkBytes, type IngestLimits, TextBudget } from './ingest-limits.js';
import type { ParsedDocument } from './parsed-document.js';
import { SectionBuilder } from './section-builder.js';
import { decodeText } from './text-decoding.js';

/** HTML to plain-text sections: each h1–h6 starts one; scripts, styles and navigation are dropped. */
export function parseHtml(bytes: Uint8Array, limits: IngestLimits, filename?: string): ParsedDocument {
  const what = filename ? `HTML file '${filename}'` : 'the HTML document';
  checkBytes(bytes.length, limits, what);
  const { text: html, encoding } = decodeText(bytes, what);
  const budget = new TextBudget(limits, what);
  const builder = new SectionBuilder();
  let title: string | undefined;
  let firstHeading: string | undefined;
  walkHtml(html, {
    heading(text) {
      budget.spend(text.length);
      firstHeading ??= text;
      builder.startSection(text);
    },
    paragraph(text) {
      budget.spend(text.length);
      builder.addParagraph(text);
    },
    title(text) {
      title = text;
    },
  });
  if (!builder.hasBody()) throw badInput(`${what} has no visible text`);
  return {
    title: title ?? firstHeading ?? filename?.replace(/^.*\//, '') ?? 'Untitled page',
    mediaType: 'text/html',
    contentHash: contentHash(bytes),
    sections: builder.finish(),
    metadata: { ...(filename ? { filename } : {}), encoding, textChars: budget.chars },
  };
}
