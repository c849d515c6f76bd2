import { badInput } from '../errors/index.js';
import type { Matrix } from './matrix.js';

/** One flow record in its dataset's schema: column name → value. */
export type FlowRecord = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * How a column is encoded. Numeric `scale`:
 * - `standard`: (x − mean) / std;
 * - `log1p`: log(1 + x), then standardised (for heavy-tailed non-negative counts such as byte counts);
 * - `auto` (default): chosen at fit time from the training rows only: `log1p` when every training value is
 *   ≥ 0 and the maximum exceeds 1 (counts), `standard` otherwise (rates and flags in [0, 1]).
 */
export type ColumnSpec =
  | { name: string; kind: 'categorical' }
  | { name: string; kind: 'numeric'; scale?: 'standard' | 'log1p' | 'auto' };

export type FittedColumn =
  | { name: string; kind: 'categorical'; categories: string[] }
  | { name: string; kind: 'numeric'; scale: 'standard' | 'log1p'; mean: number; std: number };

export interface EncoderState {
  version: 1;
  columns: FittedColumn[];
}

/**
 * Feature encoding fitted on training rows only. Categories unseen at fit time encode as all zeros;
 * a missing numeric value encodes as the training mean (0 after standardising). Each record is encoded on its
 * own, so its encoding never depends on the other records of a batch.
 */
export class FeatureEncoder {
  readonly features: readonly string[];
  private readonly lookups: (Map<string, number> | null)[];

  private constructor(readonly columns: readonly FittedColumn[]) {
    this.features = columns.flatMap((c) =>
      c.kind === 'categorical' ? c.categories.map((v) => `${c.name}=${v}`) : [c.name],
    );
    this.lookups = columns.map((c) =>
      c.kind === 'categorical' ? new Map(c.categories.map((v, i) => [v, i] as const)) : null,
    );
  }

  get width(): number {
    return this.features.length;
  }

  static fit(rows: readonly FlowRecord[], specs: readonly ColumnSpec[]): FeatureEncoder {
    if (rows.length === 0) throw badInput('cannot fit an encoder on zero rows');
    const columns = specs.map((spec): FittedColumn => {
      if (spec.kind === 'categorical') {
        const seen = new Set<string>();
        rows.forEach((row) => {
          const v = row[spec.name];
          if (v !== null && v !== undefined && v !== '') seen.add(String(v));
        });
        return { name: spec.name, kind: 'categorical', categories: [...seen].sort() };
      }
      const values: number[] = [];
      rows.forEach((row, r) => {
        const v = numericValue(row[spec.name], spec.name, r);
        if (v !== null) values.push(v);
      });
      let scale = spec.scale ?? 'auto';
      if (scale === 'auto') {
        let min = Infinity;
        let max = -Infinity;
        for (const v of values) {
          if (v < min) min = v;
          if (v > max) max = v;
        }
        scale = min >= 0 && max > 1 ? 'log1p' : 'standard';
      }
      const mapped = scale === 'log1p' ? values.map((v) => Math.log1p(Math.max(0, v))) : values;
      const mean = mapped.reduce((s, v) => s + v, 0) / Math.max(1, mapped.length);
      const variance = mapped.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, mapped.length);
      const std = Math.sqrt(variance);
      return { name: spec.name, kind: 'numeric', scale, mean, std: std > 1e-12 ? std : 1 };
    });
    return new FeatureEncoder(columns);
  }

  /** Encodes one record into `out` (length `width`); `row` only labels errors. */
  encode(record: FlowRecord, out: Float32Array = new Float32Array(this.width), row = 0): Float32Array {
    let k = 0;
    this.columns.forEach((col, i) => {
      const v = record[col.name];
      if (col.kind === 'categorical') {
        out.fill(0, k, k + col.categories.length);
        const hit = v === null || v === undefined ? undefined : this.lookups[i]!.get(String(v));
        if (hit !== undefined) out[k + hit] = 1;
        k += col.categories.length;
      } else {
        const x = numericValue(v, col.name, row);
        if (x === null) out[k] = 0;
        else out[k] = ((col.scale === 'log1p' ? Math.log1p(Math.max(0, x)) : x) - col.mean) / col.std;
        k += 1;
      }
    });
    return out;
  }

  transform(records: readonly FlowRecord[]): Matrix {
    const cols = this.width;
    const data = new Float32Array(records.length * cols);
    records.forEach((rec, r) => this.encode(rec, data.subarray(r * cols, (r + 1) * cols), r));
    return { rows: records.length, cols, data };
  }

  toJSON(): EncoderState {
    return { version: 1, columns: this.columns.map((c) => ({ ...c })) };
  }

  static fromJSON(state: EncoderState): FeatureEncoder {
    if (state?.version !== 1 || !Array.isArray(state.columns)) throw badInput('not a version-1 encoder state');
    return new FeatureEncoder(state.columns.map((c) => ({ ...c })));
  }
}

function numericValue(v: unknown, column: string, row: number): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const x = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(x)) throw badInput(`'${column}' must be a number, got '${String(v)}'`, { row, column });
  return x;
}
