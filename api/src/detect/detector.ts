import {
  attackProba,
  FeatureEncoder,
  loadClassifier,
  type Classifier,
  type ClassifierState,
  type Contribution,
  type EncoderState,
  type FlowRecord,
  type Matrix,
} from '@vigil/ml/classify';
import { unavailable } from '@vigil/ml/errors';
import type { ArtifactStore } from '../ports/artifact-store.js';
import { artifactKeys } from './training.types.js';
import type { ModelRecord } from './model-record.js';

/** A promoted model in memory, with its own encoder and operating threshold. */
export interface LoadedModel {
  id: string;
  model: Classifier;
  encoder: FeatureEncoder;
  threshold: number;
}

export interface Classification {
  /** `normal`, the attack category, or `attack` when no multiclass model is promoted. */
  label: string;
  attack: boolean;
  pAttack: number;
  /** Attack category (most probable attack class) when `attack`, else null. */
  category: string | null;
  probabilities: { class: string; probability: number }[];
  contributions: Contribution[];
}

export async function loadModel(artifacts: ArtifactStore, record: ModelRecord): Promise<LoadedModel> {
  const keys = artifactKeys(record.id);
  const [model, encoder] = await Promise.all([artifacts.get(keys.model), artifacts.get(keys.encoder)]);
  if (!model || !encoder) throw unavailable(`the files of model '${record.id}' are missing from the artifact store`, { id: record.id });
  return {
    id: record.id,
    model: loadClassifier(JSON.parse(Buffer.from(model).toString('utf8')) as ClassifierState),
    encoder: FeatureEncoder.fromJSON(JSON.parse(Buffer.from(encoder).toString('utf8')) as EncoderState),
    threshold: record.threshold ?? 0.5,
  };
}

/**
 * Detection as served: P(attack) and the threshold come from the promoted binary model (or, without one, from
 * the promoted multiclass model as 1 − P(normal)); the category is the multiclass model's most probable attack
 * class (categoriseAttacks' rule). Records are encoded and scored as one batch per model.
 */
export class Detector {
  constructor(
    readonly binary: LoadedModel | null,
    readonly multiclass: LoadedModel | null,
  ) {}

  get ready(): boolean {
    return this.binary !== null || this.multiclass !== null;
  }

  /** The model whose P(attack) and threshold decide. */
  get decider(): LoadedModel {
    const m = this.binary ?? this.multiclass;
    if (!m) throw unavailable('no classifier is promoted: train one (trainClassifier) and promote it (promoteClassifier, admin)');
    return m;
  }

  classify(records: readonly FlowRecord[], options: { contributions?: number } = {}): Classification[] {
    const decider = this.decider;
    const X = decider.encoder.transform(records);
    const p = attackProba(decider.model.predictProba(X), decider.model.classes);
    let multi: { proba: Float32Array; classes: readonly string[] } | null = null;
    if (this.multiclass) {
      const Xm = this.multiclass === decider ? X : this.multiclass.encoder.transform(records);
      multi = { proba: this.multiclass.model.predictProba(Xm), classes: this.multiclass.model.classes };
    }
    const out: Classification[] = new Array(records.length);
    const cols = X.cols;
    for (let r = 0; r < records.length; r++) {
      const pAttack = p[r * 2 + 1]!;
      const attack = pAttack >= decider.threshold;
      let category: string | null = null;
      let probabilities: Classification['probabilities'];
      if (multi) {
        const k = multi.classes.length;
        probabilities = multi.classes.map((c, i) => ({ class: c, probability: multi.proba[r * k + i]! }));
        if (attack) {
          let best = -1;
          for (let c = 0; c < k; c++) {
            if (multi.classes[c] === 'normal') continue;
            if (best < 0 || multi.proba[r * k + c]! > multi.proba[r * k + best]!) best = c;
          }
          category = multi.classes[best]!;
        }
      } else {
        probabilities = [
          { class: 'normal', probability: p[r * 2]! },
          { class: 'attack', probability: pAttack },
        ];
        if (attack) category = 'attack';
      }
      const contributions = options.contributions
        ? decider.model.contributions(rowOf(X, r, cols), options.contributions)
        : [];
      out[r] = { label: attack ? category! : 'normal', attack, pAttack, category, probabilities, contributions };
    }
    return out;
  }
}

const rowOf = (X: Matrix, r: number, cols: number) => X.data.subarray(r * cols, (r + 1) * cols);
