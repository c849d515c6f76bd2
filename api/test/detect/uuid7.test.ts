import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uuid7 } from '../../src/detect/uuid7.js';

test('uuid7: RFC 9562 layout, unique, and ordered by time', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => uuid7(1_700_000_000_000 + i));
  for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(uuid7(0x0123456789ab).slice(0, 13), '01234567-89ab');
});
