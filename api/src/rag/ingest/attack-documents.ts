import type { AttackObjectType, AttackRef, ParsedSection } from './parsed-document.js';
import { cleanDescription, isActive, mitreReference, type StixObject } from './stix-bundle.js';

/** A document made from one ATT&CK object, before it is hashed. */
export interface AttackDocumentDraft {
  title: string;
  sections: ParsedSection[];
  attack: AttackRef;
  stixId: string;
}

const KIND_LABEL: Record<AttackObjectType, string> = {
  technique: 'technique',
  'sub-technique': 'sub-technique',
  tactic: 'tactic',
  group: 'group',
  software: 'software',
  mitigation: 'mitigation',
};

export function attackKind(o: StixObject): AttackObjectType | undefined {
  switch (o.type) {
    case 'attack-pattern':
      return o.x_mitre_is_subtechnique ? 'sub-technique' : 'technique';
    case 'x-mitre-tactic':
      return 'tactic';
    case 'intrusion-set':
      return 'group';
    case 'malware':
    case 'tool':
      return 'software';
    case 'course-of-action':
      return 'mitigation';
    default:
      return undefined;
  }
}

interface Link {
  other: StixObject;
  description?: string;
}

/** The relationships between active ATT&CK objects, indexed both ways. */
class AttackGraph {
  private readonly out = new Map<string, Link[]>();
  private readonly in = new Map<string, Link[]>();

  constructor(objects: readonly StixObject[], byId: ReadonlyMap<string, StixObject>) {
    for (const r of objects) {
      if (r.type !== 'relationship' || !isActive(r) || !r.source_ref || !r.target_ref) continue;
      const source = byId.get(r.source_ref);
      const target = byId.get(r.target_ref);
      if (!source || !target) continue;
      const description = cleanDescription(r.description) || undefined;
      push(this.out, `${r.relationship_type}:${source.id}`, { other: target, ...(description ? { description } : {}) });
      push(this.in, `${r.relationship_type}:${target.id}`, { other: source, ...(description ? { description } : {}) });
    }
  }

  targets(type: string, source: StixObject): Link[] {
    return this.out.get(`${type}:${source.id}`) ?? [];
  }

  sources(type: string, target: StixObject): Link[] {
    return this.in.get(`${type}:${target.id}`) ?? [];
  }
}

/**
 * One document per active technique, sub-technique, tactic, group, software and mitigation of an ATT&CK bundle.
 * Revoked and deprecated objects, and relationships touching them, are skipped. A technique's text names the
 * mitigations linked to it (`mitigates`), with ATT&CK IDs and how each applies, so questions about mitigating a
 * technique also find the technique's own document.
 */
