import { defineStore } from 'pinia';
import { ref } from 'vue';
import { graphql } from '../gql';
import { errorMessage } from '../lib/client';
import { useSessionStore } from './session';

graphql(`
  fragment ChatCitation on AnswerCitation {
    n
    chunkId
    documentId
    title
    page
    attackId
    snippet
    score
  }
`);

export const AnswerStream = graphql(`
  subscription ChatAnswerStream($question: String!, $conversationId: ID) {
    answerStream(question: $question, conversationId: $conversationId) {
      kind
      conversationId
      text
      outOfScope
      answerer
      citations {
        ...ChatCitation
      }
    }
  }
`);

const ConversationTurns = graphql(`
  query ChatConversation($id: ID!) {
    conversation(id: $id) {
      id
      title
      turns {
        question
        answer
        answerer
        outOfScope
        citations {
          ...ChatCitation
        }
      }
    }
  }
`);

export interface Citation {
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  page?: number | null;
  attackId?: string | null;
  snippet: string;
  score: number;
}

export interface Turn {
  question: string;
  answer: string;
  citations: Citation[];
  outOfScope: boolean;
  answerer: string | null;
  state: 'streaming' | 'done' | 'error';
  error: string | null;
}

/** The open conversation: its turns, and the answer streaming in. */
export const useChatStore = defineStore('chat', () => {
  const conversationId = ref<string | null>(null);
  const turns = ref<Turn[]>([]);
  const busy = ref(false);

  function ask(question: string): void {
    const session = useSessionStore();
    const client = session.client?.urql;
    if (!client || busy.value || !question.trim()) return;
    busy.value = true;
    const turn: Turn = { question: question.trim(), answer: '', citations: [], outOfScope: false, answerer: null, state: 'streaming', error: null };
    turns.value.push(turn);
    const live = turns.value[turns.value.length - 1]!;
    const { unsubscribe } = client
      .subscription(AnswerStream, { question: turn.question, conversationId: conversationId.value })
      .subscribe((result) => {
        if (result.error) {
          live.state = 'error';
          live.error = errorMessage(result.error);
          busy.value = false;
          return;
        }
        const event = result.data?.answerStream;
        if (!event) return;
        conversationId.value = event.conversationId;
        if (event.kind === 'TOKEN') live.answer += event.text ?? '';
        else if (event.kind === 'CITATIONS') live.citations = event.citations ?? [];
        else if (event.kind === 'DONE') {
          live.outOfScope = event.outOfScope ?? false;
          live.answerer = event.answerer ?? null;
          live.state = 'done';
          busy.value = false;
          queueMicrotask(() => unsubscribe());
        }
      });
  }

  async function open(id: string): Promise<string | null> {
    const client = useSessionStore().client?.urql;
    if (!client) return 'Not signed in.';
    const result = await client.query(ConversationTurns, { id }).toPromise();
    if (result.error || !result.data?.conversation) return errorMessage(result.error) ?? 'That conversation does not exist.';
    conversationId.value = result.data.conversation.id;
    turns.value = result.data.conversation.turns.map((t) => ({ ...t, state: 'done' as const, error: null }));
    return null;
  }

  function startNew(): void {
    conversationId.value = null;
    turns.value = [];
  }

  return { conversationId, turns, busy, ask, open, startNew };
});
