// Child process of backend.test.ts: a short seeded diffusion run and a sample on the backend TF_BACKEND names.
import { sample } from '../../src/diffusion/sampler.js';
import { train } from '../../src/diffusion/trainer.js';
import { initBackend } from '../../src/tf/index.js';
import { tinyTable } from '../diffusion/fixtures.js';

const backend = await initBackend();
const losses: number[] = [];
const result = await train(
  tinyTable(300),
  { layers: [64, 64], dimT: 16, batchSize: 128, timesteps: 50, steps: 20, warmupSteps: 2, seed: 11 },
  { onProgress: (_step, loss) => losses.push(loss) },
);
const rows = await sample(result.model!, 400, { seed: 3 });
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
process.stdout.write(JSON.stringify({ backend: backend.name, losses, numericMeans: rows.numeric.map((c) => mean(c.values)) }));
