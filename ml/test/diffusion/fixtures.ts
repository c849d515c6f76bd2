import { Rng } from '../../src/diffusion/prng.js';
import type { TrainingTable } from '../../src/diffusion/preprocess.js';

/** A small synthetic mixed table: 3 numeric columns (one integer), 2 categoricals, a label. */
export function tinyTable(rows = 200, seed = 5): TrainingTable {
  const rng = new Rng(seed);
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  const c = new Float64Array(rows);
  const cat1: string[] = [];
  const cat2: string[] = [];
  const label: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cls = rng.uniform() < 0.7 ? 'normal' : 'attack';
    a[i] = cls === 'normal' ? rng.normal() : 3 + rng.normal() * 0.5;
    b[i] = Math.exp(rng.normal());
    c[i] = rng.int(4);
    cat1.push(cls === 'normal' ? (rng.uniform() < 0.8 ? 'tcp' : 'udp') : 'icmp');
    cat2.push(['SF', 'S0', 'REJ', 'RSTO'][rng.int(4)]!);
    label.push(cls);
  }
  return {
    numeric: [{ name: 'a', values: a }, { name: 'b', values: b }, { name: 'c', values: c }],
    categorical: [{ name: 'proto', values: cat1 }, { name: 'flag', values: cat2 }],
    label: { name: 'label', values: label },
  };
}
