import type { ColumnKind } from './column.js';

/** A declared column: its kind, or 'drop' to read past it (e.g. NSL-KDD's difficulty). */
export interface SchemaColumn {
  readonly name: string;
  readonly kind: ColumnKind | 'drop';
}

/** Cell texts read as missing values unless a load says otherwise. */
export const DEFAULT_MISSING_TOKENS: readonly string[] = ['', 'NA', 'NaN', '?'];

/** A number in the sense of the schema: finite, written plainly (no empty or whitespace-only text). */
export function parseNumber(text: string): number {
  const v = Number(text);
  return Number.isFinite(v) && text.trim() !== '' ? v : Number.NaN;
}

/**
 * Infers a column's kind from its texts: numeric when every non-missing value is a finite number
 * (a column with no values at all counts as numeric), categorical otherwise.
 */
export function inferKind(records: readonly string[][], column: number, missing: ReadonlySet<string>): 'numeric' | 'categorical' {
  for (const record of records) {
    const text = record[column]!;
    if (missing.has(text)) continue;
    if (Number.isNaN(parseNumber(text))) return 'categorical';
  }
  return 'numeric';
}
