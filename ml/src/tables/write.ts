import type { Delimiter } from './csv.js';
import { MISSING_CODE } from './column.js';
import type { Table } from './table.js';

/**
 * Writes a table as CSV/TSV text (LF line endings). Numbers use JavaScript's shortest round-trip form, missing
 * values are empty fields, and fields holding the delimiter, a quote or a line break are quoted.
 */
export function formatDelimited(table: Table, options: { delimiter?: Delimiter; header?: boolean } = {}): string {
  const delimiter = options.delimiter ?? ',';
  const quote = (text: string) => (/["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text);
  const columns = table.columns.map((_, c) => table.dataAt(c));
  const lines: string[] = [];
  if (options.header ?? true) lines.push(table.names.map(quote).join(delimiter));
  const cells = new Array<string>(columns.length);
  for (let r = 0; r < table.rowCount; r++) {
    for (let c = 0; c < columns.length; c++) {
      const d = columns[c]!;
      if (d.type === 'numeric') {
        const v = d.values[r]!;
        cells[c] = Number.isNaN(v) ? '' : String(v);
      } else {
        const code = d.codes[r]!;
        cells[c] = code === MISSING_CODE ? '' : quote(d.levels[code]!);
      }
    }
    lines.push(cells.join(delimiter));
  }
  return lines.join('\n') + '\n';
}
