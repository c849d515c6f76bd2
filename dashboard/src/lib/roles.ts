export type Role = 'viewer' | 'analyst' | 'admin';

const rank: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 };

/** Mirrors the API's rule (admin ⊃ analyst ⊃ viewer): the UI hides what the API would refuse. */
export function can(held: Role | null | undefined, needed: Role): boolean {
  return held ? rank[held] >= rank[needed] : false;
}
