import { badInput } from '../errors/index.js';

/**
 * The alert decision as the product makes it: a row is an attack when the binary model's P(attack) reaches the
 * operating threshold; its category is then the most probable non-normal class of the multiclass model (even when
 * that model alone would have said normal). Below the threshold the row is normal. Returns multiclass indices.
 */
export function categoriseAttacks(
  binaryProba: Float32Array,
  classProba: Float32Array,
  classes: readonly string[],
  threshold: number,
  normal = 'normal',
): Int32Array {
  const k = classes.length;
  const normalIndex = classes.indexOf(normal);
  if (normalIndex < 0) throw badInput(`classes must include '${normal}'`, { classes });
  const rows = binaryProba.length / 2;
  if (classProba.length !== rows * k) throw badInput(`${classProba.length} class probabilities for ${rows} rows × ${k} classes`);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    if (binaryProba[r * 2 + 1]! < threshold) {
      out[r] = normalIndex;
      continue;
    }
    let best = -1;
    for (let c = 0; c < k; c++) {
      if (c === normalIndex) continue;
      if (best < 0 || classProba[r * k + c]! > classProba[r * k + best]!) best = c;
    }
    out[r] = best;
  }
  return out;
}
