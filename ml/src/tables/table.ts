import { badInput } from '../errors/index.js';
import {
  type CategoricalData,
  type ColumnData,
  type ColumnKind,
  type ColumnSpec,
  encodeCategorical,
  MISSING_CODE,
  storageOf,
} from './column.js';

export type CellValue = number | string | null;

/** Input for `Table.fromArrays`: numbers for numeric columns (NaN = missing), strings or null otherwise. */
export interface ArrayColumn {
  name: string;
  kind: ColumnKind;
  values: ArrayLike<number> | ArrayLike<string | null>;
}

/**
 * A column-major table: numeric columns are Float64Arrays, categorical and label columns integer codes.
 * Tables are immutable; every transformation returns a new one (sharing untouched column data).
 */
export class Table {
  readonly columns: readonly ColumnSpec[];
  readonly rowCount: number;
  readonly #data: readonly ColumnData[];
  readonly #byName: ReadonlyMap<string, number>;

  constructor(columns: readonly ColumnSpec[], data: readonly ColumnData[]) {
    if (columns.length !== data.length) throw new Error('Table: one data entry per column spec is required');
    const byName = new Map<string, number>();
    let rows = -1;
    columns.forEach((spec, i) => {
      if (byName.has(spec.name)) throw badInput(`duplicate column name '${spec.name}'`, { column: spec.name });
      byName.set(spec.name, i);
      const d = data[i]!;
      if (d.type !== storageOf(spec.kind)) throw new Error(`Table: column '${spec.name}' of kind ${spec.kind} needs ${storageOf(spec.kind)} data`);
      const n = d.type === 'numeric' ? d.values.length : d.codes.length;
      if (rows >= 0 && n !== rows) throw new Error(`Table: column '${spec.name}' has ${n} rows, expected ${rows}`);
      rows = n;
    });
    this.columns = columns;
    this.rowCount = Math.max(rows, 0);
    this.#data = data;
    this.#byName = byName;
  }

  static fromArrays(columns: readonly ArrayColumn[]): Table {
    const data = columns.map((c): ColumnData => {
      if (c.kind === 'numeric') return { type: 'numeric', values: Float64Array.from(c.values as ArrayLike<number>) };
      return encodeCategorical(c.values as ArrayLike<string | null>);
    });
    return new Table(columns.map(({ name, kind }) => ({ name, kind })), data);
  }

  get names(): string[] {
    return this.columns.map((c) => c.name);
  }

  has(name: string): boolean {
    return this.#byName.has(name);
  }

  indexOf(name: string): number {
    const i = this.#byName.get(name);
    if (i === undefined) throw badInput(`no column named '${name}'`, { column: name });
    return i;
  }

  spec(name: string): ColumnSpec {
    return this.columns[this.indexOf(name)]!;
  }

  data(name: string): ColumnData {
    return this.#data[this.indexOf(name)]!;
  }

  dataAt(index: number): ColumnData {
    const d = this.#data[index];
    if (!d) throw new RangeError(`column index ${index} out of range`);
    return d;
  }

  numeric(name: string): Float64Array {
    const d = this.data(name);
    if (d.type !== 'numeric') throw badInput(`column '${name}' is not numeric`, { column: name });
    return d.values;
  }

  categorical(name: string): CategoricalData {
    const d = this.data(name);
    if (d.type !== 'categorical') throw badInput(`column '${name}' is not categorical`, { column: name });
    return d;
  }

  /** The label column, if the table has one. */
  get label(): ColumnSpec | undefined {
    return this.columns.find((c) => c.kind === 'label');
  }

  value(row: number, name: string): CellValue {
    return cell(this.data(name), row);
  }

  row(row: number): CellValue[] {
    return this.#data.map((d) => cell(d, row));
  }

  /** A table made of the given rows, in the given order (repeats allowed). */
  take(rows: ArrayLike<number>): Table {
    const data = this.#data.map((d): ColumnData => {
      if (d.type === 'numeric') {
        const values = new Float64Array(rows.length);
        for (let i = 0; i < rows.length; i++) values[i] = d.values[rows[i]!]!;
        return { type: 'numeric', values };
      }
      const codes = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) codes[i] = d.codes[rows[i]!]!;
      return { type: 'categorical', codes, levels: d.levels };
    });
    return new Table(this.columns, data);
  }

  /** The rows from `start` (inclusive) to `end` (exclusive). */
  slice(start: number, end = this.rowCount): Table {
    const from = Math.max(0, start);
    const to = Math.min(this.rowCount, end);
    return this.take(Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));
  }

  select(names: readonly string[]): Table {
    const idx = names.map((n) => this.indexOf(n));
    return new Table(idx.map((i) => this.columns[i]!), idx.map((i) => this.#data[i]!));
  }

  drop(names: readonly string[]): Table {
    const gone = new Set(names);
    return this.select(this.names.filter((n) => !gone.has(n)));
  }

  /** Replaces the column of that name (keeping its position) or appends it. */
  withColumn(spec: ColumnSpec, data: ColumnData): Table {
    const i = this.#byName.get(spec.name);
    const columns = [...this.columns];
    const all = [...this.#data];
    if (i === undefined) {
      columns.push(spec);
      all.push(data);
    } else {
      columns[i] = spec;
      all[i] = data;
    }
    return new Table(columns, all);
  }
}

function cell(d: ColumnData, row: number): CellValue {
  if (d.type === 'numeric') {
    const v = d.values[row]!;
    return Number.isNaN(v) ? null : v;
  }
  const c = d.codes[row]!;
  return c === MISSING_CODE ? null : d.levels[c]!;
}
