import { badInput } from '@vigil/ml/errors';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

/** True when the bytes look like binary data (a NUL in the first 8 KiB), which no text format holds. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes text bytes: UTF-8 (a BOM is dropped), else Windows-1252, the usual encoding of legacy HTML and text
 * files. Binary data is refused.
 */
export function decodeText(bytes: Uint8Array, what: string): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (looksBinary(bytes)) throw badInput(`${what} is binary data, not text`);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}

/** Collapses runs of spaces and tabs, trims lines, and keeps at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t\f\v ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
