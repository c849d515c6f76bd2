import { jwtVerify } from 'jose';
import { ErrorCode, VigilError } from '@vigil/ml/errors';
import type { RecordStore } from '../ports/record-store.js';
import { apiKeyId, hashApiKey, sameHash, type ApiKeyRecord } from './api-keys.js';
import { isRole, type Principal } from './roles.js';

export interface AuthenticatorOptions {
  store: RecordStore;
  jwt?: { secret: string; issuer?: string; audience?: string };
  /** How long a verified API key is trusted without a store lookup (revocation delay). */
  cacheMs?: number;
}

const unauthenticated = (message: string) => new VigilError(ErrorCode.UNAUTHENTICATED, message);

/** Turns a bearer credential (API key or HS256 JWT) into a principal, or a typed UNAUTHENTICATED error. */
export class Authenticator {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();
  private readonly jwtKey: Uint8Array | null;

  constructor(private readonly options: AuthenticatorOptions) {
    this.jwtKey = options.jwt ? new TextEncoder().encode(options.jwt.secret) : null;
  }

  /** Accepts `Bearer <token>` or the bare token (graphql-ws connection params). Null when none was given. */
  async authenticate(credential: string | undefined | null): Promise<Principal | null> {
    if (!credential) return null;
    const token = credential.replace(/^Bearer\s+/i, '').trim();
    if (!token) return null;
    if (token.split('.').length === 3) return this.verifyJwt(token);
    return this.verifyApiKey(token);
  }

  forget(tokenHash?: string): void {
    if (tokenHash) this.cache.delete(tokenHash);
    else this.cache.clear();
  }

  private async verifyApiKey(token: string): Promise<Principal> {
    const tokenHash = hashApiKey(token);
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > Date.now()) return cached.principal;
    const record = await this.options.store.get<ApiKeyRecord>('tokens', apiKeyId(tokenHash));
    if (!record || !sameHash(record.tokenHash, tokenHash) || record.revoked) {
      this.cache.delete(tokenHash);
      throw unauthenticated('the bearer token is not valid: it is unknown or revoked');
    }
    const principal: Principal = { id: record.id, name: record.name, role: record.role, via: 'api-key' };
    this.cache.set(tokenHash, { principal, until: Date.now() + (this.options.cacheMs ?? 10_000) });
    return principal;
  }

  private async verifyJwt(token: string): Promise<Principal> {
    if (!this.jwtKey) throw unauthenticated('JWTs are not accepted here (VIGIL_JWT_SECRET is not set); use an API key');
    try {
      const { payload } = await jwtVerify(token, this.jwtKey, {
        algorithms: ['HS256'],
        ...(this.options.jwt?.issuer ? { issuer: this.options.jwt.issuer } : {}),
        ...(this.options.jwt?.audience ? { audience: this.options.jwt.audience } : {}),
      });
      if (!payload.sub) throw unauthenticated('the JWT has no subject (sub)');
      if (!isRole(payload.role)) throw unauthenticated("the JWT's role claim must be viewer, analyst or admin");
      const name = typeof payload.name === 'string' ? payload.name : payload.sub;
      return { id: `jwt:${payload.sub}`, name, role: payload.role, via: 'jwt' };
    } catch (error) {
      if (error instanceof VigilError) throw error;
      throw unauthenticated(`the JWT is not valid: ${(error as Error).message}`);
    }
  }
}
