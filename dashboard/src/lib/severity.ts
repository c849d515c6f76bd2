export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

const order: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

export const atLeast = (severity: Severity, minimum: Severity) => order[severity] >= order[minimum];

/** Newest first, without duplicates, at most `max`. */
export function mergeById<T extends { id: string }>(live: readonly T[], fetched: readonly T[], max: number): T[] {
  const seen = new Set<string>();
  return [...live, ...fetched].filter((item) => !seen.has(item.id) && seen.add(item.id)).slice(0, max);
}
