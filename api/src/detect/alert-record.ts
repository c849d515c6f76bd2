import type { StoredRecord } from '../ports/record-store.js';
import type { Technique } from './attack-techniques.js';
import type { Severity } from './severity.js';

/** One alert in the `alerts` collection (and as published on the `alerts` topic). */
export interface AlertRecord extends StoredRecord {
  time: string;
  severity: Severity;
  category: string;
  pAttack: number;
  techniques: Technique[];
  record: Record<string, string | number>;
  /** The promoted model whose P(attack) and threshold decided. */
  modelId: string;
  /** The promoted multiclass model that named the category, if any. */
  categoryModelId: string | null;
  threshold: number;
  source: 'graphql' | 'ndjson';
  acknowledged: boolean;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

export interface AlertFilter {
  minSeverity?: Severity | null;
  category?: string | null;
  acknowledged?: boolean | null;
}
