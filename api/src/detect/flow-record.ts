import type { FlowRecord } from '@vigil/ml/classify';
import { NSL_KDD_CATEGORICAL, NSL_KDD_FEATURES } from '@vigil/ml/tables';

/** Fields a flow record may carry besides the 41 features; they are accepted and ignored (replayed dataset rows). */
const IGNORED = new Set(['label', 'difficulty']);
const FEATURES = new Set<string>(NSL_KDD_FEATURES);
const CATEGORICAL = new Set(NSL_KDD_CATEGORICAL);

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Checks one flow record in the NSL-KDD schema: every one of the 41 features present, `protocol_type`, `service`
 * and `flag` non-empty strings, every other feature a finite number (or a string holding one). Unknown fields are
 * refused so a misspelt feature cannot silently encode as "missing". Returns the record as the encoder wants it,
 * or the first problem.
 */
export function checkFlowRecord(value: unknown): { record: FlowRecord } | { problem: FieldProblem } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: { field: '(record)', message: 'must be a JSON object of NSL-KDD fields' } };
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!FEATURES.has(key) && !IGNORED.has(key)) return { problem: { field: key, message: `unknown field '${key}' (not an NSL-KDD feature)` } };
  }
  const out: Record<string, string | number> = {};
  for (const name of NSL_KDD_FEATURES) {
    const v = input[name];
    if (v === undefined || v === null || v === '') return { problem: { field: name, message: `'${name}' is missing` } };
    if (CATEGORICAL.has(name)) {
      if (typeof v !== 'string') return { problem: { field: name, message: `'${name}' must be a string, got ${JSON.stringify(v)}` } };
      out[name] = v;
    } else {
      const x = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
      if (!Number.isFinite(x)) return { problem: { field: name, message: `'${name}' must be a finite number, got ${JSON.stringify(v)}` } };
      out[name] = x;
    }
  }
  return { record: out };
}

/** The feature fields of a record, for storing with an alert (ignored fields dropped). */
export function recordFields(record: FlowRecord): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const name of NSL_KDD_FEATURES) out[name] = record[name] as string | number;
  return out;
}
