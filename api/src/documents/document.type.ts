import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An ingested document: a PDF, a Markdown/text/HTML file, or one ATT&CK/STIX object.' })
export class Document {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Media type of the source, e.g. application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { nullable: true, description: 'Pages (PDF only).' })
  pages!: number | null;

  @Field(() => Int, { description: 'Chunks in the search index.' })
  chunks!: number;

  @Field({ description: 'sha256 of the bytes it was made from.' })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: 'ATT&CK ID, e.g. T1059.001.' })
  attackId!: string | null;

  @Field({ description: 'Path, URL or upload it came from.' })
  source!: string;

  @Field()
  ingestedAt!: string;

  @Field(() => String, { nullable: true, description: 'The embedder that built its vectors; null when lexical-only.' })
  embedder!: string | null;
}

@ObjectType()
export class DocumentPage {
  @Field(() => [Document])
  items!: Document[];

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;

  @Field(() => Int, { description: 'Documents in total.' })
  total!: number;
}

@ObjectType({ description: 'What one ingestion did. Ingesting identical bytes again creates nothing.' })
export class IngestResult {
  @Field(() => ID)
  ingestionId!: string;

  @Field(() => [Document], { description: 'Every document the input made (new, updated or unchanged), at most 100.' })
  documents!: Document[];

  @Field(() => Int)
  created!: number;

  @Field(() => Int, { description: 'Documents whose content changed (a STIX object with a new version).' })
  updated!: number;

  @Field(() => Int, { description: 'Documents already ingested with identical content.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Chunks embedded and stored by this ingestion.' })
  chunks!: number;
}

@ObjectType()
export class IngestionProgress {
  @Field(() => ID)
  ingestionId!: string;

  @Field()
  source!: string;

  @Field({ description: 'parsing, embedding, storing, done or failed.' })
  stage!: string;

  @Field(() => Int)
  documents!: number;

  @Field(() => Int)
  documentsDone!: number;

  @Field(() => Int)
  chunks!: number;

  @Field(() => Int)
  chunksDone!: number;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType()
export class ReindexResult {
  @Field(() => Int)
  documents!: number;

  @Field(() => Int)
  chunks!: number;

  @Field(() => String, { nullable: true, description: 'The embedder that built the new vectors; null when lexical-only.' })
  embedder!: string | null;
}

@ObjectType({ description: 'A retrieved chunk with its scores.' })
export class SearchHit {
  @Field(() => ID)
  chunkId!: string;

  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true })
  page!: number | null;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => String, { nullable: true })
  attackId!: string | null;

  @Field({ description: 'The first ~240 characters, Markdown-safe.' })
  snippet!: string;

  @Field(() => Float, { description: 'Reciprocal rank fusion score.' })
  score!: number;

  @Field(() => Float, { nullable: true, description: 'BM25 score, when the lexical search found it.' })
  lexicalScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cosine similarity, when the vector search found it.' })
  vectorScore!: number | null;
}
