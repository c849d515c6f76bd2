import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { badInput } from '@vigil/ml/errors';
import type { CleaningOptions, MissingStrategy } from '@vigil/ml/tables';
import type { Context } from '../graphql/context.js';
import { topics } from '../ports/pubsub.js';
import { QualityReportType, toQualityReport } from './quality-report.type.js';
import type { DatasetSpec, RunRecord } from './run.record.js';
import type { RunProgressEvent } from './run.service.js';
import { Dataset, Run, RunPage, RunProgress, RunStatusEnum, SampleType, toCleaningStep, toConfigType } from './run.type.js';
import { SampleClassCountInput, EvaluateSyntheticInput, StartDiffusionRunInput, type CleaningInput } from './start-run.input.js';

const MISSING: Record<string, MissingStrategy> = { drop: { kind: 'drop-row' }, mean: { kind: 'mean' }, median: { kind: 'median' }, mode: { kind: 'mode' } };

function cleaningOptions(input: CleaningInput | null | undefined): CleaningOptions {
  if (!input) return {};
  const out: CleaningOptions = {};
  if (input.removeDuplicates) out.removeDuplicates = true;
  if (input.missingValues) {
    const strategy = MISSING[input.missingValues];
    if (!strategy) throw badInput(`missingValues must be one of ${Object.keys(MISSING).join(', ')}`, { field: 'missingValues' });
    out.missingValues = { default: strategy };
  }
  if (input.dropConstantColumns) out.dropConstantColumns = true;
  if (input.dropCorrelated) {
    if (!(input.correlationThreshold > 0 && input.correlationThreshold < 1)) throw badInput('correlationThreshold must be in (0, 1)', { field: 'correlationThreshold' });
    out.dropCorrelated = { threshold: input.correlationThreshold };
  }
  return out;
}

const source = (dataset: Dataset, path: string, header: boolean, labelColumn?: string | null): DatasetSpec => {
  if (!path.trim()) throw badInput('path must name a file on the server', { field: 'path' });
  return { dataset, path, ...(dataset === Dataset.CSV ? { header, ...(labelColumn ? { labelColumn } : {}) } : {}) };
};

export const toRun = (r: RunRecord): Run => ({
  id: r.id,
  status: r.status as RunStatusEnum,
  phase: r.phase,
  dataset: r.source.dataset as Dataset,
  path: r.source.path,
  config: toConfigType(r.config),
  backend: r.backend,
  rows: r.rows,
  holdoutRows: r.holdoutRows,
  columns: r.columns,
  discreteColumns: r.discreteColumns ?? [],
  cleaning: r.cleaning.map(toCleaningStep),
  lossCurve: r.lossCurve,
  step: r.step,
  loss: r.loss,
  lr: r.lr,
  etaSeconds: r.etaSeconds,
  resumedFrom: r.resumedFrom,
  syntheticRows: r.syntheticRows,
  syntheticCsvPath: r.status === 'succeeded' ? `/runs/${r.id}/synthetic.csv` : null,
  durations: r.durations,
  error: r.error,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  createdAt: r.createdAt,
});

@Resolver(() => Run)
export class RunResolver {
  @Mutation(() => Run, { description: 'Starts a diffusion training run on a server-side table; it trains as a job (never on the GraphQL event loop).' })
  async startDiffusionRun(@Arg('input') input: StartDiffusionRunInput, @Ctx() { services }: Context): Promise<Run> {
    const config = Object.fromEntries(Object.entries(input.config ?? {}).filter(([, v]) => v !== undefined && v !== null));
    const run = await services.runs.startRun({
      source: source(input.dataset, input.path, input.header, input.labelColumn),
      cleaning: cleaningOptions(input.cleaning),
      config,
      sampleRows: input.sampleRows ?? null,
      holdoutFraction: input.holdoutFraction,
      checkpointEvery: input.checkpointEvery,
    });
    return toRun(run);
  }

