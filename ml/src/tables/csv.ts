import { parse, type Options } from 'csv-parse/sync';
import { badInput } from '../errors/index.js';

export type Delimiter = ',' | '\t';

export interface DelimitedText {
  readonly delimiter: Delimiter;
  /** The header row, when the text has one. */
  readonly header: string[] | null;
  readonly records: string[][];
  /** 1-based line number of a data record (0-based index into `records`), for error messages. */
  lineOf(recordIndex: number): number;
}

const BOM = '\uFEFF';

/** Picks tab when the first line has more tabs than commas, comma otherwise. */
export function detectDelimiter(text: string): Delimiter {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  let tabs = 0;
  let commas = 0;
  for (let i = 0; i < first.length; i++) {
    const c = first.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 44) commas++;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * Parses CSV/TSV with csv-parse: strips a UTF-8 BOM, accepts LF or CRLF, skips blank lines. Records may have
 * any number of fields here; the caller checks counts against the schema (and reports lines via `lineOf`).
 */
export function parseDelimited(input: string | Buffer, options: { delimiter?: Delimiter; header: boolean }): DelimitedText {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') throw badInput('the file is empty: no header and no data rows', { line: 1 });
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const csvOptions: Options = { delimiter, relax_column_count: true, skip_empty_lines: true };
  let rows: string[][];
  try {
    rows = parse(text, csvOptions);
  } catch (error) {
    const csv = error as Error & { code?: unknown; lines?: number };
    if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
      const line = csv.lines;
      throw badInput(`malformed CSV${line ? ` at line ${line}` : ''}: ${csv.message}`, { line, csvCode: csv.code });
    }
    throw error;
  }
  const header = options.header ? (rows.shift() ?? null) : null;
  if (header && rows.length === 0) throw badInput('the file has a header row but no data rows', { line: 2 });
  let lines: number[] | undefined;
  const offset = header ? 1 : 0;
  return {
    delimiter,
    header,
    records: rows,
    // Blank lines shift line numbers, so they are only worked out (by a second parse) when an error needs one.
    lineOf(recordIndex) {
      lines ??= (parse(text, { ...csvOptions, info: true }) as unknown as { info: { lines: number } }[]).map(
        (r) => r.info.lines,
      );
      return lines[recordIndex + offset] ?? recordIndex + offset + 1;
    },
  };
}
