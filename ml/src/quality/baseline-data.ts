import { type ColumnData, MISSING_CODE, Table } from '../tables/index.js';
import { type Random, randomInt } from './random.js';
import { categoricalValues, type Metadata } from './sdtypes.js';

/**
 * The random baseline of SDMetrics' DCRBaselineProtection (`_generate_random_data`): per column, values drawn
 * uniformly over the real data's domain. Integer columns (no missing values, all whole numbers: what pandas
 * reads as an integer dtype) draw integers in [min, max]; other numerical columns uniform floats in [min, max);
 * categorical columns one of the categories present. Each column then gets missing values at the real rate.
 */
export function randomBaselineTable(real: Table, rows: number, metadata: Metadata, random: Random): Table {
  const names = Object.keys(metadata);
  const data = names.map((name): ColumnData => {
    const d = real.data(name);
    if (metadata[name] === 'numerical' && d.type === 'numeric') return randomNumeric(d.values, rows, random);
    return randomCategorical(categoricalValues(d).codes, categoricalValues(d).levels, rows, random);
  });
  return new Table(
    names.map((name) => ({ name, kind: metadata[name] === 'numerical' ? 'numeric' : 'categorical' })),
    data,
  );
}

function randomNumeric(values: Float64Array, rows: number, random: Random): ColumnData {
  let lo = Infinity;
  let hi = -Infinity;
  let missing = 0;
  let integer = true;
  for (const v of values) {
    if (Number.isNaN(v)) {
      missing++;
      integer = false;
      continue;
    }
    if (!Number.isInteger(v)) integer = false;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = new Float64Array(rows);
  const nanRatio = values.length ? missing / values.length : 0;
  for (let i = 0; i < rows; i++) {
    if (lo > hi) out[i] = Number.NaN;
    else out[i] = integer ? lo + randomInt(random, hi - lo + 1) : lo + random() * (hi - lo);
  }
  applyMissing(out, nanRatio, random, (i) => (out[i] = Number.NaN));
  return { type: 'numeric', values: out };
}

function randomCategorical(codes: Int32Array, levels: readonly string[], rows: number, random: Random): ColumnData {
  const present = new Set<number>();
  let missing = 0;
  for (const c of codes) {
    if (c === MISSING_CODE) missing++;
    else present.add(c);
  }
  const choices = [...present];
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) out[i] = choices.length ? choices[randomInt(random, choices.length)]! : MISSING_CODE;
  applyMissing(out, codes.length ? missing / codes.length : 0, random, (i) => (out[i] = MISSING_CODE));
  return { type: 'categorical', codes: out, levels };
}

function applyMissing(values: { length: number }, ratio: number, random: Random, setMissing: (i: number) => void): void {
  if (ratio === 0) return;
  for (let i = 0; i < values.length; i++) if (random() < ratio) setMissing(i);
}
