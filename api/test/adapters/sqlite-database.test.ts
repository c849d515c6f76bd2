import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { migrate, openDatabase } from '../../src/adapters/sqlite/database.js';
import { migrations } from '../../src/adapters/sqlite/migrations.js';
import { SqliteRecordStore } from '../../src/adapters/sqlite/record-store.js';
import { tempDir } from '../support/temp-dir.js';

test('the database runs in WAL mode, applies each migration once, and keeps data across reopening', async () => {
  const tmp = await tempDir();
  try {
    const file = path.join(tmp.dir, 'vigil.db');
    const db = openDatabase(file);
    assert.equal((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
    const applied = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    assert.deepEqual(applied, migrations.map((m) => m.version));
    assert.deepEqual(migrate(db, migrations), [], 'a second run applies nothing');
    await new SqliteRecordStore(db).insert('runs', { id: 'r1' });
    db.close();
    const reopened = openDatabase(file);
    assert.ok(await new SqliteRecordStore(reopened).get('runs', 'r1'));
    reopened.close();
  } finally {
    await tmp.remove();
  }
});

test('a failing migration rolls back and leaves no trace', async () => {
  const tmp = await tempDir();
  try {
    const db = openDatabase(path.join(tmp.dir, 'vigil.db'));
    const broken = [{ version: 99, name: 'broken', sql: 'CREATE TABLE half (x INTEGER); SELECT no_such_function();' }];
    assert.throws(() => migrate(db, broken));
    assert.equal(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'`).get()!.n, 0);
    assert.equal(db.prepare('SELECT count(*) AS n FROM schema_migrations WHERE version = 99').get()!.n, 0);
    db.close();
  } finally {
    await tmp.remove();
  }
});