  @Query(() => RunPage, { description: 'Diffusion runs, newest first.', complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 20) * childComplexity })
  async runs(
    @Ctx() { services }: Context,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<RunPage> {
    if (!(limit >= 1 && limit <= 100)) throw badInput('limit must be in 1..100', { field: 'limit' });
    const page = await services.runs.list(limit, after ?? undefined);
    return { items: page.items.map(toRun), nextCursor: page.nextCursor };
  }

  @Query(() => Run, { description: 'One run: status, config, backend, cleaning summary, loss curve, lr, durations, ETA.' })
  async run(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Run> {
    return toRun(await services.runs.get(id));
  }

  @FieldResolver(() => QualityReportType, { nullable: true, description: 'The quality and privacy report (when the run has succeeded).' })
  async report(@Root() run: Run, @Ctx() { services }: Context): Promise<QualityReportType | null> {
    const e = await services.runs.report(run.id);
    return e ? toQualityReport(e) : null;
  }

  @Query(() => QualityReportType, { nullable: true, description: "A run's quality report: Column Shapes, Column Pair Trends, overall, details, DCR privacy. Null until it has succeeded." })
  async qualityReport(@Arg('runId', () => ID) runId: string, @Ctx() { services }: Context): Promise<QualityReportType | null> {
    const e = await services.runs.report(runId);
    return e ? toQualityReport(e) : null;
  }

  @Mutation(() => Run, { description: 'Stops a queued or running run after a checkpoint; resumeRun continues it.' })
  async cancelRun(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Run> {
    return toRun(await services.runs.cancel(id));
  }

  @Mutation(() => Run, { description: 'Queues a cancelled or failed run again; training continues from its last checkpoint.' })
  async resumeRun(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Run> {
    return toRun(await services.runs.resume(id));
  }

  @Mutation(() => SampleType, { description: "Draws rows from a succeeded run's model (optionally per class) into a CSV; returns a preview." })
  async sample(
    @Arg('runId', () => ID) runId: string,
    @Ctx() { services }: Context,
    @Arg('rows', () => Int, { defaultValue: 1000 }) rows: number,
    @Arg('perClass', () => [SampleClassCountInput], { nullable: true }) perClass?: SampleClassCountInput[] | null,
    @Arg('seed', () => Int, { nullable: true }) seed?: number | null,
  ): Promise<SampleType> {
    const classes = perClass?.length ? Object.fromEntries(perClass.map((c) => [c.label, c.rows])) : undefined;
    return services.runs.sample(runId, rows, classes, seed ?? undefined);
  }

  @Mutation(() => QualityReportType, { description: 'Scores any synthetic table against its real table (quality report + DCR).' })
  async evaluateSynthetic(@Arg('input') input: EvaluateSyntheticInput, @Ctx() { services }: Context): Promise<QualityReportType> {
    if (input.dcrRows !== null && input.dcrRows !== undefined && input.dcrRows < 1) throw badInput('dcrRows must be positive (or null for every row)', { field: 'dcrRows' });
    const real = source(input.dataset, input.realPath, true, input.labelColumn);
    const evaluation = await services.runs.evaluate({
      real,
      syntheticPath: input.syntheticPath,
      ...(input.holdoutPath ? { holdout: { ...real, path: input.holdoutPath } } : {}),
      strongPairsOnly: input.strongPairsOnly,
      dcrRows: input.dcrRows ?? null,
      seed: 0,
    });
    return toQualityReport(evaluation);
  }

  @Subscription(() => RunProgress, {
    description: "A run's progress: each training step (loss, lr, ETA), phase changes, and its end.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { runId: string }, Context>) =>
      context.services.pubsub.subscribe<RunProgressEvent>(topics.run(args.runId)),
  })
  runProgress(@Arg('runId', () => ID) _runId: string, @Root() event: RunProgressEvent): RunProgress {
    return { ...event, status: event.status as RunStatusEnum };
  }
}
