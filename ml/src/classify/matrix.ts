import { badInput } from '../errors/index.js';

/** A dense row-major matrix of encoded features: `data[r * cols + c]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float32Array;
}

export function matrix(rows: number, cols: number, data?: Float32Array): Matrix {
  const buf = data ?? new Float32Array(rows * cols);
  if (buf.length !== rows * cols) {
    throw badInput(`matrix data has ${buf.length} values, expected ${rows} × ${cols}`, { rows, cols });
  }
  return { rows, cols, data: buf };
}

/** Builds a matrix from an array of equal-length rows. */
export function fromRows(rows: readonly ArrayLike<number>[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const out = new Float32Array(rows.length * cols);
  rows.forEach((row, r) => {
    if (row.length !== cols) throw badInput(`row ${r} has ${row.length} values, expected ${cols}`, { row: r });
    for (let c = 0; c < cols; c++) out[r * cols + c] = row[c]!;
  });
  return { rows: rows.length, cols, data: out };
}

/** A view of one row (no copy). */
export function rowOf(m: Matrix, r: number): Float32Array {
  return m.data.subarray(r * m.cols, (r + 1) * m.cols);
}

/** Copies the chosen rows into a new matrix. */
export function takeRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  const out = new Float32Array(indices.length * m.cols);
  for (let i = 0; i < indices.length; i++) out.set(rowOf(m, indices[i]!), i * m.cols);
  return { rows: indices.length, cols: m.cols, data: out };
}

/** Stacks matrices with the same number of columns. */
export function concatRows(parts: readonly Matrix[]): Matrix {
  const cols = parts[0]?.cols ?? 0;
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const out = new Float32Array(rows * cols);
  let offset = 0;
  for (const p of parts) {
    if (p.cols !== cols) throw badInput(`cannot stack a ${p.cols}-column matrix onto ${cols} columns`);
    out.set(p.data, offset);
    offset += p.data.length;
  }
  return { rows, cols, data: out };
}
