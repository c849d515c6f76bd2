// Tables: CSV/TSV loading into column-major typed tables, dataset descriptors, cleaning steps.
export * from './column.js';
export * from './table.js';
export { detectDelimiter, parseDelimited, type Delimiter, type DelimitedText } from './csv.js';
export { DEFAULT_MISSING_TOKENS, inferKind, parseNumber, type SchemaColumn } from './schema.js';
export { loadTableFile, parseTable, sha256, type LoadedTable, type LoadOptions } from './load.js';
export { formatDelimited } from './write.js';
export * from './nsl-kdd.js';
export * from './unsw-nb15.js';
export * from './stats.js';
export * from './clean/index.js';
