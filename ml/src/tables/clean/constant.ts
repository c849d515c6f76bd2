import { MISSING_CODE } from '../column.js';
import type { Table } from '../table.js';
import type { CleaningStepReport } from './report.js';

/** Drops feature columns with at most one distinct non-missing value. The label column is never dropped. */
export function dropConstantColumns(table: Table): { table: Table; report: CleaningStepReport } {
  const dropped = table.columns
    .filter((spec, c) => spec.kind !== 'label' && distinctAtMostOne(table, c))
    .map((s) => s.name);
  const out = dropped.length ? table.drop(dropped) : table;
  return {
    table: out,
    report: {
      step: 'drop-constant-columns',
      summary: dropped.length ? `dropped ${dropped.length} constant column(s): ${dropped.join(', ')}` : 'no constant columns',
      rowsBefore: table.rowCount,
      rowsAfter: out.rowCount,
      columnsDropped: dropped,
    },
  };
}

function distinctAtMostOne(table: Table, column: number): boolean {
  const d = table.dataAt(column);
  let first: number | undefined;
  for (let r = 0; r < table.rowCount; r++) {
    const v = d.type === 'numeric' ? d.values[r]! : d.codes[r]!;
    if (Number.isNaN(v) || (d.type === 'categorical' && v === MISSING_CODE)) continue;
    if (first === undefined) first = v;
    else if (v !== first) return false;
  }
  return true;
}
