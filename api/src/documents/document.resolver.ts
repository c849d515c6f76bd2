import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { badInput } from '@vigil/ml/errors';
import { RequireRole, requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import { topics } from '../ports/pubsub.js';
import { snippetOf } from '../rag/answer/citations.js';
import type { DocumentRecord, IngestionProgressEvent } from './document-record.js';
import { Document, DocumentPage, IngestResult, IngestionProgress, ReindexResult, SearchHit } from './document.type.js';
import { IngestDocumentInput } from './document.input.js';

const toDocument = (d: DocumentRecord): Document => ({
  id: d.id,
  title: d.title,
  mediaType: d.mediaType,
  pages: d.pages,
  chunks: d.chunks,
  contentHash: d.contentHash,
  attackId: d.attackId,
  source: d.source,
  ingestedAt: d.ingestedAt,
  embedder: d.embedder,
});

@Resolver()
export class DocumentResolver {
  @Query(() => DocumentPage, {
    description: 'Ingested documents, oldest first.',
    complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 50) * childComplexity,
  })
  async documents(
    @Ctx() { services }: Context,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DocumentPage> {
    const page = await services.rag.documents.list(limit, after ?? undefined);
    return { items: page.items.map(toDocument), nextCursor: page.nextCursor, total: page.total };
  }

  @Query(() => Document, { nullable: true })
  async document(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<Document | null> {
    const doc = await services.rag.documents.get(id);
    return doc ? toDocument(doc) : null;
  }

  @Query(() => [SearchHit], {
    description: 'Hybrid retrieval (BM25 + kNN, RRF, MMR) with every score, for inspecting what Ask would read.',
    complexity: ({ args, childComplexity }) => 1 + Number(args.k ?? 10) * childComplexity,
  })
  async search(
    @Ctx() { services }: Context,
    @Arg('query') query: string,
    @Arg('k', () => Int, { defaultValue: 10 }) k: number,
  ): Promise<SearchHit[]> {
    if (!query.trim()) throw badInput('the query is empty');
    if (k < 1 || k > 50) throw badInput('k must be between 1 and 50');
    const { chunks } = await services.rag.retriever.retrieve(query, k);
    return chunks.map((c) => ({
      chunkId: c.chunkId,
      documentId: c.documentId,
      title: c.title,
      page: c.page ?? null,
      section: c.section ?? null,
      attackId: c.attackId ?? null,
      snippet: snippetOf(c.text),
      score: c.score,
      lexicalScore: c.lexicalScore ?? null,
      vectorScore: c.vectorScore ?? null,
    }));
  }

  @Mutation(() => IngestResult, {
    description:
      'Ingests a server-side path (admin: a file or a folder), an http(s) URL, or a file sent to `POST /upload`. Identical content is not ingested twice.',
  })
  async ingestDocument(@Ctx() { services, principal }: Context, @Arg('input') input: IngestDocumentInput): Promise<IngestResult> {
    const given = [input.path, input.url, input.uploadId].filter((v) => v !== undefined && v !== null && v !== '');
    if (given.length !== 1) throw badInput('give exactly one of path, url or uploadId');
    const { documents } = services.rag;
    let outcome;
    if (input.path) {
      // Reading the server's file system is an administrator's decision.
      requireRole(principal, 'admin');
      outcome = await documents.ingestPath(input.path);
    } else if (input.url) {
      outcome = await documents.ingestUrl(input.url);
    } else {
      outcome = await documents.ingestUpload(input.uploadId!, requireRole(principal, 'analyst').id);
    }
    return { ...outcome, documents: outcome.documents.map(toDocument) };
  }

  @RequireRole('admin')
  @Mutation(() => Document, { description: 'Deletes a document and its chunks (admin).' })
  async deleteDocument(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<Document> {
    return toDocument(await services.rag.documents.delete(id));
  }

  @RequireRole('admin')
  @Mutation(() => ReindexResult, { description: 'Re-embeds every stored chunk with the configured embedder, e.g. after switching embedders (admin).' })
  async reindex(@Ctx() { services }: Context): Promise<ReindexResult> {
    return services.rag.documents.reindex();
  }

  @Subscription(() => IngestionProgress, {
    description: 'Progress of every ingestion: parsing, embedding (chunks done), storing, done or failed.',
    subscribe: ({ context }: SubscribeResolverData<unknown, unknown, Context>) => {
      requireRole(context.principal, 'viewer');
      return context.services.pubsub.subscribe(topics.ingestion);
    },
  })
  ingestionProgress(@Root() event: IngestionProgressEvent): IngestionProgress {
    return event;
  }
}
