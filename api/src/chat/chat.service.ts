import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '@vigil/ml/errors';
import type { Principal } from '../auth/roles.js';
import type { Logger } from '../logging/logger.js';
import type { RecordStore } from '../ports/record-store.js';
import type { AnswerEvent, Answerer, ChatTurn } from '../rag/answer/types.js';
import type { Citation } from '../rag/retrieval/types.js';
import { decideScope, type ScopeDecision } from '../rag/scope/decide.js';
import { refusalEvents, refusalText } from '../rag/scope/refusal.js';
import type { ChunkCatalog } from '../rag/service/chunk-catalog.js';
import type { Retriever } from '../rag/service/retriever.js';
import type { CitationRecord, ConversationRecord, TurnRecord } from './conversation-record.js';
import { retrievalQuery } from './follow-up.js';

export const MAX_QUESTION_CHARS = 2_000;
/** Turns kept per conversation; the answerer sees the last few. */
const MAX_TURNS = 100;
const HISTORY_TURNS = 3;

export type ChatEvent =
  | { kind: 'token'; text: string }
  | { kind: 'citations'; citations: CitationRecord[] }
  | { kind: 'done'; outOfScope: boolean; answerer: string; retrievalMs: number; answerMs: number; scope: ScopeDecision['reason'] };

export interface ChatStream {
  conversationId: string;
  retrievalQuery: string;
  events: AsyncIterable<ChatEvent>;
}

export interface ChatServiceDeps {
  store: RecordStore;
  retriever: Retriever;
  catalog: ChunkCatalog;
  answerer: Answerer;
  logger: Logger;
}

/**
 * Answers questions from the documents: retrieval (completed from the conversation for follow-ups), the scope
 * decision, then the answerer, or a refusal naming what the documents cover. Every turn is stored in the
 * asker's conversation.
 */
export class ChatService {
  constructor(private readonly deps: ChatServiceDeps) {}

  async answer(principal: Principal, question: string, conversationId?: string | null, signal?: AbortSignal): Promise<ChatStream> {
    const asked = question.trim();
    if (!asked) throw badInput('ask a question: the text is empty');
    if (asked.length > MAX_QUESTION_CHARS) throw badInput(`the question is ${asked.length} characters; at most ${MAX_QUESTION_CHARS} are accepted`);
    const conversation = conversationId ? await this.conversation(principal, conversationId) : null;
    if (conversationId && !conversation) throw notFound('conversation', conversationId);
    const last = conversation?.turns.at(-1);
    const query = retrievalQuery(asked, last ? { question: last.retrievalQuery, attackIds: last.citations.flatMap((c) => (c.attackId ? [c.attackId] : [])) } : undefined);

    const retrieval = await this.deps.retriever.retrieve(query);
    const decision = decideScope({ question: query, chunks: retrieval.chunks, corpus: this.deps.catalog.stats });
    const history: ChatTurn[] = (conversation?.turns ?? []).slice(-HISTORY_TURNS).flatMap((t) => [
      { role: 'user' as const, content: t.question },
      { role: 'assistant' as const, content: t.answer },
    ]);
    const id = conversation?.id ?? `conv_${randomUUID()}`;
    const source: AsyncIterable<AnswerEvent> = decision.inScope
      ? this.deps.answerer.answer({ question: asked, history, context: retrieval.chunks, ...(signal ? { signal } : {}) })
      : refusalEvents(refusalText(this.deps.catalog.topics()), this.deps.answerer.name);
    const self = this;
    async function* events(): AsyncIterable<ChatEvent> {
      const started = performance.now();
      let text = '';
      let citations: CitationRecord[] = [];
      for await (const event of source) {
        if (event.type === 'token') {
          text += event.text;
          yield { kind: 'token', text: event.text };
        } else if (event.type === 'citations') {
          citations = event.citations.map(toCitationRecord);
          yield { kind: 'citations', citations };
        } else {
          const answerMs = performance.now() - started;
          const turn: TurnRecord = {
            question: asked,
            retrievalQuery: query,
            answer: text,
            citations,
            outOfScope: event.outOfScope,
            answerer: event.answerer,
            askedAt: new Date().toISOString(),
            retrievalMs: retrieval.ms,
            answerMs,
          };
          await self.saveTurn(principal, id, conversation, turn);
          yield { kind: 'done', outOfScope: event.outOfScope, answerer: event.answerer, retrievalMs: retrieval.ms, answerMs, scope: decision.reason };
          return;
        }
      }
    }
    return { conversationId: id, retrievalQuery: query, events: events() };
  }

  /** The principal's conversation, or null when it does not exist or belongs to someone else. */
  async conversation(principal: Principal, id: string): Promise<ConversationRecord | null> {
    const found = await this.deps.store.get<ConversationRecord>('conversations', id);
    return found && found.ownerId === principal.id ? found : null;
  }

  async conversations(principal: Principal, limit: number, after?: string): Promise<{ items: ConversationRecord[]; nextCursor: string | null }> {
    if (limit < 1 || limit > 200) throw badInput('limit must be between 1 and 200');
    return this.deps.store.find<ConversationRecord>('conversations', { where: { ownerId: principal.id }, order: 'desc', limit, ...(after ? { after } : {}) });
  }

  private async saveTurn(principal: Principal, id: string, existing: ConversationRecord | null, turn: TurnRecord): Promise<void> {
    if (existing) {
      // Re-read: another question may have been answered in the same conversation meanwhile.
      const current = (await this.conversation(principal, id)) ?? existing;
      await this.deps.store.update<ConversationRecord>('conversations', id, { turns: [...current.turns, turn].slice(-MAX_TURNS) });
    } else {
      await this.deps.store.insert<ConversationRecord>('conversations', { id, ownerId: principal.id, title: turn.question.slice(0, 120), turns: [turn] });
    }
  }
}

function toCitationRecord(c: Citation): CitationRecord {
  return { n: c.n, chunkId: c.chunkId, documentId: c.documentId, title: c.title, page: c.page ?? null, attackId: c.attackId ?? null, snippet: c.snippet, score: c.score };
}
