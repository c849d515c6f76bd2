// Public surface of @vigil/ml: one subpath per domain (`@vigil/ml/tables`, `@vigil/ml/quality`, ...).
export * from './errors/index.js';
