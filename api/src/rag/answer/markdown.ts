/**
 * Quoted document text goes out as Markdown that can never render as HTML, a link or an image, and can never
 * fake one of our citation markers: angle brackets become entities, square brackets are backslash-escaped,
 * and line breaks collapse so a quote cannot open a heading, list or block quote.
 */
export function quoteAsMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    // Source formatting that would otherwise come out escaped and unreadable: ATT&CK writes Markdown links and
    // <code> spans, NIST bibliographic references look like our markers.
    .replace(/<code>([^<`]*)<\/code>/gi, '`$1`')
    .replace(/\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[[\]]/g, (b) => '\\' + b);
}

/**
 * Model output is Markdown already; the only thing removed is the way into raw HTML. Stateless per character,
 * so it is safe to apply token by token while streaming.
 */
export const neutraliseHtml = (text: string): string => text.replace(/</g, '&lt;');
