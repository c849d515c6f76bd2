/** How a column takes part in modelling: a numeric feature, a categorical feature, or the target. */
export type ColumnKind = 'numeric' | 'categorical' | 'label';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
}

/** Numeric values; NaN marks a missing value. */
export interface NumericData {
  readonly type: 'numeric';
  readonly values: Float64Array;
}

/** Categorical values as integer codes into `levels`; -1 marks a missing value. Labels are stored this way too. */
export interface CategoricalData {
  readonly type: 'categorical';
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

export type ColumnData = NumericData | CategoricalData;

/** The storage a kind uses: labels are categorical (class names, or '0'/'1'). */
export const storageOf = (kind: ColumnKind): ColumnData['type'] => (kind === 'numeric' ? 'numeric' : 'categorical');

export const MISSING_CODE = -1;

/** Encodes strings (null = missing) as codes, levels in order of first appearance. */
export function encodeCategorical(values: ArrayLike<string | null>): CategoricalData {
  const index = new Map<string, number>();
  const levels: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      codes[i] = MISSING_CODE;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = levels.length;
      index.set(v, code);
      levels.push(v);
    }
    codes[i] = code;
  }
  return { type: 'categorical', codes, levels };
}

export function decodeCategorical(data: CategoricalData): (string | null)[] {
  return Array.from(data.codes, (c) => (c === MISSING_CODE ? null : data.levels[c]!));
}
