import { badInput } from '@vigil/ml/errors';
import type { DocumentFormat, DocumentInput } from './parsed-document.js';
import { looksBinary } from './text-decoding.js';

const BY_MEDIA_TYPE: Record<string, DocumentFormat | 'json'> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/stix+json': 'stix',
  'application/vnd.oasis.stix+json': 'stix',
  'application/json': 'json',
};

const BY_EXTENSION: Record<string, DocumentFormat | 'json'> = {
  pdf: 'pdf',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  log: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  stix: 'stix',
};

const SUPPORTED = 'PDF, Markdown, plain text, HTML or a STIX 2.x JSON bundle';

/** Generic declarations that say nothing about the content. */
const UNINFORMATIVE = new Set(['application/octet-stream', 'binary/octet-stream', '']);

/**
 * Decides the format from the bytes (magic numbers win: a file starting with `%PDF-` is a PDF), then the declared
 * media type, then the file extension, then the content itself. Anything else is a BAD_USER_INPUT.
 */
export function detectFormat(input: DocumentInput): DocumentFormat {
  const { bytes } = input;
  if (startsWithPdfMagic(bytes)) return 'pdf';
  const declared = declaredFormat(input);
  if (declared === 'json') {
    if (looksLikeStixBundle(bytes)) return 'stix';
    throw badInput(`${describe(input)} is JSON but not a STIX bundle (expected {"type": "bundle", "objects": [...]}); supported: ${SUPPORTED}`);
  }
  if (declared) return declared;
  if (declared === null) throw badInput(`${describe(input)} has an unsupported format; supported: ${SUPPORTED}`);
  if (bytes.length === 0) throw badInput(`${describe(input)} is empty`);
  if (looksBinary(bytes)) throw badInput(`${describe(input)} is binary data of an unknown format; supported: ${SUPPORTED}`);
  return sniffText(bytes);
}

/** A format, `null` for a declared but unsupported one, `undefined` when nothing useful was declared. */
function declaredFormat(input: DocumentInput): DocumentFormat | 'json' | null | undefined {
  const mediaType = input.mediaType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!UNINFORMATIVE.has(mediaType)) return BY_MEDIA_TYPE[mediaType] ?? null;
  const name = input.filename?.split(/[?#]/)[0] ?? '';
  const match = /\.([a-z0-9]+)$/i.exec(name);
  if (!match?.[1]) return undefined;
  return BY_EXTENSION[match[1].toLowerCase()] ?? null;
}

export function startsWithPdfMagic(bytes: Uint8Array): boolean {
  // The PDF spec allows junk before the header; readers accept it within the first 1 KiB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function looksLikeStixBundle(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('utf8').trimStart();
  return head.startsWith('{') && /"type"\s*:\s*"bundle"/.test(head);
}

function sniffText(bytes: Uint8Array): DocumentFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    if (looksLikeStixBundle(bytes)) return 'stix';
    throw badInput(`the input is JSON but not a STIX bundle; supported: ${SUPPORTED}`);
  }
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^#{1,6} \S/m.test(head) || /^(```|~~~)/m.test(head)) return 'markdown';
  return 'text';
}

function describe(input: DocumentInput): string {
  return input.filename ? `'${input.filename}'` : 'the input';
}
