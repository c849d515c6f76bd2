import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { graphql } from '../gql';
import { createApiClient, errorMessage, type ApiClient } from '../lib/client';
import { can, type Role } from '../lib/roles';

const STORAGE_KEY = 'vigil.token';

const MeQuery = graphql(`
  query SessionMe {
    me {
      id
      name
      role
    }
  }
`);

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

/** Who is signed in, and the API client bound to their token (kept in sessionStorage, never localStorage). */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);
  const client = shallowRef<ApiClient | null>(null);
  /** Kept in memory for the few plain-HTTP calls (file upload); sessionStorage holds it across reloads. */
  const token = ref<string | null>(null);
  const state = ref<'idle' | 'loading' | 'done' | 'error'>('idle');
  const error = ref<string | null>(null);

  async function signIn(candidateToken: string): Promise<boolean> {
    state.value = 'loading';
    error.value = null;
    const candidate = createApiClient(candidateToken.trim());
    const result = await candidate.urql.query(MeQuery, {}).toPromise();
    if (result.error || !result.data) {
      candidate.close();
      state.value = 'error';
      error.value = errorMessage(result.error) ?? 'Sign-in failed.';
      return false;
    }
    client.value?.close();
    client.value = candidate;
    user.value = { id: result.data.me.id, name: result.data.me.name, role: result.data.me.role as Role };
    token.value = candidateToken.trim();
    sessionStorage.setItem(STORAGE_KEY, candidateToken.trim());
    state.value = 'done';
    return true;
  }

  async function restore(): Promise<boolean> {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? signIn(saved) : false;
  }

  function signOut(): void {
    client.value?.close();
    client.value = null;
    token.value = null;
    user.value = null;
    state.value = 'idle';
    sessionStorage.removeItem(STORAGE_KEY);
  }

  const role = computed(() => user.value?.role ?? null);
  const allows = (needed: Role) => can(role.value, needed);

  return { user, client, token, state, error, role, allows, signIn, restore, signOut };
});
