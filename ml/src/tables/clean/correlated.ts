import { pearson } from '../stats.js';
import type { Table } from '../table.js';
import type { CleaningStepReport, CorrelatedPair } from './report.js';

export const DEFAULT_CORRELATION_THRESHOLD = 0.9;

/**
 * Drops every numeric column whose |Pearson r| with an earlier numeric column exceeds the threshold, the usual
 * upper-triangle recipe: the earlier column of a pair is kept, so the first column of a correlated group always
 * survives. Pairs with an undefined r (constant column) are ignored; the label column is never dropped.
 */
export function dropCorrelatedColumns(table: Table, threshold = DEFAULT_CORRELATION_THRESHOLD): { table: Table; report: CleaningStepReport } {
  const numeric = table.columns.filter((s) => s.kind === 'numeric').map((s) => s.name);
  const pairs: CorrelatedPair[] = [];
  const dropped: string[] = [];
  for (let j = 1; j < numeric.length; j++) {
    const y = table.numeric(numeric[j]!);
    for (let i = 0; i < j; i++) {
      const r = pearson(table.numeric(numeric[i]!), y);
      if (Math.abs(r) > threshold) {
        pairs.push({ kept: numeric[i]!, dropped: numeric[j]!, r });
        dropped.push(numeric[j]!);
        break;
      }
    }
  }
  const out = dropped.length ? table.drop(dropped) : table;
  return {
    table: out,
    report: {
      step: 'drop-correlated-columns',
      summary: dropped.length
        ? `dropped ${dropped.length} column(s) with |r| > ${threshold} to an earlier column: ${dropped.join(', ')}`
        : `no pair of numeric columns has |r| > ${threshold}`,
      rowsBefore: table.rowCount,
      rowsAfter: out.rowCount,
      columnsDropped: dropped,
      threshold,
      pairs,
    },
  };
}
