/** The collections Vigil keeps. In Elasticsearch each is an index; in SQLite, rows of one table. */
export type Collection =
  | 'conversations'
  | 'documents'
  | 'runs'
  | 'reports'
  | 'models'
  | 'alerts'
  | 'tokens'
  | 'audit'
  | 'jobs';

/** A stored record: JSON with an id and timestamps the store maintains. */
export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type FieldValue = string | number | boolean | null;

export interface RecordQuery {
  /** Equality on top-level fields. */
  where?: Record<string, FieldValue>;
  order?: 'asc' | 'desc';
  /** Page size, 1..1000 (default 50). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type NewRecord<T extends StoredRecord> = Omit<T, 'createdAt' | 'updatedAt'> & Partial<Pick<T, 'createdAt'>>;

export interface RecordStore {
  /** Creates the record; fails with CONFLICT when the id exists. */
  insert<T extends StoredRecord>(collection: Collection, record: NewRecord<T>): Promise<T>;
  /** Creates every record at once (one transaction): all or none; CONFLICT, with nothing written, when an id exists. */
  insertMany<T extends StoredRecord>(collection: Collection, records: readonly NewRecord<T>[]): Promise<T[]>;
  /** Creates or replaces the record (createdAt kept on replace). */
  put<T extends StoredRecord>(collection: Collection, record: NewRecord<T>): Promise<T>;
  /** Shallow-merges `changes` into an existing record; NOT_FOUND when absent. */
  update<T extends StoredRecord>(collection: Collection, id: string, changes: Partial<Omit<T, 'id' | 'createdAt'>>): Promise<T>;
  get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | null>;
  /** Ordered by (createdAt, id). */
  find<T extends StoredRecord>(collection: Collection, query?: RecordQuery): Promise<Page<T>>;
  count(collection: Collection, where?: Record<string, FieldValue>): Promise<number>;
  delete(collection: Collection, id: string): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