export function attackDocuments(objects: readonly StixObject[]): AttackDocumentDraft[] {
  const byId = new Map<string, StixObject>();
  for (const o of objects) if (isActive(o) && o.type !== 'relationship') byId.set(o.id, o);
  const graph = new AttackGraph(objects, byId);
  const tacticNames = new Map<string, string>();
  for (const o of byId.values()) if (o.type === 'x-mitre-tactic' && o.x_mitre_shortname && o.name) tacticNames.set(o.x_mitre_shortname, o.name);

  const fullName = (o: StixObject): string => {
    if (o.type !== 'attack-pattern' || !o.x_mitre_is_subtechnique) return o.name ?? '';
    const parent = graph.targets('subtechnique-of', o)[0]?.other;
    return parent?.name ? `${parent.name}: ${o.name}` : (o.name ?? '');
  };
  const label = (o: StixObject) => `${mitreReference(o)?.id ?? ''} ${fullName(o)}`.trim();
  const listOf = (links: Link[], predicate: (o: StixObject) => boolean = () => true) =>
    links
      .filter((l) => predicate(l.other) && mitreReference(l.other))
      .sort((a, b) => compareIds(mitreReference(a.other)!.id, mitreReference(b.other)!.id));

  const drafts: AttackDocumentDraft[] = [];
  for (const o of byId.values()) {
    const kind = attackKind(o);
    const ref = mitreReference(o);
    if (!kind || !ref || !o.name) continue;
    const tactics = (o.kill_chain_phases ?? []).filter((p) => p.kill_chain_name === 'mitre-attack').map((p) => p.phase_name);
    const platforms = o.x_mitre_platforms ?? [];
    const attack: AttackRef = { id: ref.id, name: fullName(o), tactics, platforms, type: kind, ...(ref.url ? { url: ref.url } : {}) };
    const title = `${ref.id} ${attack.name}`;

    const facts: string[] = [`${title} (MITRE ATT&CK ${KIND_LABEL[kind]}${o.type === 'malware' || o.type === 'tool' ? `, ${o.type}` : ''}).`];
    if (kind === 'sub-technique') {
      const parent = graph.targets('subtechnique-of', o)[0]?.other;
      if (parent) facts.push(`Sub-technique of ${label(parent)}.`);
    }
    if (tactics.length) facts.push(`Tactics: ${tactics.map((t) => tacticNames.get(t) ?? t).join(', ')}.`);
    if (platforms.length) facts.push(`Platforms: ${platforms.join(', ')}.`);
    const aliases = (o.aliases ?? o.x_mitre_aliases ?? []).filter((a) => a !== o.name);
    if (aliases.length) facts.push(`Also known as: ${aliases.join(', ')}.`);
    if (ref.url) facts.push(`URL: ${ref.url}`);
    const description = cleanDescription(o.description);
    const sections: ParsedSection[] = [{ heading: title, text: [facts.join(' '), description].filter(Boolean).join('\n\n'), attack }];
    const list = (heading: string, intro: string, links: Link[], withDescription = false) => {
      if (!links.length) return;
      const lines = links.map((l) => `- ${label(l.other)}${withDescription && l.description ? `: ${l.description.replace(/\s*\n+\s*/g, ' ')}` : ''}`);
      sections.push({ heading, text: `${intro}\n\n${lines.join('\n')}`, attack });
    };

    switch (kind) {
      case 'technique':
      case 'sub-technique':
        list('Mitigations', `Mitigations of ${title} (how ${ref.id} is mitigated):`, listOf(graph.sources('mitigates', o)), true);
        list('Used by groups', `Groups known to use ${title}:`, listOf(graph.sources('uses', o), (s) => s.type === 'intrusion-set'));
        break;
      case 'mitigation':
        list('Techniques mitigated', `Techniques that ${title} mitigates:`, listOf(graph.targets('mitigates', o)));
        break;
      case 'group':
        list('Techniques used', `Techniques used by ${title}:`, listOf(graph.targets('uses', o), (t) => t.type === 'attack-pattern'));
        list('Software used', `Software used by ${title}:`, listOf(graph.targets('uses', o), (t) => t.type === 'malware' || t.type === 'tool'));
        break;
      case 'software':
        list('Techniques used', `Techniques used by ${title}:`, listOf(graph.targets('uses', o), (t) => t.type === 'attack-pattern'));
        break;
      case 'tactic': {
        const techniques = [...byId.values()].filter(
          (t) => t.type === 'attack-pattern' && !t.x_mitre_is_subtechnique && t.kill_chain_phases?.some((p) => p.phase_name === o.x_mitre_shortname),
        );
        list('Techniques', `Techniques of the ${o.name} tactic (${ref.id}):`, listOf(techniques.map((t) => ({ other: t }))));
        break;
      }
      default: {
        const unreachable: never = kind;
        throw new Error(`unhandled ATT&CK kind ${String(unreachable)}`);
      }
    }
    drafts.push({ title, sections, attack, stixId: o.id });
  }
  return drafts.sort((a, b) => compareIds(a.attack.id, b.attack.id));
}

/** Orders ATT&CK IDs naturally: T1059 < T1059.001 < T1059.010 < T1060. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
