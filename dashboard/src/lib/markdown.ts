import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

// Raw HTML in the Markdown is shown as text (html: false); DOMPurify is the second wall for what markdown-it emits.
const md = new MarkdownIt({ html: false, linkify: false, breaks: false });

export function renderMarkdown(text: string): string {
  return DOMPurify.sanitize(md.render(text), { USE_PROFILES: { html: true }, FORBID_ATTR: ['style'] });
}
