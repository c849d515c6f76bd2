import { badInput } from '@vigil/ml/errors';

/** The fields of a STIX 2.x object that ingestion reads; everything else is ignored. */
export interface StixObject {
  type: string;
  id: string;
  name?: string;
  description?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  x_mitre_is_subtechnique?: boolean;
  x_mitre_platforms?: string[];
  x_mitre_shortname?: string;
  x_mitre_aliases?: string[];
  aliases?: string[];
  labels?: string[];
  pattern?: string;
  kill_chain_phases?: { kill_chain_name: string; phase_name: string }[];
  external_references?: { source_name: string; external_id?: string; url?: string }[];
  relationship_type?: string;
  source_ref?: string;
  target_ref?: string;
}

/**
 * Parses a STIX 2.x bundle. The whole file is read in one `JSON.parse` (about 0.3 s for ATT&CK Enterprise's
 * 33 MB, faster than any streaming tokenizer in JavaScript), then only the fields above are used.
 */
export function parseBundle(bytes: Uint8Array, what: string): { objects: StixObject[]; specVersion?: string } {
  let bundle: unknown;
  try {
    bundle = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  } catch (error) {
    throw badInput(`${what} is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(bundle) || bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) {
    throw badInput(`${what} is not a STIX bundle: expected {"type": "bundle", "objects": [...]}`);
  }
  const objects = bundle.objects.filter(
    (o): o is StixObject => isRecord(o) && typeof o.type === 'string' && typeof o.id === 'string',
  );
  return { objects, ...(typeof bundle.spec_version === 'string' ? { specVersion: bundle.spec_version } : {}) };
}

/** Revoked and deprecated objects (and relationships) are history, not knowledge: they are skipped. */
export const isActive = (o: StixObject) => o.revoked !== true && o.x_mitre_deprecated !== true;

export function mitreReference(o: StixObject): { id: string; url?: string } | undefined {
  const ref = o.external_references?.find((r) => r.source_name === 'mitre-attack' && r.external_id);
  return ref?.external_id ? { id: ref.external_id, ...(ref.url ? { url: ref.url } : {}) } : undefined;
}

/**
 * ATT&CK descriptions are Markdown-ish with citation markers: `(Citation: Name)` and link syntax go, `<code>` tags
 * become plain text, and paragraphs stay separated by blank lines.
 */
export function cleanDescription(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/\(Citation:[^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:https?:\/\/|\/)[^)]*\)/g, '$1')
    .replace(/<\/?(?:code|b|i|em|strong|sup|sub|p|br)\s*\/?>/gi, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([.,;:])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
