import { createPinia, setActivePinia } from 'pinia';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useChatStore } from '../../src/stores/chat';
import { useSessionStore } from '../../src/stores/session';
import { ADMIN, startApi } from './api';

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  api = await startApi();
  // The stores talk to the page's own origin, as the served dashboard does.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${api.url}/`);
});
afterAll(() => api?.stop());
beforeEach(() => {
  sessionStorage.clear();
  setActivePinia(createPinia());
});

describe('session store', () => {
  it('signs in with a valid token, knows the role, keeps the token for the tab only, and signs out', async () => {
    const session = useSessionStore();
    expect(await session.signIn(`  ${ADMIN} `)).toBe(true);
    expect(session.user?.role).toBe('admin');
    expect(session.allows('admin')).toBe(true);
    expect(sessionStorage.getItem('vigil.token')).toBe(ADMIN);
    expect(localStorage.length).toBe(0);
    session.signOut();
    expect(session.user).toBeNull();
    expect(sessionStorage.getItem('vigil.token')).toBeNull();
  });

  it('a bad token leaves it signed out with the API’s message', async () => {
    const session = useSessionStore();
    expect(await session.signIn('vgl_nope')).toBe(false);
    expect(session.state).toBe('error');
    expect(session.error).toMatch(/not valid/);
    expect(session.user).toBeNull();
  });

  it('restores the session of this tab', async () => {
    sessionStorage.setItem('vigil.token', ADMIN);
    const session = useSessionStore();
    expect(await session.restore()).toBe(true);
    expect(session.user?.name).toMatch(/admin/);
  });
});

describe('chat store', () => {
  it('streams an answer over the subscription into the open turn, then records the conversation', async () => {
    const session = useSessionStore();
    await session.signIn(ADMIN);
    const chat = useChatStore();
    chat.ask('What is a good lasagne recipe?');
    expect(chat.busy).toBe(true);
    expect(chat.turns[0]?.state).toBe('streaming');
    await expect.poll(() => chat.turns[0]?.state, { timeout: 20_000 }).toBe('done');
    expect(chat.busy).toBe(false);
    expect(chat.turns[0]?.outOfScope).toBe(true);
    expect(chat.turns[0]?.answer.length).toBeGreaterThan(10);
    expect(chat.conversationId).toBeTruthy();
    const id = chat.conversationId!;
    chat.startNew();
    expect(chat.turns).toHaveLength(0);
    expect(await chat.open(id)).toBeNull();
    expect(chat.turns[0]?.question).toBe('What is a good lasagne recipe?');
  });
});
