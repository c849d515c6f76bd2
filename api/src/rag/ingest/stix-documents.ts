import type { ParsedSection } from './parsed-document.js';
import { cleanDescription, isActive, mitreReference, type StixObject } from './stix-bundle.js';

/** STIX domain objects that carry knowledge worth a document of their own. */
const KNOWLEDGE_TYPES = new Set([
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'incident', 'indicator', 'infrastructure', 'intrusion-set',
  'malware', 'malware-analysis', 'note', 'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
]);

export interface StixDocumentDraft {
  title: string;
  sections: ParsedSection[];
  stixId: string;
  stixType: string;
}

/**
 * One document per named STIX domain object that is not an ATT&CK object (those get {@link attackDocuments}):
 * its name, type, aliases, labels, description and, for indicators, the pattern.
 */
export function genericStixDocuments(objects: readonly StixObject[]): StixDocumentDraft[] {
  const drafts: StixDocumentDraft[] = [];
  for (const o of objects) {
    if (!KNOWLEDGE_TYPES.has(o.type) || !isActive(o) || mitreReference(o)) continue;
    const title = o.name?.trim() || (o.type === 'note' || o.type === 'opinion' ? `${o.type} ${o.id}` : '');
    const description = cleanDescription(o.description);
    if (!title || (!description && !o.pattern)) continue;
    const facts = [`${title} (STIX ${o.type}).`];
    const aliases = (o.aliases ?? []).filter((a) => a !== o.name);
    if (aliases.length) facts.push(`Also known as: ${aliases.join(', ')}.`);
    if (o.labels?.length) facts.push(`Labels: ${o.labels.join(', ')}.`);
    const external = o.external_references?.find((r) => r.external_id);
    if (external?.external_id) facts.push(`${external.source_name}: ${external.external_id}.`);
    const paragraphs = [facts.join(' '), description, o.pattern ? `Pattern: ${o.pattern}` : ''].filter(Boolean);
    drafts.push({ title, sections: [{ heading: title, text: paragraphs.join('\n\n') }], stixId: o.id, stixType: o.type });
  }
  return drafts;
}
