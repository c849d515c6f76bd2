export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 };

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value);

/** True when `held` includes every permission of `needed` (admin ⊃ analyst ⊃ viewer). */
export const satisfies = (held: Role, needed: Role): boolean => rank[held] >= rank[needed];

/** Who is calling: an API key's record or a JWT's subject. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  via: 'api-key' | 'jwt';
}
