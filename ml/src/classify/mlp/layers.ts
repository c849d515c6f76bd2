import * as tf from '@tensorflow/tfjs';
import { gaussian } from '../random.js';

/** One dense layer's parameters as plain arrays: `w` is inputs × outputs, row-major. */
export interface DenseParams {
  inputs: number;
  outputs: number;
  w: Float32Array;
  b: Float32Array;
}

/** He-initialised dense layer (for ReLU). */
export function initDense(inputs: number, outputs: number, random: () => number): DenseParams {
  const std = Math.sqrt(2 / inputs);
  const w = Float32Array.from({ length: inputs * outputs }, () => gaussian(random) * std);
  return { inputs, outputs, w, b: new Float32Array(outputs) };
}

/**
 * Forward pass of a ReLU MLP with a linear last layer; returns logits and, for the backward pass, each layer's
 * input and pre-activation. Call inside tf.tidy.
 */
export function forward(x: tf.Tensor2D, layers: readonly { w: tf.Tensor2D; b: tf.Tensor1D }[]) {
  const inputs: tf.Tensor2D[] = [];
  const pre: tf.Tensor2D[] = [];
  let a = x;
  layers.forEach((layer, i) => {
    inputs.push(a);
    const z = tf.add(tf.matMul(a, layer.w), layer.b) as tf.Tensor2D;
    pre.push(z);
    a = i < layers.length - 1 ? tf.relu(z) : z;
  });
  return { logits: a, inputs, pre };
}

/**
 * Hand-written backward pass from the gradient of the loss w.r.t. the logits. Every product with a transposed
 * operand transposes explicitly first: wasm's transposed matMul is about 15× slower. Call inside tf.tidy.
 * Returns per-layer gradients and the gradient w.r.t. the input.
 */
export function backward(
  dLogits: tf.Tensor2D,
  layers: readonly { w: tf.Tensor2D; b: tf.Tensor1D }[],
  cache: { inputs: tf.Tensor2D[]; pre: tf.Tensor2D[] },
  needInputGradient = false,
) {
  const grads: { w: tf.Tensor2D; b: tf.Tensor1D }[] = new Array(layers.length);
  let dz = dLogits;
  let dx: tf.Tensor2D | null = null;
  for (let i = layers.length - 1; i >= 0; i--) {
    grads[i] = { w: tf.matMul(tf.transpose(cache.inputs[i]!), dz), b: tf.sum(dz, 0) as tf.Tensor1D };
    if (i === 0 && !needInputGradient) break;
    const da = tf.matMul(dz, tf.transpose(layers[i]!.w)) as tf.Tensor2D;
    if (i === 0) {
      dx = da;
      break;
    }
    dz = tf.mul(da, tf.step(cache.pre[i - 1]!)) as tf.Tensor2D;
  }
  return { grads, dx };
}
