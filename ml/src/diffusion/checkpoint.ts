import * as tf from '@tensorflow/tfjs';
import { badInput } from '../errors/index.js';
import { resolveConfig, type DiffusionConfig } from './config.js';
import { parameterLayout } from './denoiser.js';
import { denoiserShapeFor, type DiffusionModel } from './model.js';
import { catLayout } from './multinomial.js';
import type { Preprocessor } from './preprocess.js';
import { Rng, type RngState } from './prng.js';
import { makeSchedule } from './schedule.js';
import type { TrainState } from './train-step.js';

/**
 * Binary container: 'VGD1', u32 header length, JSON header, then float32 blobs (little-endian, 4-byte aligned).
 * Used for training checkpoints (weights + Adam moments + EMA + step + rng) and for trained models.
 */
const MAGIC = 'VGD1';

interface Header {
  kind: 'checkpoint' | 'model';
  config: DiffusionConfig;
  blobs: { group: string; shape: number[]; offset: number; length: number }[];
  [key: string]: unknown;
}

function pack(header: Omit<Header, 'blobs'>, groups: Record<string, tf.Tensor[]>): Uint8Array {
  const blobs: Header['blobs'] = [];
  const datas: Float32Array[] = [];
  let offset = 0;
  for (const [group, tensors] of Object.entries(groups)) {
    for (const t of tensors) {
      const data = t.dataSync() as Float32Array;
      blobs.push({ group, shape: t.shape, offset, length: data.length });
      datas.push(data);
      offset += data.length;
    }
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, blobs }));
  const headerPadded = Math.ceil((json.length + 8) / 4) * 4;
  const out = new Uint8Array(headerPadded + offset * 4);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  const floats = new Float32Array(out.buffer, headerPadded, offset);
  let at = 0;
  for (const d of datas) {
    floats.set(d, at);
    at += d.length;
  }
  return out;
}

function unpack(bytes: Uint8Array): { header: Header; group: (name: string) => { shape: number[]; data: Float32Array }[] } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw badInput('not a Vigil diffusion checkpoint or model (bad magic bytes)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  header.config = storedConfig(header.config);
  const start = Math.ceil((length + 8) / 4) * 4;
  // copy to an aligned buffer (a Node Buffer slice may start at any byte offset)
  const body = new Float32Array(bytes.slice(start).buffer);
  return {
    header,
    group: (name) =>
      header.blobs.filter((b) => b.group === name).map((b) => ({ shape: b.shape, data: body.subarray(b.offset, b.offset + b.length) })),
  };
}

/** A config as stored by an earlier version: files written before spreadTies existed used the plain transform. */
export function storedConfig(config: Partial<DiffusionConfig>): DiffusionConfig {
  return resolveConfig({ spreadTies: false, ...config });
}

/** Data fingerprint kept in checkpoints so a resume on other data fails loudly. */
export function fingerprint(p: Preprocessor): string {
  return JSON.stringify([p.rows, p.numeric.map((c) => c.name), p.categorical.map((c) => [c.name, c.levels.length]), p.label?.levels.length ?? 0]);
}

export function saveCheckpoint(st: TrainState, p: Preprocessor): Uint8Array {
  return pack(
    { kind: 'checkpoint', config: st.config, step: st.step, rng: st.rng.state(), optimizerT: st.optimizer.t, data: fingerprint(p) },
    { params: st.denoiser.params, m: st.optimizer.m, v: st.optimizer.v, ema: st.optimizer.ema },
  );
}

/** Restores a checkpoint into a freshly created state for the same config and data. */
export function restoreCheckpoint(st: TrainState, p: Preprocessor, bytes: Uint8Array): void {
  const { header, group } = unpack(bytes);
  if (header.kind !== 'checkpoint') throw badInput('this file is a trained model, not a training checkpoint');
  if (JSON.stringify(header.config) !== JSON.stringify(st.config)) throw badInput('the checkpoint was written with a different training config');
  if (header['data'] !== fingerprint(p)) throw badInput('the checkpoint was written for different data (rows or columns differ)');
  const assign = (targets: tf.Variable[], name: string) => {
    const blobs = group(name);
    if (blobs.length !== targets.length) throw badInput(`checkpoint group '${name}' has ${blobs.length} tensors, expected ${targets.length}`);
    targets.forEach((v, i) => v.assign(tf.tensor(blobs[i]!.data, blobs[i]!.shape)));
  };
  tf.tidy(() => {
    assign(st.denoiser.params, 'params');
    assign(st.optimizer.m, 'm');
    assign(st.optimizer.v, 'v');
    assign(st.optimizer.ema, 'ema');
  });
  st.step = header['step'] as number;
  st.optimizer.t = header['optimizerT'] as number;
  st.rng = new Rng(header['rng'] as RngState);
}

/** A trained model as bytes (config, preprocessor, weights). */
export function serializeModel(m: DiffusionModel): Uint8Array {
  return pack({ kind: 'model', config: m.config, preprocessor: m.preprocessor }, { weights: m.denoiser.params });
}

export function deserializeModel(bytes: Uint8Array): DiffusionModel {
  const { header, group } = unpack(bytes);
  if (header.kind !== 'model') throw badInput('this file is a training checkpoint, not a trained model');
  const preprocessor = header['preprocessor'] as Preprocessor;
  const shape = denoiserShapeFor(header.config, preprocessor);
  const layout = parameterLayout(shape);
  const blobs = group('weights');
  if (blobs.length !== layout.length) throw badInput('the model file does not match its config (weight count differs)');
  const params = blobs.map((b) => tf.tidy(() => tf.variable(tf.tensor(b.data, b.shape), false)));
  return {
    config: header.config,
    preprocessor,
    schedule: makeSchedule(header.config.schedule, header.config.timesteps),
    layout: catLayout(preprocessor.categorical.map((c) => c.levels.length)),
    denoiser: { shape, names: layout.map((l) => l.name), params },
    classes: shape.classes,
  };
}
