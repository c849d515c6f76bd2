import type { Table } from '../tables/index.js';

/**
 * Integer columns with few distinct values (flags and small counts) are modelled as categories (multinomial
 * diffusion, as TabDDPM does for discrete columns) and turned back into numbers after sampling, so their rare
 * values keep their frequency and the synthetic column spans the real range.
 */
export const LOW_CARDINALITY = 32;

export function discreteAsCategorical(t: Table): { table: Table; converted: string[] } {
  let out = t;
  const converted: string[] = [];
  for (const spec of t.columns) {
    if (spec.kind !== 'numeric') continue;
    const values = t.numeric(spec.name);
    const distinct = [...new Set(values)];
    if (distinct.length > LOW_CARDINALITY || !distinct.every(Number.isInteger)) continue;
    const levels = distinct.sort((a, b) => a - b);
    const codeOf = new Map(levels.map((v, i) => [v, i]));
    out = out.withColumn({ name: spec.name, kind: 'categorical' }, { type: 'categorical', codes: Int32Array.from(values, (v) => codeOf.get(v)!), levels: levels.map(String) });
    converted.push(spec.name);
  }
  return { table: out, converted };
}

export function backToNumeric(t: Table, names: readonly string[]): Table {
  let out = t;
  for (const name of names) {
    if (!t.has(name)) continue;
    const d = t.categorical(name);
    out = out.withColumn({ name, kind: 'numeric' }, { type: 'numeric', values: Float64Array.from(d.codes, (c) => Number(d.levels[c]!)) });
  }
  return out;
}
