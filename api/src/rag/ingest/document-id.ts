import type { ParsedDocument } from './parsed-document.js';

/**
 * A stable id for a parsed document. A STIX object keeps its STIX id across bundle versions (its content hash
 * tells whether it changed); any other document is identified by its content, so the same file ingested twice
 * is the same document.
 */
export function documentIdFor(doc: ParsedDocument): string {
  const stixId = doc.metadata.stixId;
  if (typeof stixId === 'string' && stixId) return stixId;
  return `doc-${doc.contentHash.slice(0, 32)}`;
}
