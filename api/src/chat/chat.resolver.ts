import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import type { ChatEvent } from './chat.service.js';
import { Answer, AnswerCitation, AnswerEventKind, AnswerStreamEvent, Conversation, ConversationPage } from './chat.type.js';
import type { ConversationRecord } from './conversation-record.js';

@ArgsType()
class AskArgs {
  @Field({ description: 'The question, up to 2,000 characters.' })
  question!: string;

  @Field(() => ID, { nullable: true, description: 'Continue this conversation (yours); omit to start one.' })
  conversationId?: string | null;
}

type StreamPayload = ChatEvent & { conversationId: string };

const toConversation = (c: ConversationRecord): Conversation => ({
  id: c.id,
  title: c.title,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  turnCount: c.turns.length,
  turns: c.turns.map((t) => ({ question: t.question, answer: t.answer, citations: t.citations, outOfScope: t.outOfScope, answerer: t.answerer, askedAt: t.askedAt })),
});

@Resolver()
export class ChatResolver {
  @Mutation(() => Answer, { description: 'Asks a question of the documents and returns the whole answer with its citations.' })
  async ask(@Ctx() { services, principal }: Context, @Args() { question, conversationId }: AskArgs): Promise<Answer> {
    const stream = await services.rag.chat.answer(requireRole(principal, 'analyst'), question, conversationId);
    let answer = '';
    let citations: AnswerCitation[] = [];
    for await (const event of stream.events) {
      if (event.kind === 'token') answer += event.text;
      else if (event.kind === 'citations') citations = event.citations;
      else {
        return {
          answer,
          citations,
          outOfScope: event.outOfScope,
          answerer: event.answerer,
          timing: { retrievalMs: event.retrievalMs, answerMs: event.answerMs },
          conversationId: stream.conversationId,
        };
      }
    }
    throw new Error('the answer stream ended without a done event');
  }

  @Subscription(() => AnswerStreamEvent, {
    description: 'Asks a question and streams the answer: token events, then the citations, then done.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, AskArgs, Context>) => {
      const principal = requireRole(context.principal, 'viewer');
      const abort = new AbortController();
      const stream = await context.services.rag.chat.answer(principal, args.question, args.conversationId, abort.signal);
      return (async function* (): AsyncGenerator<StreamPayload> {
        try {
          for await (const event of stream.events) yield { ...event, conversationId: stream.conversationId };
        } finally {
          abort.abort();
        }
      })();
    },
  })
  answerStream(@Root() event: StreamPayload, @Args() _args: AskArgs): AnswerStreamEvent {
    const base = { conversationId: event.conversationId, text: null, citations: null, outOfScope: null, answerer: null, timing: null };
    switch (event.kind) {
      case 'token':
        return { ...base, kind: AnswerEventKind.TOKEN, text: event.text };
      case 'citations':
        return { ...base, kind: AnswerEventKind.CITATIONS, citations: event.citations };
      case 'done':
        return { ...base, kind: AnswerEventKind.DONE, outOfScope: event.outOfScope, answerer: event.answerer, timing: { retrievalMs: event.retrievalMs, answerMs: event.answerMs } };
    }
  }

  @Query(() => ConversationPage, {
    description: 'Your conversations, newest first.',
    complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 20) * childComplexity,
  })
  async conversations(
    @Ctx() { services, principal }: Context,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConversationPage> {
    const page = await services.rag.chat.conversations(requireRole(principal, 'viewer'), limit, after ?? undefined);
    return { items: page.items.map(toConversation), nextCursor: page.nextCursor };
  }

  @Query(() => Conversation, { nullable: true, description: 'One of your conversations (null for an unknown id or someone else’s).' })
  async conversation(@Ctx() { services, principal }: Context, @Arg('id', () => ID) id: string): Promise<Conversation | null> {
    const found = await services.rag.chat.conversation(requireRole(principal, 'viewer'), id);
    return found ? toConversation(found) : null;
  }
}
