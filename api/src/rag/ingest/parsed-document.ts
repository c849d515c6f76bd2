/** The formats ingestion understands. `stix` covers STIX 2.x bundles, MITRE ATT&CK among them. */
export type DocumentFormat = 'pdf' | 'markdown' | 'text' | 'html' | 'stix';

/** What an ATT&CK object is, in ATT&CK's own words. */
export type AttackObjectType = 'technique' | 'sub-technique' | 'tactic' | 'group' | 'software' | 'mitigation';

/** The ATT&CK facts a section (and every chunk cut from it) carries. */
export interface AttackRef {
  /** The ATT&CK ID, e.g. `T1059`, `T1059.001`, `TA0002`, `G0016`, `S0154`, `M1038`. */
  id: string;
  name: string;
  /** Tactic short names from `kill_chain_phases` (e.g. `execution`); empty for non-techniques. */
  tactics: string[];
  platforms: string[];
  url?: string;
  type: AttackObjectType;
}

/**
 * A run of text under one heading on one page. `text` is plain text (never HTML or Markdown markup), with
 * paragraphs separated by a blank line so the chunker can follow them.
 */
export interface ParsedSection {
  text: string;
  /** 1-based page number (PDF only). */
  page?: number;
  heading?: string;
  attack?: AttackRef;
}

export interface ParsedDocument {
  title: string;
  /** The media type of the source, e.g. `application/pdf`, `text/markdown`, `application/stix+json`. */
  mediaType: string;
  /**
   * sha256 (hex) of the bytes this document was made from: the whole file, or for a STIX object, its JSON as it
   * stood in the bundle. Identical input gives an identical hash, so ingestion can be idempotent on it.
   */
  contentHash: string;
  /** Page count (PDF only). */
  pages?: number;
  sections: ParsedSection[];
  metadata: Record<string, string | number | boolean | string[]>;
}

/** One input to ingestion: the bytes, plus whatever the caller knows about them. */
export interface DocumentInput {
  bytes: Uint8Array;
  /** File name or URL path, used for format detection (extension) and as a fallback title. */
  filename?: string;
  /** Declared media type (e.g. an upload's Content-Type); parameters such as `; charset=` are ignored. */
  mediaType?: string;
}
