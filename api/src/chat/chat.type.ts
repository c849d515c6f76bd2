import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType({ description: 'A source an answer cites as [n].' })
export class AnswerCitation {
  @Field(() => Int, { description: 'The marker number in the answer text.' })
  n!: number;

  @Field(() => ID)
  documentId!: string;

  @Field(() => ID)
  chunkId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true })
  page!: number | null;

  @Field(() => String, { nullable: true })
  attackId!: string | null;

  @Field({ description: 'Markdown-safe excerpt.' })
  snippet!: string;

  @Field(() => Float, { description: 'Retrieval (fused) score.' })
  score!: number;
}

@ObjectType()
export class AnswerTiming {
  @Field(() => Float)
  retrievalMs!: number;

  @Field(() => Float)
  answerMs!: number;
}

@ObjectType({ description: 'An answer from the documents, or a refusal when they do not cover the question.' })
export class Answer {
  @Field({ description: 'Markdown text (never HTML); clients must sanitise it before rendering.' })
  answer!: string;

  @Field(() => [AnswerCitation])
  citations!: AnswerCitation[];

  @Field({ description: 'True when the documents do not cover the question (the answer says so and names what they cover).' })
  outOfScope!: boolean;

  @Field({ description: 'extractive, gemini or openai.' })
  answerer!: string;

  @Field(() => AnswerTiming)
  timing!: AnswerTiming;

  @Field(() => ID)
  conversationId!: string;
}

export enum AnswerEventKind {
  TOKEN = 'token',
  CITATIONS = 'citations',
  DONE = 'done',
}
registerEnumType(AnswerEventKind, { name: 'AnswerEventKind', description: 'token (text), then citations once, then done.' });

@ObjectType({ description: 'One event of a streamed answer.' })
export class AnswerStreamEvent {
  @Field(() => AnswerEventKind)
  kind!: AnswerEventKind;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => String, { nullable: true, description: 'token: the next piece of Markdown text.' })
  text!: string | null;

  @Field(() => [AnswerCitation], { nullable: true, description: 'citations: the sources cited.' })
  citations!: AnswerCitation[] | null;

  @Field(() => Boolean, { nullable: true, description: 'done: whether the question was refused as out of scope.' })
  outOfScope!: boolean | null;

  @Field(() => String, { nullable: true, description: 'done: who answered.' })
  answerer!: string | null;

  @Field(() => AnswerTiming, { nullable: true, description: 'done: where the time went.' })
  timing!: AnswerTiming | null;
}

@ObjectType()
export class ConversationTurn {
  @Field()
  question!: string;

  @Field()
  answer!: string;

  @Field(() => [AnswerCitation])
  citations!: AnswerCitation[];

  @Field()
  outOfScope!: boolean;

  @Field()
  answerer!: string;

  @Field()
  askedAt!: string;
}

@ObjectType({ description: "A conversation with Ask; only the person who started it can see it." })
export class Conversation {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  createdAt!: string;

  @Field()
  updatedAt!: string;

  @Field(() => Int)
  turnCount!: number;

  @Field(() => [ConversationTurn])
  turns!: ConversationTurn[];
}

@ObjectType()
export class ConversationPage {
  @Field(() => [Conversation])
  items!: Conversation[];

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}
