import type { Table } from '../table.js';
import type { CleaningStepReport } from './report.js';

/** Keeps the first of each set of identical rows (missing values compare equal, as in pandas). */
export function removeDuplicateRows(table: Table): { table: Table; report: CleaningStepReport } {
  const columns = table.columns.map((_, i) => table.dataAt(i));
  const seen = new Set<string>();
  const keep: number[] = [];
  const parts: string[] = new Array(columns.length);
  for (let r = 0; r < table.rowCount; r++) {
    for (let c = 0; c < columns.length; c++) {
      const d = columns[c]!;
      parts[c] = d.type === 'numeric' ? String(d.values[r]) : String(d.codes[r]);
    }
    const key = parts.join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(r);
  }
  const removed = table.rowCount - keep.length;
  const out = removed ? table.take(keep) : table;
  return {
    table: out,
    report: {
      step: 'remove-duplicates',
      summary: `removed ${removed} duplicate row(s), kept the first of each`,
      rowsBefore: table.rowCount,
      rowsAfter: out.rowCount,
      columnsDropped: [],
      rowsRemoved: removed,
    },
  };
}
