import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DiffusionConfig } from '@vigil/ml/diffusion';
import type { CleaningStepReport } from '@vigil/ml/tables';

export enum Dataset {
  NSL_KDD = 'NSL_KDD',
  UNSW_NB15 = 'UNSW_NB15',
  CSV = 'CSV',
}
registerEnumType(Dataset, { name: 'Dataset', description: 'How a table is read: a built-in descriptor, or a CSV with an inferred schema.' });

export enum RunStatusEnum {
  queued = 'queued',
  running = 'running',
  succeeded = 'succeeded',
  failed = 'failed',
  cancelled = 'cancelled',
}
registerEnumType(RunStatusEnum, { name: 'RunStatus' });

/** GraphQL floats cannot be NaN; undefined scores become null. */
export const finiteOrNull = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

@ObjectType({ description: 'The diffusion model and training settings a run used (resolved, with defaults filled in).' })
export class DiffusionConfigType {
  @Field(() => Int) timesteps!: number;
  @Field() schedule!: string;
  @Field(() => [Int]) layers!: number[];
  @Field(() => Int) dimT!: number;
  @Field() activation!: string;
  @Field() conditionOnLabel!: boolean;
  @Field() optimizer!: string;
  @Field(() => Float) lr!: number;
  @Field(() => Float) lrMin!: number;
  @Field(() => Float) weightDecay!: number;
  @Field(() => Int) warmupSteps!: number;
  @Field(() => Int) steps!: number;
  @Field(() => Int) batchSize!: number;
  @Field(() => Float) emaDecay!: number;
  @Field(() => Int) seed!: number;
  @Field({ description: 'Tied numeric values were spread over their quantile interval (false: sklearn/TabDDPM transform).' }) spreadTies!: boolean;
  @Field() samplingVariance!: string;
  @Field(() => Float) clipDenoised!: number;
}

// Runs stored before spreadTies existed used the plain transform.
export const toConfigType = (c: DiffusionConfig): DiffusionConfigType => ({ ...c, spreadTies: c.spreadTies ?? false });

@ObjectType({ description: 'One cleaning step that ran, in order.' })
export class CleaningStep {
  @Field({ description: 'remove-duplicates, missing-values, drop-constant-columns or drop-correlated-columns' }) step!: string;
  @Field() summary!: string;
  @Field(() => Int) rowsBefore!: number;
  @Field(() => Int) rowsAfter!: number;
  @Field(() => [String]) columnsDropped!: string[];
  @Field({ description: "The step's full report as JSON (per-column strategies, correlated pairs with r, ...)." }) detail!: string;
}

export const toCleaningStep = (r: CleaningStepReport): CleaningStep => ({
  step: r.step,
  summary: r.summary,
  rowsBefore: r.rowsBefore,
  rowsAfter: r.rowsAfter,
  columnsDropped: r.columnsDropped,
  detail: JSON.stringify(r),
});

@ObjectType()
export class LossPointType {
  @Field(() => Int) step!: number;
  @Field(() => Float) loss!: number;
  @Field(() => Float) lr!: number;
}

@ObjectType({ description: 'Wall-clock seconds per phase (null until the phase has run).' })
export class RunDurationsType {
  @Field(() => Float, { nullable: true }) loadSeconds!: number | null;
  @Field(() => Float, { nullable: true }) trainSeconds!: number | null;
  @Field(() => Float, { nullable: true }) sampleSeconds!: number | null;
  @Field(() => Float, { nullable: true }) scoreSeconds!: number | null;
  @Field(() => Float, { nullable: true }) totalSeconds!: number | null;
}

@ObjectType({ description: 'A diffusion training run: its data, config, backend, cleaning, loss curve and outcome.' })
export class Run {
  @Field(() => ID) id!: string;
  @Field(() => RunStatusEnum) status!: RunStatusEnum;
  @Field(() => String, { nullable: true, description: 'training, sampling, scoring or done' }) phase!: string | null;
  @Field(() => Dataset) dataset!: Dataset;
  @Field() path!: string;
  @Field(() => DiffusionConfigType) config!: DiffusionConfigType;
  @Field(() => String, { nullable: true, description: 'The tfjs backend the run trained on, e.g. "wasm (SIMD, 1 thread)".' }) backend!: string | null;
  @Field(() => Int, { nullable: true, description: 'Training rows (after cleaning and the holdout split).' }) rows!: number | null;
  @Field(() => Int, { nullable: true, description: 'Real rows kept out of training for DCROverfittingProtection.' }) holdoutRows!: number | null;
  @Field(() => [String]) columns!: string[];
  @Field(() => [String], { description: 'Integer columns with few distinct values, modelled as categories and written back as numbers.' }) discreteColumns!: string[];
  @Field(() => [CleaningStep]) cleaning!: CleaningStep[];
  @Field(() => [LossPointType], { description: 'Training loss and learning rate per step.' }) lossCurve!: LossPointType[];
  @Field(() => Int) step!: number;
  @Field(() => Float, { nullable: true }) loss!: number | null;
  @Field(() => Float, { nullable: true }) lr!: number | null;
  @Field(() => Float, { nullable: true }) etaSeconds!: number | null;
  @Field(() => Int, { nullable: true, description: 'The checkpoint step the last attempt resumed from.' }) resumedFrom!: number | null;
  @Field(() => Int, { nullable: true }) syntheticRows!: number | null;
  @Field(() => String, { nullable: true, description: 'Download path of the synthetic CSV (bearer token required).' }) syntheticCsvPath!: string | null;
  @Field(() => RunDurationsType) durations!: RunDurationsType;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
  @Field() createdAt!: string;
}

@ObjectType()
export class RunPage {
  @Field(() => [Run]) items!: Run[];
  @Field(() => String, { nullable: true }) nextCursor!: string | null;
}

@ObjectType({ description: 'A live update of a run: each training step, phase changes, and the end.' })
export class RunProgress {
  @Field(() => ID) runId!: string;
  @Field(() => RunStatusEnum) status!: RunStatusEnum;
  @Field(() => String, { nullable: true }) phase!: string | null;
  @Field(() => Int) step!: number;
  @Field(() => Int) totalSteps!: number;
  @Field(() => Float, { nullable: true }) loss!: number | null;
  @Field(() => Float, { nullable: true }) lr!: number | null;
  @Field(() => Float, { nullable: true }) etaSeconds!: number | null;
  @Field(() => Int, { nullable: true, description: 'Sampling: rows generated so far.' }) rowsDone!: number | null;
  @Field(() => Int, { nullable: true }) rowsTotal!: number | null;
}

@ObjectType({ description: 'Rows drawn from a trained run.' })
export class SampleType {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => Int) rows!: number;
  @Field(() => [String]) columns!: string[];
  @Field(() => [[String]], { description: 'The first rows (up to 20), as CSV fields.' }) preview!: string[][];
  @Field({ description: 'Download path of the CSV (bearer token required).' }) downloadPath!: string;
  @Field(() => Float) seconds!: number;
}
