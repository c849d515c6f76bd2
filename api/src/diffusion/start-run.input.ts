import { Field, Float, InputType, Int } from 'type-graphql';
import { Dataset } from './run.type.js';

@InputType({ description: 'Cleaning steps; each is off unless set. They run in this order.' })
export class CleaningInput {
  @Field({ defaultValue: false }) removeDuplicates!: boolean;
  @Field(() => String, { nullable: true, description: "Missing values in every column: 'drop' (the row), 'mean', 'median', 'mode'. Unset: no step." })
  missingValues?: string | null;
  @Field({ defaultValue: false }) dropConstantColumns!: boolean;
  @Field({ defaultValue: false, description: 'Drop one of each pair of numeric columns with |r| above the threshold.' }) dropCorrelated!: boolean;
  @Field(() => Float, { defaultValue: 0.9 }) correlationThreshold!: number;
}

@InputType({ description: 'Model and training settings; unset fields take the defaults (MLP 3×512, T=100 linear, 4000 steps, batch 1024, AdamW 2e-3, EMA 0.995, ties spread).' })
export class DiffusionConfigInput {
  @Field(() => Int, { nullable: true, description: 'Diffusion timesteps T (e.g. 100 or 1000).' }) timesteps?: number;
  @Field(() => String, { nullable: true, description: "'linear' or 'cosine'" }) schedule?: string;
  @Field(() => [Int], { nullable: true, description: 'Hidden widths of the denoiser MLP.' }) layers?: number[];
  @Field(() => Int, { nullable: true }) dimT?: number;
  @Field(() => String, { nullable: true, description: "'relu' or 'silu'" }) activation?: string;
  @Field({ nullable: true, description: 'Condition on the label column (per-class sampling needs it).' }) conditionOnLabel?: boolean;
  @Field(() => String, { nullable: true, description: "'adam' or 'adamw'" }) optimizer?: string;
  @Field(() => Float, { nullable: true }) lr?: number;
  @Field(() => Float, { nullable: true }) lrMin?: number;
  @Field(() => Float, { nullable: true }) weightDecay?: number;
  @Field(() => Int, { nullable: true }) warmupSteps?: number;
  @Field(() => Int, { nullable: true }) steps?: number;
  @Field(() => Int, { nullable: true }) batchSize?: number;
  @Field(() => Float, { nullable: true, description: 'EMA decay of the weights (0 = off).' }) emaDecay?: number;
  @Field(() => Int, { nullable: true }) seed?: number;
  @Field({ nullable: true, description: "Spread tied numeric values (point masses such as 0 or 255) over their quantile interval before the normal transform (default true); false = sklearn's QuantileTransformer exactly, as TabDDPM." })
  spreadTies?: boolean;
  @Field(() => Float, { nullable: true, description: 'Clip predicted x̂₀ of numeric columns to ±this while sampling (0 = off).' }) clipDenoised?: number;
}

@InputType()
export class StartDiffusionRunInput {
  @Field(() => Dataset) dataset!: Dataset;
  @Field({ description: 'Server-side path of the table (NSL-KDD/UNSW-NB15 files as published, or a CSV/TSV).' }) path!: string;
  @Field({ defaultValue: true, description: 'CSV only: the first line names the columns.' }) header!: boolean;
  @Field(() => String, { nullable: true, description: 'CSV only: the label column.' }) labelColumn?: string | null;
  @Field(() => CleaningInput, { nullable: true }) cleaning?: CleaningInput | null;
  @Field(() => DiffusionConfigInput, { nullable: true }) config?: DiffusionConfigInput | null;
  @Field(() => Int, { nullable: true, description: 'Rows generated after training for the report and the download (default: as many as the training rows).' })
  sampleRows?: number | null;
  @Field(() => Float, { defaultValue: 0.1, description: 'Fraction of rows held out of training, for DCROverfittingProtection (0: none).' })
  holdoutFraction!: number;
  @Field(() => Int, { defaultValue: 100, description: 'Write a checkpoint every N steps (a cancelled or crashed run resumes from it).' })
  checkpointEvery!: number;
}

@InputType()
export class SampleClassCountInput {
  @Field({ description: 'A label value, e.g. R2L.' }) label!: string;
  @Field(() => Int) rows!: number;
}

@InputType({ description: 'Score a synthetic CSV (with a header naming the real columns) against its real table.' })
export class EvaluateSyntheticInput {
  @Field(() => Dataset) dataset!: Dataset;
  @Field({ description: 'Server-side path of the real table.' }) realPath!: string;
  @Field({ description: 'Server-side path of the synthetic CSV.' }) syntheticPath!: string;
  @Field(() => String, { nullable: true, description: 'Real rows the generator never saw (same format as realPath), for DCROverfittingProtection.' })
  holdoutPath?: string | null;
  @Field(() => String, { nullable: true, description: 'CSV only: the label column.' }) labelColumn?: string | null;
  @Field({ defaultValue: false, description: 'Score only strong pairs (SDMetrics ≥ 0.27).' }) strongPairsOnly!: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 5000, description: 'Rows per DCR comparison (null: every row, slow on big tables).' })
  dcrRows?: number | null;
}
