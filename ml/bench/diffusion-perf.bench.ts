// Diffusion speed: training step time at batch 4096 for the default model (and a smaller one), and sampling rows/s,
// on NSL-KDD's real shape (38 numeric columns, 3 categoricals = 84 one-hot columns, 5 classes).
import os from 'node:os';
import { median, writeBenchResult, type Figure } from '../src/bench/index.js';
import { measureQualityReport } from './quality.bench.js';
import { defaultDiffusionConfig, resolveConfig, type DiffusionConfig } from '../src/diffusion/config.js';
import { disposeDenoiser } from '../src/diffusion/denoiser.js';
import { createTrainState, disposeModel, modelFromState } from '../src/diffusion/model.js';
import { disposeOptimizer } from '../src/diffusion/optimizer.js';
import { encodeTable, fitPreprocessor, type TrainingTable } from '../src/diffusion/preprocess.js';
import { sample } from '../src/diffusion/sampler.js';
import { trainingTableFrom } from '../src/diffusion/table-adapter.js';
import { trainStep } from '../src/diffusion/train-step.js';
import { loadTableFile, NSL_KDD, relabelNslKdd } from '../src/tables/index.js';
import { sharedData } from '../src/testing/index.js';
import { backendFromEnv, initBackend } from '../src/tf/index.js';

const WARMUP = 2;
const MEASURED = 5;

function stepMs(table: TrainingTable, config: DiffusionConfig): number[] {
  const p = fitPreprocessor(table);
  const data = encodeTable(p, table);
  const st = createTrainState(config, p);
  const times: number[] = [];
  try {
    for (let i = 0; i < WARMUP + MEASURED; i++) {
      const t0 = performance.now();
      trainStep(st, data);
      if (i >= WARMUP) times.push(performance.now() - t0);
    }
  } finally {
    disposeDenoiser(st.denoiser);
    disposeOptimizer(st.optimizer);
  }
  return times;
}

/** Seconds per reverse step for `rows` rows (strided sampling with `steps` steps, timed end to end). */
async function reverseStepSeconds(table: TrainingTable, config: DiffusionConfig, rows: number, steps: number): Promise<number> {
  const p = fitPreprocessor(table);
  const st = createTrainState(config, p);
  const model = modelFromState(st, p);
  disposeDenoiser(st.denoiser);
  disposeOptimizer(st.optimizer);
  try {
    await sample(model, Math.min(rows, 256), { steps: 2, batchSize: rows }); // warm-up
    const t0 = performance.now();
    await sample(model, rows, { steps, batchSize: rows });
    return (performance.now() - t0) / 1000 / steps;
  } finally {
    disposeModel(model);
  }
}

export default async function (): Promise<string> {
  const backend = await initBackend();
  const loadBefore = os.loadavg()[0]!;
  const loaded = await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+.txt'), NSL_KDD);
  const table = trainingTableFrom(relabelNslKdd(loaded.table, 'five-class'));
  const figures: Record<string, Figure> = {};
  const notes: string[] = [];

  const def = resolveConfig({ batchSize: 4096 });
  const defTimes = stepMs(table, def);
  const trainStepMs = median(defTimes);
  figures.train_step_ms_b4096 = { value: Math.round(trainStepMs), unit: 'ms/step' };
  figures.train_step_ms_b4096_min = { value: Math.round(Math.min(...defTimes)), unit: 'ms/step' };

  const small = resolveConfig({ batchSize: 4096, layers: [256, 256, 256] });
  figures.train_step_ms_b4096_small = { value: Math.round(median(stepMs(table, small))), unit: 'ms/step' };
  const b1024 = resolveConfig({ batchSize: 1024 });
  figures.train_step_ms_b1024 = { value: Math.round(median(stepMs(table, b1024))), unit: 'ms/step' };

  const rows = 4096;
  const probeSteps = 20;
  const perStep = await reverseStepSeconds(table, def, rows, probeSteps);
  const T = def.timesteps;
  const sampleRowsPerS = rows / (perStep * T);
  figures.sample_reverse_step_ms_4096_rows = { value: Math.round(perStep * 1000), unit: 'ms/step' };
  figures.sample_rows_per_s = { value: Math.round(sampleRowsPerS), unit: 'rows/s' };
  figures.sample_rows_per_s_T1000 = { value: Math.round(rows / (perStep * 1000)), unit: 'rows/s' };
  const smallPerStep = await reverseStepSeconds(table, small, rows, probeSteps);
  figures.sample_rows_per_s_small = { value: Math.round(rows / (smallPerStep * T)), unit: 'rows/s' };

  notes.push(
    `default model: MLP ${def.layers.join('-')} (dimT ${def.dimT}), T=${T} ${def.schedule}, d_in ${table.numeric.length} numeric + 84 one-hot, 5 classes`,
    `train step = batch draw + forward + hand-written backward (explicit transposes) + AdamW + EMA; median of ${MEASURED} after ${WARMUP} warm-up`,
    `sample_rows_per_s: full ${T}-step reverse process at ${rows} rows per batch, from the timed per-step cost of ${probeSteps} steps`,
    ...(backend.name === 'wasm' ? [`wasm threads: tfjs-backend-wasm 4.22 reports WASM_HAS_MULTITHREAD_SUPPORT=false on Node (its threaded build loads pthread workers from Blob URLs, which Node's worker_threads cannot run), so setThreadsCount has no effect here; 1 thread + SIMD measured`] : []),
    `1-minute load average ${loadBefore.toFixed(1)} at start and ${os.loadavg()[0]!.toFixed(1)} at end on ${os.cpus().length} cores shared with other work: figures scale with it`,
    backend.name === 'tensorflow'
      ? `backend = ${backend.detail}: @tensorflow/tfjs-node 4.22 built against the tensorflow-cpu 2.15.1 wheel by ops/scripts/provision-tfjs-node.sh`
      : backendFromEnv() !== undefined
        ? `backend = ${backend.detail}, chosen by TF_BACKEND=${process.env['TF_BACKEND']}`
        : `backend = ${backend.detail}; tfjs-node not installed (ops/scripts/provision-tfjs-node.sh builds it; its own install script downloads libtensorflow)`,
  );
  const quality = await measureQualityReport();
  const qualitySeconds = median(quality.times);
  figures.quality_report_seconds = { value: qualitySeconds, unit: `s (median of ${quality.times.length}; SDMetrics report, ${quality.real.rowCount} × ${quality.real.columns.length})` };
  // diffusion-perf.json holds the default backend of a fresh install (wasm); other backends get their own file.
  return writeBenchResult(backend.name === 'wasm' ? 'diffusion-perf' : `diffusion-perf.${backend.name}`, {
    keys: {
      train_step_ms_b4096: Math.round(trainStepMs),
      sample_rows_per_s: Math.round(sampleRowsPerS),
      quality_report_seconds: qualitySeconds,
      backend: backend.name,
    },
    figures,
    work: { rows: rows, train_batch: 4096, measured_steps: MEASURED, table_rows: loaded.table.rowCount, default_config: JSON.stringify({ ...defaultDiffusionConfig }) },
    notes,
  });
}
