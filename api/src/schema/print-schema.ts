import { lexicographicSortSchema, printSchema } from 'graphql';
import { EventTargetPubSub } from '../adapters/memory/pubsub.js';
import { buildVigilSchema } from '../graphql/schema.js';

/** The schema as clients see it, in a stable order: what `schema.graphql` holds. */
export async function printVigilSchema(): Promise<string> {
  const schema = await buildVigilSchema(new EventTargetPubSub());
  return (
    '# Generated from the resolvers by `npm run schema`. Do not edit: a test fails when this file drifts.\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}
