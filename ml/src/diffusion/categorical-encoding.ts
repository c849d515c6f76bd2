import { badInput } from '../errors/index.js';

/** A categorical column as integer codes into its level list (the order of first appearance, or given). */
export interface CategoricalColumn {
  levels: string[];
}

export function fitCategorical(values: readonly string[]): CategoricalColumn {
  if (values.length === 0) throw badInput('categorical encoding: a categorical column has no values');
  const seen = new Set<string>();
  for (const v of values) seen.add(v);
  return { levels: [...seen].sort() };
}

/** Codes for values; an unseen level is a typed error naming it. */
export function encodeCategorical(column: CategoricalColumn, values: readonly string[], name = 'column'): Int32Array {
  const index = new Map(column.levels.map((level, i) => [level, i]));
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const code = index.get(values[i]!);
    if (code === undefined) throw badInput(`'${name}' has a level the model was not fitted on: '${values[i]}'`, { column: name, row: i });
    codes[i] = code;
  }
  return codes;
}

export function decodeCategorical(column: CategoricalColumn, codes: ArrayLike<number>): string[] {
  const out: string[] = new Array<string>(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = column.levels[codes[i]!]!;
  return out;
}
