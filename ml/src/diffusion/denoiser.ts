import * as tf from '@tensorflow/tfjs';
import type { Rng } from './prng.js';

/**
 * TabDDPM's MLPDiffusion: emb = Linear(SiLU(Linear(sinusoid(t)))) [+ SiLU(labelEmbedding(y))];
 * h = Linear_proj(x) + emb; then an MLP of `layers` hidden widths with ReLU or SiLU, and a linear head.
 * Weights are tf.Variables in a fixed order so optimiser state and checkpoints line up by index.
 */
export interface DenoiserShape {
  dIn: number;
  dimT: number;
  layers: number[];
  activation: 'relu' | 'silu';
  /** Number of classes for label conditioning; 0 = unconditional. */
  classes: number;
}

export interface Denoiser {
  shape: DenoiserShape;
  names: string[];
  params: tf.Variable[];
}

/** Parameter names in order: time MLP, label embedding, input projection, hidden layers, head. */
export function parameterLayout(shape: DenoiserShape): { name: string; dims: [number, number] }[] {
  const out: { name: string; dims: [number, number] }[] = [
    { name: 'time1.w', dims: [shape.dimT, shape.dimT] }, { name: 'time1.b', dims: [1, shape.dimT] },
    { name: 'time2.w', dims: [shape.dimT, shape.dimT] }, { name: 'time2.b', dims: [1, shape.dimT] },
  ];
  if (shape.classes > 0) out.push({ name: 'label.emb', dims: [shape.classes, shape.dimT] });
  out.push({ name: 'proj.w', dims: [shape.dIn, shape.dimT] }, { name: 'proj.b', dims: [1, shape.dimT] });
  let prev = shape.dimT;
  shape.layers.forEach((width, i) => {
    out.push({ name: `hidden${i}.w`, dims: [prev, width] }, { name: `hidden${i}.b`, dims: [1, width] });
    prev = width;
  });
  out.push({ name: 'head.w', dims: [prev, shape.dIn] }, { name: 'head.b', dims: [1, shape.dIn] });
  return out;
}

/** PyTorch's defaults: Linear U(±1/√fan_in) for weights and biases, Embedding N(0, 1); drawn from the seeded rng. */
export function initDenoiser(shape: DenoiserShape, rng: Rng): Denoiser {
  const layout = parameterLayout(shape);
  const params = layout.map(({ name, dims }) => {
    const n = dims[0] * dims[1];
    const v = new Float32Array(n);
    if (name === 'label.emb') {
      const z = rng.normals(n);
      v.set(z);
    } else {
      const fanIn = name.endsWith('.b') ? fanInOf(layout, name) : dims[0];
      const bound = 1 / Math.sqrt(fanIn);
      for (let i = 0; i < n; i++) v[i] = (2 * rng.uniform() - 1) * bound;
    }
    return tf.tidy(() => tf.variable(tf.tensor2d(v, dims), true));
  });
  return { shape, names: layout.map((p) => p.name), params };
}

function fanInOf(layout: { name: string; dims: [number, number] }[], biasName: string): number {
  const w = layout.find((p) => p.name === biasName.replace(/\.b$/, '.w'));
  return w ? w.dims[0] : 1;
}

export function disposeDenoiser(d: Denoiser): void {
  for (const p of d.params) p.dispose();
}

/** Inputs of one forward pass; all [b, ·] row-major. */
export interface DenoiserInput {
  x: tf.Tensor2D;
  /** Sinusoidal embedding of t, [b, dimT]. */
  tEmb: tf.Tensor2D;
  /** One-hot of the class labels [b, classes], when conditioned. */
  yOnehot?: tf.Tensor2D;
}

/** Activations kept for the backward pass. */
export interface ForwardCache {
  input: DenoiserInput;
  timePre: tf.Tensor2D;
  timeAct: tf.Tensor2D;
  labelPre?: tf.Tensor2D;
  /** Inputs of each hidden layer (a_0 = projection + embedding, ...) and their pre-activations. */
  layerInputs: tf.Tensor2D[];
  layerPre: tf.Tensor2D[];
  out: tf.Tensor2D;
}

