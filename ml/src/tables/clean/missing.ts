import { badInput } from '../../errors/index.js';
import { type ColumnData, MISSING_CODE } from '../column.js';
import { mode, nanMean, nanMedian } from '../stats.js';
import type { Table } from '../table.js';
import type { CleaningStepReport, MissingColumnReport, MissingStrategy } from './report.js';

export interface MissingValueOptions {
  /** Strategy per column name. */
  columns?: Record<string, MissingStrategy>;
  /** Strategy for columns not listed (mean or median fall back to mode for categorical columns). Default: drop the row. */
  default?: MissingStrategy;
}

const isMissing = (d: ColumnData, r: number) => (d.type === 'numeric' ? Number.isNaN(d.values[r]!) : d.codes[r] === MISSING_CODE);

/**
 * Deals with missing values column by column: rows are dropped first (for every 'drop-row' column), then the
 * imputing statistics are computed on the rows that remain.
 */
export function handleMissingValues(table: Table, options: MissingValueOptions = {}): { table: Table; report: CleaningStepReport } {
  for (const name of Object.keys(options.columns ?? {})) table.indexOf(name);
  const strategyOf = (name: string): MissingStrategy => {
    const declared = options.columns?.[name];
    if (declared) return declared;
    const fallback = options.default ?? { kind: 'drop-row' };
    const averaging = fallback.kind === 'mean' || fallback.kind === 'median';
    return averaging && table.spec(name).kind !== 'numeric' ? { kind: 'mode' } : fallback;
  };
  const counts = table.columns.map((_, c) => {
    const d = table.dataAt(c);
    let n = 0;
    for (let r = 0; r < table.rowCount; r++) if (isMissing(d, r)) n++;
    return n;
  });

  const dropCols = table.columns.map((s, c) => strategyOf(s.name).kind === 'drop-row' && counts[c]! > 0);
  const keep: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    if (!dropCols.some((drop, c) => drop && isMissing(table.dataAt(c), r))) keep.push(r);
  }
  let out = keep.length === table.rowCount ? table : table.take(keep);

  const columns: MissingColumnReport[] = [];
  table.columns.forEach((spec, c) => {
    if (counts[c] === 0) return;
    const strategy = strategyOf(spec.name);
    if (strategy.kind === 'drop-row') {
      columns.push({ column: spec.name, missing: counts[c]!, strategy: 'drop-row' });
      return;
    }
    const { data, filledWith } = impute(out.dataAt(c), spec.name, strategy);
    out = out.withColumn(spec, data);
    columns.push({ column: spec.name, missing: counts[c]!, strategy: strategy.kind, filledWith });
  });

  const removed = table.rowCount - out.rowCount;
  const imputed = columns.filter((c) => c.strategy !== 'drop-row').length;
  return {
    table: out,
    report: {
      step: 'missing-values',
      summary: `${columns.length} column(s) had missing values: dropped ${removed} row(s), imputed ${imputed} column(s)`,
      rowsBefore: table.rowCount,
      rowsAfter: out.rowCount,
      columnsDropped: [],
      rowsRemoved: removed,
      columns,
    },
  };
}

function impute(d: ColumnData, name: string, strategy: Exclude<MissingStrategy, { kind: 'drop-row' }>): { data: ColumnData; filledWith: number | string } {
  if (d.type === 'numeric') {
    const fill =
      strategy.kind === 'mean' ? nanMean(d.values)
      : strategy.kind === 'median' ? nanMedian(d.values)
      : strategy.kind === 'mode' ? mode(d.values)
      : typeof strategy.value === 'number' ? strategy.value
      : Number.NaN;
    if (Number.isNaN(fill)) {
      throw badInput(`cannot impute numeric column '${name}' with ${strategy.kind === 'constant' ? `'${strategy.value}'` : strategy.kind}: no value to fill with`, { column: name });
    }
    return { data: { type: 'numeric', values: d.values.map((v) => (Number.isNaN(v) ? fill : v)) }, filledWith: fill };
  }
  if (strategy.kind === 'mean' || strategy.kind === 'median') {
    throw badInput(`cannot impute categorical column '${name}' with ${strategy.kind}; use mode or constant`, { column: name });
  }
  let levels = d.levels;
  let code: number;
  if (strategy.kind === 'mode') {
    code = mode(d.codes, MISSING_CODE);
    if (Number.isNaN(code)) throw badInput(`cannot impute categorical column '${name}' with mode: it has no values`, { column: name });
  } else {
    const value = String(strategy.value);
    code = levels.indexOf(value);
    if (code < 0) {
      code = levels.length;
      levels = [...levels, value];
    }
  }
  return { data: { type: 'categorical', codes: d.codes.map((c) => (c === MISSING_CODE ? code : c)), levels }, filledWith: levels[code]! };
}
