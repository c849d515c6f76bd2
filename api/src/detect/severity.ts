export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

export const severityRank = (s: Severity): number => severities.indexOf(s);

/** Base severity of a category at high confidence; one level lower below P(attack) 0.9. */
const BASE: Readonly<Record<string, number>> = { U2R: 3, R2L: 2, DoS: 2, Probe: 1, attack: 1 };

/**
 * Severity from the attack category and P(attack): privilege escalation (U2R) is critical, remote access (R2L)
 * and denial of service high, reconnaissance (Probe) medium; each drops one level when P(attack) < 0.9.
 */
export function severityOf(category: string, pAttack: number): Severity {
  const base = BASE[category] ?? 1;
  return severities[Math.max(0, base - (pAttack >= 0.9 ? 0 : 1))]!;
}