const dense = (x: tf.Tensor2D, w: tf.Tensor, b: tf.Tensor) => tf.add(tf.matMul(x, w as tf.Tensor2D), b) as tf.Tensor2D;
const act = (kind: 'relu' | 'silu', z: tf.Tensor2D) => (kind === 'relu' ? tf.relu(z) : tf.mul(z, tf.sigmoid(z))) as tf.Tensor2D;
/** d act(z)/dz */
function actGrad(kind: 'relu' | 'silu', z: tf.Tensor2D): tf.Tensor2D {
  if (kind === 'relu') return tf.step(z, 0) as tf.Tensor2D;
  const s = tf.sigmoid(z);
  return tf.mul(s, tf.add(1, tf.mul(z, tf.sub(1, s)))) as tf.Tensor2D;
}

/** Forward pass; call inside tf.tidy. Returns the output and the cache for backward. */
export function denoiserForward(d: Denoiser, input: DenoiserInput): ForwardCache {
  const p = named(d);
  const timePre = dense(input.tEmb, p('time1.w'), p('time1.b'));
  const timeAct = act('silu', timePre);
  let emb = dense(timeAct, p('time2.w'), p('time2.b'));
  let labelPre: tf.Tensor2D | undefined;
  if (d.shape.classes > 0 && input.yOnehot) {
    labelPre = tf.matMul(input.yOnehot, p('label.emb') as tf.Tensor2D);
    emb = tf.add(emb, act('silu', labelPre));
  }
  let a = tf.add(dense(input.x, p('proj.w'), p('proj.b')), emb) as tf.Tensor2D;
  const layerInputs: tf.Tensor2D[] = [];
  const layerPre: tf.Tensor2D[] = [];
  d.shape.layers.forEach((_, i) => {
    layerInputs.push(a);
    const z = dense(a, p(`hidden${i}.w`), p(`hidden${i}.b`));
    layerPre.push(z);
    a = act(d.shape.activation, z);
  });
  layerInputs.push(a);
  const out = dense(a, p('head.w'), p('head.b'));
  return { input, timePre, timeAct, ...(labelPre ? { labelPre } : {}), layerInputs, layerPre, out };
}

/** Only the output (sampling). Call inside tf.tidy. */
export function denoiserApply(d: Denoiser, input: DenoiserInput): tf.Tensor2D {
  return denoiserForward(d, input).out;
}

/**
 * Hand-written backward pass: gradients of the loss for every parameter, in d.params order, given dLoss/dOut.
 * Every matMul takes explicitly transposed operands (tfjs-wasm's transposed matMul is much slower).
 * Call inside tf.tidy.
 */
export function denoiserBackward(d: Denoiser, cache: ForwardCache, gOut: tf.Tensor2D): tf.Tensor[] {
  const p = named(d);
  const grads = new Map<string, tf.Tensor>();
  const T = (x: tf.Tensor) => tf.transpose(x as tf.Tensor2D);
  const mm = (a: tf.Tensor, b: tf.Tensor) => tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D);
  const biasGrad = (g: tf.Tensor) => tf.sum(g, 0, true);

  const L = d.shape.layers.length;
  let g: tf.Tensor = gOut;
  grads.set('head.w', mm(T(cache.layerInputs[L]!), g));
  grads.set('head.b', biasGrad(g));
  g = mm(g, T(p('head.w')));
  for (let i = L - 1; i >= 0; i--) {
    const gz = tf.mul(g, actGrad(d.shape.activation, cache.layerPre[i]!));
    grads.set(`hidden${i}.w`, mm(T(cache.layerInputs[i]!), gz));
    grads.set(`hidden${i}.b`, biasGrad(gz));
    g = mm(gz, T(p(`hidden${i}.w`)));
  }
  // g = dLoss/d(proj(x) + emb)
  grads.set('proj.w', mm(T(cache.input.x), g));
  grads.set('proj.b', biasGrad(g));
  if (d.shape.classes > 0) {
    if (cache.labelPre && cache.input.yOnehot) {
      const gl = tf.mul(g, actGrad('silu', cache.labelPre));
      grads.set('label.emb', mm(T(cache.input.yOnehot), gl));
    } else {
      grads.set('label.emb', tf.zerosLike(p('label.emb')));
    }
  }
  grads.set('time2.w', mm(T(cache.timeAct), g));
  grads.set('time2.b', biasGrad(g));
  const gt = tf.mul(mm(g, T(p('time2.w'))), actGrad('silu', cache.timePre));
  grads.set('time1.w', mm(T(cache.input.tEmb), gt));
  grads.set('time1.b', biasGrad(gt));
  return d.names.map((name) => grads.get(name)!);
}

function named(d: Denoiser): (name: string) => tf.Variable {
  const index = new Map(d.names.map((n, i) => [n, i]));
  return (name) => d.params[index.get(name)!]!;
}
