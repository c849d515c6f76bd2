import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { badInput } from '@vigil/ml/errors';
import type { Context } from '../graphql/context.js';
import { ClassifiedRecord } from './classify.type.js';
import { FlowRecordInput } from './flow-record.input.js';

@Resolver()
export class ClassifyResolver {
  @Mutation(() => [ClassifiedRecord], {
    description:
      'Classifies flow records with the promoted models: label, P(attack), class probabilities, top features. ' +
      "Records at or above the model's threshold raise alerts. Give `records` (JSON objects) or `flows` (typed).",
    complexity: ({ args, childComplexity }) => 1 + ((args.records?.length ?? 0) + (args.flows?.length ?? 0)) * childComplexity,
  })
  async classifyRecords(
    @Ctx() { services }: Context,
    @Arg('records', () => [GraphQLJSONObject], { nullable: true }) records?: Record<string, unknown>[] | null,
    @Arg('flows', () => [FlowRecordInput], { nullable: true }) flows?: FlowRecordInput[] | null,
    @Arg('contributions', () => Int, { defaultValue: 5, description: 'Top features to return per record (0-20).' }) contributions: number = 5,
  ): Promise<ClassifiedRecord[]> {
    if (records && flows) throw badInput('give either records or flows, not both', { field: 'records' });
    const inputs: unknown[] = records ?? flows?.map((f) => ({ ...f })) ?? [];
    const max = services.config.detect.maxClassifyRecords;
    if (inputs.length === 0) throw badInput('give at least one record', { field: 'records' });
    if (inputs.length > max) throw badInput(`at most ${max} records per call (VIGIL_CLASSIFY_MAX_RECORDS); got ${inputs.length}`, { field: 'records' });
    if (!Number.isInteger(contributions) || contributions < 0 || contributions > 20) throw badInput('contributions must be 0 to 20', { field: 'contributions' });
    const { records: valid, problems } = services.detect.validate(inputs);
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).map((p) => `record ${p.record}: ${p.message}`).join('; ');
      throw badInput(`${problems.length} invalid record${problems.length > 1 ? 's' : ''}: ${shown}`, {
        errors: problems.slice(0, 100).map((p) => ({ record: p.record, field: p.field, message: p.message })),
      });
    }
    const results = await services.detect.classify(valid, { source: 'graphql', contributions });
    return results.map((r, index) => ({ index, ...r, alert: r.alert as never }));
  }
}
