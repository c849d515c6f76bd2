/**
 * The product's job types and the modules that run them (in worker threads on the embedded default, in
 * ml-worker replicas when distributed). Each domain adds its entries here.
 */
export const productJobHandlers: Record<string, string> = {
  'train-classifier': new URL('../detect/train.job.js', import.meta.url).href,
  'diffusion.train': new URL('../diffusion/run.job.js', import.meta.url).href,
};
