import type { Table } from '../tables/index.js';
import { ksComplement } from './ks.js';
import { nanMeanOf } from './mean.js';
import { alignCategorical, categoricalValues, checkColumns, type Metadata, numericValues } from './sdtypes.js';
import { tvComplementCodes } from './tv.js';

export interface ColumnShapeDetail {
  column: string;
  metric: 'KSComplement' | 'TVComplement';
  /** NaN when the column has no values on one side (SDMetrics reports an error and skips it in the mean). */
  score: number;
}

export interface ColumnShapes {
  score: number;
  details: ColumnShapeDetail[];
}

/** SDMetrics ColumnShapes: KSComplement per numerical column, TVComplement per categorical one, then the mean. */
export function columnShapes(real: Table, synthetic: Table, metadata: Metadata): ColumnShapes {
  checkColumns(metadata, real, synthetic);
  const details = Object.entries(metadata).map(([column, sdtype]): ColumnShapeDetail => {
    if (sdtype === 'numerical') {
      return { column, metric: 'KSComplement', score: ksComplement(numericValues(real, column), numericValues(synthetic, column)) };
    }
    const aligned = alignCategorical(categoricalValues(real.data(column)), categoricalValues(synthetic.data(column)));
    return { column, metric: 'TVComplement', score: tvComplementCodes(aligned.real, aligned.synthetic, aligned.levels.length) };
  });
  return { score: nanMeanOf(details.map((d) => d.score)), details };
}
