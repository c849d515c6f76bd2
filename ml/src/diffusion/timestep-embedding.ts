/**
 * Sinusoidal timestep embedding (as in guided-diffusion and TabDDPM): [cos(t·f_0..f_{h−1}), sin(t·f_0..f_{h−1})],
 * f_i = exp(−ln(10000)·i/h), h = dim/2; a zero column is appended for odd dim. Returns [b, dim] row-major.
 */
export function timestepEmbedding(t: ArrayLike<number>, dim: number, maxPeriod = 10000): Float32Array {
  const half = Math.floor(dim / 2);
  const freqs = new Float64Array(half);
  for (let i = 0; i < half; i++) freqs[i] = Math.exp((-Math.log(maxPeriod) * i) / half);
  const out = new Float32Array(t.length * dim);
  for (let r = 0; r < t.length; r++) {
    const base = r * dim;
    for (let i = 0; i < half; i++) {
      const arg = t[r]! * freqs[i]!;
      out[base + i] = Math.cos(arg);
      out[base + half + i] = Math.sin(arg);
    }
  }
  return out;
}
