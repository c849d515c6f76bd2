import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'nav', 'head']);

/** Elements that end a paragraph (their text does not run into the next element's). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

const HEADINGS = /^h[1-6]$/;

export interface HtmlEvents {
  /** A heading element's text, once the element closes. */
  heading(text: string, level: number): void;
  /** A paragraph's text, once a block boundary ends it. */
  paragraph(text: string): void;
  title?(text: string): void;
}

/**
 * Streams HTML as plain text: entities decoded, tags dropped, script/style/navigation skipped, paragraphs and
 * headings reported as they end. Nothing of the markup reaches the output.
 */
export function walkHtml(html: string, events: HtmlEvents): void {
  let skipDepth = 0;
  let buffer = '';
  let headingLevel = 0;
  let inTitle = false;
  let title = '';
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const flush = () => {
    const text = clean(buffer);
    buffer = '';
    if (!/[^\s|-]/.test(text)) return;
    if (headingLevel) events.heading(text, headingLevel);
    else events.paragraph(text);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth) return;
        if (HEADINGS.test(name)) {
          flush();
          headingLevel = Number(name[1]);
        } else if (BLOCKS.has(name)) {
          flush();
          if (name === 'li') buffer = '- ';
        } else if (name === 'td' || name === 'th') buffer += ' | ';
      },
      ontext(text) {
        if (inTitle) title += text;
        if (!skipDepth) buffer += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (HEADINGS.test(name)) {
          flush();
          headingLevel = 0;
        } else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (clean(title)) events.title?.(clean(title));
}

/** The plain text of an HTML fragment (inline HTML in Markdown, entity-escaped text). */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  walkHtml(html, { heading: (t) => parts.push(t), paragraph: (t) => parts.push(t) });
  return parts.join('\n\n');
}
