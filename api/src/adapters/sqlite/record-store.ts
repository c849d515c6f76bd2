import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { ErrorCode, VigilError, badInput, notFound } from '@vigil/ml/errors';
import type { Collection, FieldValue, NewRecord, Page, RecordQuery, RecordStore, StoredRecord } from '../../ports/record-store.js';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

interface Row {
  id: string;
  created_at: string;
  updated_at: string;
  body: string;
}

export class SqliteRecordStore implements RecordStore {
  private readonly statements: Record<'get' | 'insert' | 'upsert' | 'delete', StatementSync>;

  constructor(private readonly db: DatabaseSync) {
    this.statements = {
      get: db.prepare('SELECT id, created_at, updated_at, body FROM records WHERE collection = ? AND id = ?'),
      insert: db.prepare('INSERT INTO records (collection, id, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)'),
      upsert: db.prepare(`INSERT INTO records (collection, id, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (collection, id) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body`),
      delete: db.prepare('DELETE FROM records WHERE collection = ? AND id = ?'),
    };
  }

  async insert<T extends StoredRecord>(collection: Collection, record: NewRecord<T>): Promise<T> {
    const full = stamp<T>(record);
    try {
      this.statements.insert.run(collection, full.id, full.createdAt, full.updatedAt, JSON.stringify(full));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new VigilError(ErrorCode.CONFLICT, `${collection} record '${full.id}' already exists`, { id: full.id });
      }
      throw error;
    }
    return full;
  }

  async insertMany<T extends StoredRecord>(collection: Collection, records: readonly NewRecord<T>[]): Promise<T[]> {
    const full = records.map((r) => stamp<T>(r));
    if (full.length === 0) return full;
    this.db.exec('BEGIN IMMEDIATE');
    let current: T | undefined;
    try {
      for (current of full) this.statements.insert.run(collection, current.id, current.createdAt, current.updatedAt, JSON.stringify(current));
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      if (isUniqueViolation(error)) {
        throw new VigilError(ErrorCode.CONFLICT, `${collection} record '${current!.id}' already exists`, { id: current!.id });
      }
      throw error;
    }
    return full;
  }

  async put<T extends StoredRecord>(collection: Collection, record: NewRecord<T>): Promise<T> {
    const existing = this.statements.get.get(collection, record.id) as Row | undefined;
    const full = stamp<T>({ ...record, ...(existing ? { createdAt: existing.created_at } : {}) });
    this.statements.upsert.run(collection, full.id, full.createdAt, full.updatedAt, JSON.stringify(full));
    return full;
  }

  async update<T extends StoredRecord>(
    collection: Collection,
    id: string,
    changes: Partial<Omit<T, 'id' | 'createdAt'>>,
  ): Promise<T> {
    const row = this.statements.get.get(collection, id) as Row | undefined;
    if (!row) throw notFound(collection, id);
    const merged = { ...(JSON.parse(row.body) as T), ...changes, id, updatedAt: new Date().toISOString() } as T;
    this.statements.upsert.run(collection, id, merged.createdAt, merged.updatedAt, JSON.stringify(merged));
    return merged;
  }

  async get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | null> {
    const row = this.statements.get.get(collection, id) as Row | undefined;
    return row ? (JSON.parse(row.body) as T) : null;
  }

  async find<T extends StoredRecord>(collection: Collection, query: RecordQuery = {}): Promise<Page<T>> {
    const limit = query.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput('limit must be a whole number from 1 to 1000', { limit });
    const order = query.order ?? 'asc';
    const { clause, params } = whereClause(query.where);
    let cursorClause = '';
    if (query.after) {
      const [createdAt, id] = decodeCursor(query.after);
      cursorClause = order === 'asc' ? ' AND (created_at, id) > (?, ?)' : ' AND (created_at, id) < (?, ?)';
      params.push(createdAt, id);
    }
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const rows = this.db
      .prepare(`SELECT id, created_at, updated_at, body FROM records WHERE collection = ?${clause}${cursorClause}
        ORDER BY created_at ${direction}, id ${direction} LIMIT ?`)
      .all(collection, ...params, limit + 1) as unknown as Row[];
    const items = rows.slice(0, limit).map((r) => JSON.parse(r.body) as T);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return { items, nextCursor: last ? encodeCursor(last.created_at, last.id) : null };
  }

  async count(collection: Collection, where?: Record<string, FieldValue>): Promise<number> {
    const { clause, params } = whereClause(where);
    const row = this.db.prepare(`SELECT count(*) AS n FROM records WHERE collection = ?${clause}`).get(collection, ...params) as { n: number };
    return Number(row.n);
  }

  async delete(collection: Collection, id: string): Promise<boolean> {
    return Number(this.statements.delete.run(collection, id).changes) > 0;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    // The database handle is owned by the composition root, which closes it once for every adapter.
  }
}

function stamp<T extends StoredRecord>(record: NewRecord<T> & { createdAt?: string }): T {
  if (typeof record.id !== 'string' || record.id.length === 0 || record.id.length > 256) {
    throw badInput('record id must be a non-empty string of at most 256 characters');
  }
  const now = new Date().toISOString();
  return { ...record, createdAt: record.createdAt ?? now, updatedAt: now } as unknown as T;
}

function whereClause(where: Record<string, FieldValue> | undefined): { clause: string; params: (string | number | null)[] } {
  const params: (string | number | null)[] = [];
  let clause = '';
  for (const [field, value] of Object.entries(where ?? {})) {
    if (!FIELD.test(field)) throw badInput(`cannot filter on field '${field}'`);
    if (value === null) {
      clause += ` AND json_extract(body, '$.${field}') IS NULL`;
    } else {
      clause += ` AND json_extract(body, '$.${field}') = ?`;
      params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
  }
  return { clause, params };
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // falls through to the typed error
  }
  throw badInput('the paging cursor is not one this service issued', { cursor });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed|PRIMARY KEY/i.test(error.message);
}
