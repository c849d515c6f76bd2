import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordStore, StoredRecord } from '../../src/ports/record-store.js';

interface Note extends StoredRecord {
  title: string;
  severity: number;
  open: boolean;
  owner: string | null;
}

/** The behaviour every RecordStore adapter must have. Each adapter's test file calls this with its factory. */
export function recordStoreContract(adapter: string, create: () => Promise<{ store: RecordStore; dispose(): Promise<void> }>) {
  const withStore = (fn: (store: RecordStore) => Promise<void>) => async () => {
    const { store, dispose } = await create();
    try {
      await fn(store);
    } finally {
      await dispose();
    }
  };

  describe(`RecordStore contract: ${adapter}`, () => {
    it('insert then get returns the record with timestamps', withStore(async (store) => {
      const saved = await store.insert<Note>('alerts', { id: 'a1', title: 'port scan', severity: 3, open: true, owner: null });
      assert.equal(saved.id, 'a1');
      assert.match(saved.createdAt, /^\d{4}-\d\d-\d\dT/);
      assert.deepEqual(await store.get<Note>('alerts', 'a1'), saved);
      assert.equal(await store.get('alerts', 'missing'), null);
    }));

    it('insertMany creates all records, or none when one id exists', withStore(async (store) => {
      const saved = await store.insertMany<Note>('alerts', [
        { id: 'm1', title: 'one', severity: 1, open: true, owner: null },
        { id: 'm2', title: 'two', severity: 2, open: true, owner: null },
      ]);
      assert.deepEqual(saved.map((r) => r.id), ['m1', 'm2']);
      assert.equal((await store.get<Note>('alerts', 'm2'))?.title, 'two');
      await assert.rejects(
        store.insertMany<Note>('alerts', [{ id: 'm3', title: 'three', severity: 3, open: true, owner: null }, { id: 'm1', title: 'again', severity: 1, open: true, owner: null }]),
        { code: 'CONFLICT' },
      );
      assert.equal(await store.get('alerts', 'm3'), null);
      assert.equal((await store.get<Note>('alerts', 'm1'))?.title, 'one');
      assert.deepEqual(await store.insertMany('alerts', []), []);
    }));

    it('insert refuses an existing id with CONFLICT and keeps the first record', withStore(async (store) => {
      await store.insert<Note>('alerts', { id: 'a1', title: 'first', severity: 1, open: true, owner: null });
      await assert.rejects(store.insert<Note>('alerts', { id: 'a1', title: 'second', severity: 2, open: true, owner: null }), { code: 'CONFLICT' });
      assert.equal((await store.get<Note>('alerts', 'a1'))?.title, 'first');
    }));

    it('collections are separate namespaces', withStore(async (store) => {
      await store.insert<Note>('alerts', { id: 'x', title: 'alert', severity: 1, open: true, owner: null });
      await store.insert<Note>('runs', { id: 'x', title: 'run', severity: 1, open: true, owner: null });
      assert.equal((await store.get<Note>('alerts', 'x'))?.title, 'alert');
      assert.equal((await store.get<Note>('runs', 'x'))?.title, 'run');
    }));

    it('put replaces but keeps createdAt; update merges; update of a missing id is NOT_FOUND', withStore(async (store) => {
      const first = await store.put<Note>('runs', { id: 'r', title: 'one', severity: 1, open: true, owner: null });
      await new Promise((r) => setTimeout(r, 5));
      const second = await store.put<Note>('runs', { id: 'r', title: 'two', severity: 2, open: false, owner: 'ana' });
      assert.equal(second.createdAt, first.createdAt);
      assert.notEqual(second.updatedAt, first.updatedAt);
      const merged = await store.update<Note>('runs', 'r', { severity: 5 });
      assert.equal(merged.title, 'two');
      assert.equal(merged.severity, 5);
      assert.deepEqual(await store.get('runs', 'r'), merged);
      await assert.rejects(store.update<Note>('runs', 'nope', { severity: 1 }), { code: 'NOT_FOUND' });
    }));

    it('find filters by equality on strings, numbers, booleans and null', withStore(async (store) => {
      for (let i = 0; i < 6; i++) {
        await store.insert<Note>('alerts', { id: `n${i}`, title: `t${i}`, severity: i % 3, open: i % 2 === 0, owner: i < 2 ? null : 'bo' });
      }
      const ids = async (where: Record<string, string | number | boolean | null>) =>
        (await store.find<Note>('alerts', { where })).items.map((n) => n.id).sort();
      assert.deepEqual(await ids({ severity: 2 }), ['n2', 'n5']);
      assert.deepEqual(await ids({ open: true, severity: 0 }), ['n0']);
      assert.deepEqual(await ids({ owner: null }), ['n0', 'n1']);
      assert.deepEqual(await ids({ owner: 'bo', open: false }), ['n3', 'n5']);
      assert.equal(await store.count('alerts', { open: true }), 3);
      assert.equal(await store.count('alerts'), 6);
    }));

    it('find pages through every record once, in both orders', withStore(async (store) => {
      for (let i = 0; i < 25; i++) {
        await store.insert<Note>('audit', { id: `e${String(i).padStart(2, '0')}`, title: '', severity: i, open: true, owner: null, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() } as Note);
      }
      for (const order of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await store.find<Note>('audit', { order, limit: 7, ...(after ? { after } : {}) });
          seen.push(...page.items.map((n) => n.id));
          after = page.nextCursor ?? undefined;
        } while (after);
        const expected = Array.from({ length: 25 }, (_, i) => `e${String(i).padStart(2, '0')}`);
        assert.deepEqual(seen, order === 'asc' ? expected : expected.reverse());
      }
    }));

    it('bad paging input is a BAD_USER_INPUT error', withStore(async (store) => {
      await assert.rejects(store.find('alerts', { limit: 0 }), { code: 'BAD_USER_INPUT' });
      await assert.rejects(store.find('alerts', { after: 'not-a-cursor' }), { code: 'BAD_USER_INPUT' });
      await assert.rejects(store.find('alerts', { where: { "x') OR 1=1 --": 1 } }), { code: 'BAD_USER_INPUT' });
    }));

    it('delete removes one record and reports whether it existed', withStore(async (store) => {
      await store.insert<Note>('documents', { id: 'd', title: '', severity: 0, open: true, owner: null });
      assert.equal(await store.delete('documents', 'd'), true);
      assert.equal(await store.delete('documents', 'd'), false);
      assert.equal(await store.get('documents', 'd'), null);
    }));

    it('answers ping', withStore(async (store) => {
      await store.ping();
    }));
  });
}
