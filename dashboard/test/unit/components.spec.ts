import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatTurn from '../../src/components/chat/ChatTurn.vue';
import type { Turn } from '../../src/stores/chat';

const turn = (over: Partial<Turn>): Turn => ({
  question: 'q',
  answer: '',
  citations: [],
  outOfScope: false,
  answerer: 'extractive',
  state: 'done',
  error: null,
  ...over,
});

describe('ChatTurn', () => {
  it('renders Markdown, and markup inside an answer as text only', () => {
    const wrapper = mount(ChatTurn, {
      props: { turn: turn({ answer: 'Contain **first** [1]. <img src=x onerror="alert(1)"> <script>alert(2)</script>' }) },
    });
    const answer = wrapper.get('[data-testid="answer"]');
    expect(answer.find('strong').text()).toBe('first');
    expect(answer.find('img').exists()).toBe(false);
    expect(answer.find('script').exists()).toBe(false);
    expect(answer.text()).toContain('<img src=x onerror="alert(1)">');
  });

  it('marks a refusal, lists citations with page or ATT&CK id, and shows who answered', () => {
    const wrapper = mount(ChatTurn, {
      props: {
        turn: turn({
          outOfScope: true,
          answer: 'The documents do not cover this question.',
          citations: [
            { n: 1, chunkId: 'c1', documentId: 'd1', title: 'SP 800-61', page: 21, attackId: null, snippet: 'Preparation…', score: 0.9 },
            { n: 2, chunkId: 'c2', documentId: 'd2', title: 'Phishing', page: null, attackId: 'T1566', snippet: 'Adversaries…', score: 0.5 },
          ],
        }),
      },
    });
    expect(wrapper.get('[data-testid="refusal"]').text()).toMatch(/Not covered/);
    const sources = wrapper.get('ol[aria-label="Sources"]').text();
    expect(sources).toContain('p. 21');
    expect(sources).toContain('T1566');
    expect(wrapper.text()).toContain('answered by extractive');
  });

  it('shows progress while streaming and the error when the stream fails', () => {
    expect(mount(ChatTurn, { props: { turn: turn({ state: 'streaming', answerer: null }) } }).text()).toContain('Searching the documents');
    const failed = mount(ChatTurn, { props: { turn: turn({ state: 'error', error: 'The API did not answer' }) } });
    expect(failed.get('[role="alert"]').text()).toBe('The API did not answer');
  });
});
