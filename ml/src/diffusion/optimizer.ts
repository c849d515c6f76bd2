import * as tf from '@tensorflow/tfjs';

/**
 * Adam / AdamW written directly on the weight variables (one fused tidy per step), plus an optional EMA copy.
 * Adam adds weightDecay·w to the gradient (L2, as torch.optim.Adam); AdamW decays the weight itself (decoupled).
 */
export interface OptimizerState {
  kind: 'adam' | 'adamw';
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
  /** Number of updates applied so far. */
  t: number;
  m: tf.Variable[];
  v: tf.Variable[];
  /** EMA of the weights, empty when off. */
  ema: tf.Variable[];
  emaDecay: number;
}

export function createOptimizer(
  params: tf.Variable[],
  opts: { kind: 'adam' | 'adamw'; weightDecay: number; emaDecay: number; beta1?: number; beta2?: number; epsilon?: number },
): OptimizerState {
  return {
    kind: opts.kind,
    beta1: opts.beta1 ?? 0.9,
    beta2: opts.beta2 ?? 0.999,
    epsilon: opts.epsilon ?? 1e-8,
    weightDecay: opts.weightDecay,
    t: 0,
    m: params.map((p) => tf.tidy(() => tf.variable(tf.zerosLike(p), false))),
    v: params.map((p) => tf.tidy(() => tf.variable(tf.zerosLike(p), false))),
    ema: opts.emaDecay > 0 ? params.map((p) => tf.tidy(() => tf.variable(p.clone(), false))) : [],
    emaDecay: opts.emaDecay,
  };
}

export function disposeOptimizer(o: OptimizerState): void {
  for (const x of [...o.m, ...o.v, ...o.ema]) x.dispose();
}

/** Applies one update with learning rate lr. Consumes nothing: the caller disposes grads. */
export function applyUpdate(o: OptimizerState, params: tf.Variable[], grads: tf.Tensor[], lr: number): void {
  o.t += 1;
  const bc1 = 1 - o.beta1 ** o.t;
  const bc2 = 1 - o.beta2 ** o.t;
  const stepSize = lr / bc1;
  tf.tidy(() => {
    params.forEach((p, i) => {
      let g = grads[i]!;
      if (o.kind === 'adam' && o.weightDecay > 0) g = tf.add(g, tf.mul(p, o.weightDecay));
      const m = tf.add(tf.mul(o.m[i]!, o.beta1), tf.mul(g, 1 - o.beta1));
      const v = tf.add(tf.mul(o.v[i]!, o.beta2), tf.mul(tf.square(g), 1 - o.beta2));
      o.m[i]!.assign(m);
      o.v[i]!.assign(v);
      const denom = tf.add(tf.div(tf.sqrt(v), Math.sqrt(bc2)), o.epsilon);
      let next = tf.sub(p, tf.mul(tf.div(m, denom), stepSize));
      if (o.kind === 'adamw' && o.weightDecay > 0) next = tf.sub(next, tf.mul(p, lr * o.weightDecay));
      p.assign(next);
      if (o.ema.length) o.ema[i]!.assign(tf.add(tf.mul(o.ema[i]!, o.emaDecay), tf.mul(next, 1 - o.emaDecay)));
    });
  });
}

/** Linear warm-up, then cosine annealing from lr to lrMin over the remaining steps. */
export function learningRate(step: number, c: { lr: number; lrMin: number; steps: number; warmupSteps: number }): number {
  if (c.warmupSteps > 0 && step < c.warmupSteps) return (c.lr * (step + 1)) / c.warmupSteps;
  const span = Math.max(1, c.steps - c.warmupSteps);
  const progress = Math.min(1, (step - c.warmupSteps) / span);
  return c.lrMin + 0.5 * (c.lr - c.lrMin) * (1 + Math.cos(Math.PI * progress));
}
