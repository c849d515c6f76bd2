import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { badInput } from '../errors/index.js';
import { type ColumnData, type ColumnSpec, MISSING_CODE } from './column.js';
import { type DelimitedText, type Delimiter, parseDelimited } from './csv.js';
import { DEFAULT_MISSING_TOKENS, inferKind, parseNumber, type SchemaColumn } from './schema.js';
import { Table } from './table.js';

export interface LoadOptions {
  /** Detected from the first line (tab or comma) when absent. */
  delimiter?: Delimiter;
  /** Whether the first line names the columns. Default true. */
  header?: boolean;
  /**
   * Declared schema. With a header, columns are matched by name (every file column must be declared);
   * without one, by position. When absent, kinds are inferred.
   */
  columns?: readonly SchemaColumn[];
  /** With an inferred schema: the column that becomes the label. */
  label?: string;
  /** With an inferred schema: columns to leave out. */
  drop?: readonly string[];
  /** Cell texts read as missing. Default '', 'NA', 'NaN', '?'. */
  missing?: readonly string[];
}

export interface LoadedTable {
  readonly table: Table;
  /** sha256 (hex) of the bytes loaded, for lineage. */
  readonly sha256: string;
  readonly delimiter: Delimiter;
  /** Columns of the file that were left out (declared 'drop' or listed in `drop`). */
  readonly dropped: readonly string[];
  /** The file path, when loaded from one. */
  readonly path?: string;
}

export async function loadTableFile(path: string, options: LoadOptions = {}): Promise<LoadedTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw badInput(`cannot read table file '${path}': ${(error as Error).message}`, { path });
  }
  return { ...parseTable(bytes, options), path };
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Parses CSV/TSV text (or its bytes) into a Table. */
export function parseTable(content: string | Buffer, options: LoadOptions = {}): LoadedTable {
  const header = options.header ?? true;
  const text = parseDelimited(content, { header, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
  const missing = new Set(options.missing ?? DEFAULT_MISSING_TOKENS);
  const schema = resolveSchema(text, options, missing);
  checkFieldCounts(text, schema.length);

  const specs: ColumnSpec[] = [];
  const data: ColumnData[] = [];
  const dropped: string[] = [];
  schema.forEach((column, position) => {
    if (column.kind === 'drop') {
      dropped.push(column.name);
      return;
    }
    specs.push({ name: column.name, kind: column.kind });
    data.push(
      column.kind === 'numeric' ? readNumeric(text, position, column.name, missing) : readCategorical(text.records, position, missing),
    );
  });
  return { table: new Table(specs, data), sha256: sha256(content), delimiter: text.delimiter, dropped };
}

/** The schema in file order. */
function resolveSchema(text: DelimitedText, options: LoadOptions, missing: ReadonlySet<string>): SchemaColumn[] {
  const width = text.header?.length ?? text.records[0]!.length;
  if (options.columns) {
    if (!text.header) return [...options.columns];
    const declared = new Map(options.columns.map((c) => [c.name, c]));
    const inFile = new Set(text.header);
    const absent = options.columns.filter((c) => !inFile.has(c.name)).map((c) => c.name);
    if (absent.length) throw badInput(`the header lacks declared column(s): ${absent.join(', ')}`, { line: 1, columns: absent });
    return text.header.map((name) => {
      const column = declared.get(name);
      if (!column) throw badInput(`the header has an undeclared column '${name}'`, { line: 1, column: name });
      return column;
    });
  }
  const names = text.header ?? Array.from({ length: width }, (_, i) => `column_${i + 1}`);
  const drop = new Set(options.drop ?? []);
  for (const name of [...drop, ...(options.label ? [options.label] : [])]) {
    if (!names.includes(name)) throw badInput(`no column named '${name}' in the file`, { column: name });
  }
  return names.map((name, i) => ({
    name,
    kind: drop.has(name) ? 'drop' : name === options.label ? 'label' : inferKind(text.records, i, missing),
  }));
}

function checkFieldCounts(text: DelimitedText, expected: number): void {
  const { records } = text;
  for (let i = 0; i < records.length; i++) {
    const fields = records[i]!.length;
    if (fields !== expected) {
      const line = text.lineOf(i);
      throw badInput(`line ${line} has ${fields} fields, expected ${expected}`, { line, fields, expected });
    }
  }
}

function readNumeric(text: DelimitedText, position: number, name: string, missing: ReadonlySet<string>): ColumnData {
  const { records } = text;
  const values = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const cell = records[i]![position]!;
    if (missing.has(cell)) {
      values[i] = Number.NaN;
      continue;
    }
    const v = parseNumber(cell);
    if (Number.isNaN(v)) {
      const line = text.lineOf(i);
      throw badInput(`line ${line}: column '${name}' is numeric but has the value '${cell}'`, { line, column: name, value: cell });
    }
    values[i] = v;
  }
  return { type: 'numeric', values };
}

function readCategorical(records: readonly string[][], position: number, missing: ReadonlySet<string>): ColumnData {
  const index = new Map<string, number>();
  const levels: string[] = [];
  const codes = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const cell = records[i]![position]!;
    if (missing.has(cell)) {
      codes[i] = MISSING_CODE;
      continue;
    }
    let code = index.get(cell);
    if (code === undefined) {
      code = levels.length;
      index.set(cell, code);
      levels.push(cell);
    }
    codes[i] = code;
  }
  return { type: 'categorical', codes, levels };
}
