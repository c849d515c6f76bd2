export interface PairScore {
  column1: string;
  column2: string;
  score: number | null;
}

/** The column-pair scores as heatmap cells [x, y, score] over the given column order (both triangles). */
export function pairHeatmap(columns: readonly string[], pairs: readonly PairScore[]): [number, number, number][] {
  const index = new Map(columns.map((c, i) => [c, i]));
  const cells: [number, number, number][] = [];
  for (const p of pairs) {
    const a = index.get(p.column1);
    const b = index.get(p.column2);
    if (a === undefined || b === undefined || p.score === null) continue;
    cells.push([a, b, p.score], [b, a, p.score]);
  }
  return cells;
}
