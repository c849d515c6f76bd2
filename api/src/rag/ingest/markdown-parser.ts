import { badInput } from '@vigil/ml/errors';
import { Lexer, type Token, type Tokens } from 'marked';
import { contentHash } from './content-hash.js';
import { htmlToPlainText } from './html-text.js';
import { checkBytes, type IngestLimits, TextBudget } from './ingest-limits.js';
import type { ParsedDocument } from './parsed-document.js';
import { SectionBuilder } from './section-builder.js';
import { decodeText } from './text-decoding.js';

/** Markdown to plain-text sections: every heading starts one. Markup, links' URLs and inline HTML are dropped. */
export function parseMarkdown(bytes: Uint8Array, limits: IngestLimits, filename?: string): ParsedDocument {
  const what = filename ? `Markdown file '${filename}'` : 'the Markdown document';
  checkBytes(bytes.length, limits, what);
  const { text, encoding } = decodeText(bytes, what);
  const budget = new TextBudget(limits, what);
  budget.spend(text.length);
  const builder = new SectionBuilder();
  let h1: string | undefined;
  let firstHeading: string | undefined;
  for (const token of new Lexer({ gfm: true }).lex(text)) {
    if (token.type === 'heading') {
      const heading = inline((token as Tokens.Heading).tokens);
      if (!heading) continue;
      firstHeading ??= heading;
      if ((token as Tokens.Heading).depth === 1) h1 ??= heading;
      builder.startSection(heading);
    } else {
      builder.addParagraph(block(token));
    }
  }
  if (!builder.hasBody()) throw badInput(`${what} has no text`);
  const sections = builder.finish();
  return {
    title: h1 ?? firstHeading ?? firstLine(sections[0]?.text) ?? filename?.replace(/^.*\//, '') ?? 'Untitled document',
    mediaType: 'text/markdown',
    contentHash: contentHash(bytes),
    sections,
    metadata: { ...(filename ? { filename } : {}), encoding, textChars: budget.chars },
  };
}

/** A block token as plain text; paragraphs inside it are separated by blank lines. */
function block(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : plain(token.text);
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map(block).filter(Boolean).join('\n\n');
    case 'list':
      return (token as Tokens.List).items.map((item) => '- ' + item.tokens.map(block).filter(Boolean).join(' ')).join('\n');
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html':
      return htmlToPlainText((token as Tokens.HTML).text);
    case 'heading':
      return inline((token as Tokens.Heading).tokens);
    default:
      // space, hr, def: no text.
      return '';
  }
}

/** Inline tokens as plain text: emphasis and links keep their words, images their alt text. */
function inline(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inline((token as Tokens.Strong).tokens);
        break;
      case 'image':
        out += (token as Tokens.Image).text;
        break;
      case 'codespan':
        out += plain((token as Tokens.Codespan).text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += htmlToPlainText((token as Tokens.HTML).text);
        break;
      default:
        out += 'tokens' in token && token.tokens ? inline(token.tokens) : plain('text' in token ? String(token.text) : '');
    }
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** Text as marked leaves it still carries HTML entities (`&amp;`): decode them. */
function plain(text: string): string {
  return text.includes('&') ? text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (entity) => htmlToPlainText(entity) || entity) : text;
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n')[0]?.slice(0, 120) || undefined;
}
