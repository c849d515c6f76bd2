/**
 * Schema migrations of the embedded store, applied in order, each once, in a transaction.
 * Never edit a shipped migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'records',
    sql: `
      CREATE TABLE records (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        PRIMARY KEY (collection, id)
      ) WITHOUT ROWID;
      CREATE INDEX records_by_time ON records (collection, created_at, id);
    `,
  },
  {
    version: 2,
    name: 'chunks with full-text index',
    sql: `
      CREATE TABLE chunks (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        document_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        page INTEGER,
        section TEXT,
        attack_id TEXT,
        vector BLOB
      );
      CREATE INDEX chunks_by_document ON chunks (document_id, ordinal);
      CREATE VIRTUAL TABLE chunks_fts USING fts5 (
        title, section, text, content='chunks', content_rowid='rowid', tokenize='porter unicode61'
      );
      CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
        INSERT INTO chunks_fts (rowid, title, section, text) VALUES (new.rowid, new.title, coalesce(new.section, ''), new.text);
      END;
      CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
        INSERT INTO chunks_fts (chunks_fts, rowid, title, section, text) VALUES ('delete', old.rowid, old.title, coalesce(old.section, ''), old.text);
      END;
      CREATE TRIGGER chunks_au AFTER UPDATE ON chunks BEGIN
        INSERT INTO chunks_fts (chunks_fts, rowid, title, section, text) VALUES ('delete', old.rowid, old.title, coalesce(old.section, ''), old.text);
        INSERT INTO chunks_fts (rowid, title, section, text) VALUES (new.rowid, new.title, coalesce(new.section, ''), new.text);
      END;
      CREATE TABLE index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
];
