import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { RequireRole, requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import type { ClassifierProgressEvent } from './classifier.service.js';
import { Classifier, ClassifierProgress } from './classifier.type.js';
import { ClassifierTask } from './enums.js';
import type { ModelRecord } from './model-record.js';
import { stoppable } from './stream.js';
import { TrainClassifierInput } from './train-classifier.input.js';

const toClassifier = (m: ModelRecord): Classifier => m as unknown as Classifier;

@Resolver()
export class ClassifierResolver {
  @Query(() => [Classifier], { description: 'Every classifier version, newest first.' })
  async classifiers(
    @Ctx() { services }: Context,
    @Arg('task', () => ClassifierTask, { nullable: true }) task?: ClassifierTask | null,
    @Arg('promoted', () => Boolean, { nullable: true }) promoted?: boolean | null,
  ): Promise<Classifier[]> {
    return (await services.detect.list({ task: task ?? null, promoted: promoted ?? null })).map(toClassifier);
  }

  @Query(() => Classifier, { description: 'One classifier version: metrics, confusion matrix, ROC points, lineage.' })
  async classifier(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Classifier> {
    return toClassifier(await services.detect.get(id));
  }

  @Mutation(() => Classifier, { description: 'Trains a classifier as a job; follow it with `classifierProgress(id)`.' })
  async trainClassifier(@Arg('input', () => TrainClassifierInput) input: TrainClassifierInput, @Ctx() { services, principal }: Context): Promise<Classifier> {
    const counts = input.augmentCounts ? Object.fromEntries(input.augmentCounts.map((c) => [c.class, c.count])) : null;
    const c = input.config;
    const record = await services.detect.train(
      {
        family: input.family,
        task: input.task,
        trainingData: input.trainingData,
        trainPath: input.trainPath ?? null,
        testPath: input.testPath ?? null,
        diffusionRunId: input.diffusionRunId ?? null,
        augmentCounts: counts,
        config: c
          ? {
              ...(c.seed != null ? { seed: c.seed } : {}),
              ...(c.noveltyFolds != null ? { noveltyFolds: c.noveltyFolds } : {}),
              ...(c.threshold != null ? { threshold: c.threshold } : {}),
              ...(c.classWeighting != null ? { classWeighting: c.classWeighting } : {}),
              ...(c.options != null ? { options: c.options } : {}),
            }
          : null,
      },
      requireRole(principal, 'analyst'),
    );
    return toClassifier(record);
  }

  @RequireRole('admin')
  @Mutation(() => Classifier, { description: 'Makes this version the one promoted model of its task; detection uses it at once (admin).' })
  async promoteClassifier(@Arg('id', () => ID) id: string, @Ctx() { services, principal }: Context): Promise<Classifier> {
    return toClassifier(await services.detect.promote(id, requireRole(principal, 'admin')));
  }

  @Subscription(() => ClassifierProgress, {
    description: 'Training progress of a classifier (by model id or job id): the current state first, then each step until it ends.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { id: string }, Context>) => {
      requireRole(context.principal, 'viewer');
      const detect = context.services.detect;
      const model = await detect.resolveModel(args.id);
      return stoppable((signal) => detect.progress(model.id, signal));
    },
  })
  classifierProgress(@Root() event: ClassifierProgressEvent, @Arg('id', () => ID) _id: string): ClassifierProgress {
    return event as unknown as ClassifierProgress;
  }
}
