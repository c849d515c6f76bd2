import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Exactly one of path, url or uploadId.' })
export class IngestDocumentInput {
  @Field(() => String, { nullable: true, description: 'A file or folder on the server.' })
  path?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL, fetched with the size limit and a timeout.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The id `POST /upload` returned.' })
  uploadId?: string | null;
}
