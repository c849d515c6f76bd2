import { badInput } from '@vigil/ml/errors';
import { attackDocuments } from './attack-documents.js';
import { contentHash } from './content-hash.js';
import { checkBytes, type IngestLimits, TextBudget } from './ingest-limits.js';
import type { ParsedDocument, ParsedSection } from './parsed-document.js';
import { parseBundle } from './stix-bundle.js';
import { genericStixDocuments } from './stix-documents.js';

export const STIX_MEDIA_TYPE = 'application/stix+json';

/**
 * A STIX 2.x bundle becomes many documents: one per ATT&CK technique, sub-technique, tactic, group, software and
 * mitigation, and one per other named domain object. Each document's contentHash is the sha256 of its own
 * content (title and sections), so re-ingesting an updated bundle changes exactly the documents that changed;
 * `metadata.bundleHash` is the hash of the file.
 */
export function parseStix(bytes: Uint8Array, limits: IngestLimits, filename?: string): ParsedDocument[] {
  const what = filename ? `STIX bundle '${filename}'` : 'the STIX bundle';
  checkBytes(bytes.length, limits, what);
  const bundleHash = contentHash(bytes);
  const { objects, specVersion } = parseBundle(bytes, what);
  const budget = new TextBudget(limits, what);
  const common = { bundleHash, ...(filename ? { filename } : {}), ...(specVersion ? { stixSpecVersion: specVersion } : {}) };

  const documents: ParsedDocument[] = [];
  for (const draft of attackDocuments(objects)) {
    budget.spend(textLength(draft.sections));
    const { attack } = draft;
    documents.push(
      stixDocument(draft.title, draft.sections, {
        ...common,
        stixId: draft.stixId,
        attackId: attack.id,
        attackType: attack.type,
        tactics: attack.tactics,
        platforms: attack.platforms,
        ...(attack.url ? { url: attack.url } : {}),
      }),
    );
  }
  for (const draft of genericStixDocuments(objects)) {
    budget.spend(textLength(draft.sections));
    documents.push(stixDocument(draft.title, draft.sections, { ...common, stixId: draft.stixId, stixType: draft.stixType }));
  }
  if (documents.length === 0) throw badInput(`${what} holds no named, active STIX objects with text (${objects.length} objects)`);
  return documents;
}

function stixDocument(title: string, sections: ParsedSection[], metadata: ParsedDocument['metadata']): ParsedDocument {
  return { title, mediaType: STIX_MEDIA_TYPE, contentHash: contentHash(JSON.stringify({ title, sections })), sections, metadata };
}

const textLength = (sections: readonly ParsedSection[]) => sections.reduce((sum, s) => sum + s.text.length, 0);
