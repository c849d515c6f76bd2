import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVigilError } from '../../src/errors/index.js';
import { formatDelimited, parseTable, Table } from '../../src/tables/index.js';

/** Runs `fn`, expecting a BAD_USER_INPUT VigilError, and returns its details. */
function badInputDetails(fn: () => unknown, message: RegExp): Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    assert.ok(isVigilError(error), `expected a VigilError, got ${String(error)}`);
    assert.equal(error.code, 'BAD_USER_INPUT');
    assert.match(error.message, message);
    return error.details;
  }
  assert.fail('expected an error');
}

describe('parseTable', () => {
  it('reads a header, infers numeric and categorical columns, marks the label', () => {
    const { table } = parseTable('a,b,c\n1,x,yes\n2.5,y,no\n,z,yes\n', { label: 'c' });
    assert.deepEqual(table.columns, [
      { name: 'a', kind: 'numeric' },
      { name: 'b', kind: 'categorical' },
      { name: 'c', kind: 'label' },
    ]);
    assert.deepEqual([...table.numeric('a')], [1, 2.5, Number.NaN]);
    assert.deepEqual(table.row(1), [2.5, 'y', 'no']);
    assert.equal(table.value(2, 'a'), null);
    assert.deepEqual(table.categorical('c').levels, ['yes', 'no']);
  });

  it('strips a UTF-8 BOM and accepts CRLF line endings', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,v\r\n1,a\r\n2,b\r\n')]);
    const { table } = parseTable(bytes);
    assert.deepEqual(table.names, ['id', 'v']);
    assert.deepEqual([...table.numeric('id')], [1, 2]);
    assert.deepEqual(table.categorical('v').levels, ['a', 'b']);
  });

  it('detects a tab delimiter, and honours a declared one', () => {
    const tsv = parseTable('x\ty\n1\t2\n3\t4\n');
    assert.equal(tsv.delimiter, '\t');
    assert.deepEqual([...tsv.table.numeric('y')], [2, 4]);
    const declared = parseTable('x;y\t1\n', { header: false, delimiter: '\t' });
    assert.deepEqual(declared.table.row(0), ['x;y', 1]);
  });

  it('names the columns of a headerless file, or takes declared names', () => {
    const inferred = parseTable('1,a\n2,b\n', { header: false });
    assert.deepEqual(inferred.table.names, ['column_1', 'column_2']);
    const declared = parseTable('1,a,9\n2,b,9\n', {
      header: false,
      columns: [
        { name: 'n', kind: 'numeric' },
        { name: 's', kind: 'label' },
        { name: 'skip', kind: 'drop' },
      ],
    });
    assert.deepEqual(declared.table.names, ['n', 's']);
    assert.deepEqual(declared.dropped, ['skip']);
  });

  it('matches declared columns to the header by name, in file order', () => {
    const { table } = parseTable('b,a\nx,1\n', {
      columns: [
        { name: 'a', kind: 'numeric' },
        { name: 'b', kind: 'categorical' },
      ],
    });
    assert.deepEqual(table.names, ['b', 'a']);
    const details = badInputDetails(() => parseTable('b,c\nx,1\n', { columns: [{ name: 'a', kind: 'numeric' }, { name: 'b', kind: 'categorical' }] }), /lacks declared column\(s\): a/);
    assert.deepEqual(details.columns, ['a']);
  });

  it('gives the same sha256 for the same bytes, whether given as text or buffer', () => {
    const text = 'a\n1\n';
    assert.equal(parseTable(text).sha256, parseTable(Buffer.from(text)).sha256);
    assert.equal(parseTable(text).sha256, '309b0e45a73d3fc5325e2b6ed0a01ef8b9cde6b05a5633c1f893f970d52bfddc'); // printf 'a\n1\n' | sha256sum
    assert.notEqual(parseTable(text).sha256, parseTable('a\n2\n').sha256);
  });

  it('treats the default missing tokens as missing in numeric columns', () => {
    const { table } = parseTable('a,b\n1,x\nNA,y\n?,z\nNaN,\n');
    assert.equal(table.spec('a').kind, 'numeric');
    assert.equal(table.numeric('a').filter(Number.isNaN).length, 3);
    assert.equal(table.value(3, 'b'), null);
  });
});

describe('parseTable errors', () => {
  it('rejects a wrong field count with the line number, counting blank lines', () => {
    const details = badInputDetails(() => parseTable('a,b\n1,2\n\n3,4\n5\n'), /line 5 has 1 fields, expected 2/);
    assert.deepEqual(details, { line: 5, fields: 1, expected: 2 });
  });

  it('rejects a wrong field count against a declared headerless schema on line 1', () => {
    const columns = [
      { name: 'a', kind: 'numeric' as const },
      { name: 'b', kind: 'numeric' as const },
      { name: 'c', kind: 'numeric' as const },
    ];
    badInputDetails(() => parseTable('1,2\n', { header: false, columns }), /line 1 has 2 fields, expected 3/);
  });

  it('rejects a non-numeric value in a declared numeric column with line, column and value', () => {
    const columns = [
      { name: 'n', kind: 'numeric' as const },
      { name: 's', kind: 'categorical' as const },
    ];
    const details = badInputDetails(() => parseTable('n,s\n1,a\n2,b\nthree,c\n', { columns }), /line 4: column 'n' is numeric but has the value 'three'/);
    assert.deepEqual(details, { line: 4, column: 'n', value: 'three' });
  });

  it('rejects an empty file and a file with a header only', () => {
    badInputDetails(() => parseTable(''), /empty/);
    badInputDetails(() => parseTable('\uFEFF\r\n  \n'), /empty/);
    const details = badInputDetails(() => parseTable('a,b\r\n'), /header row but no data rows/);
    assert.equal(details.line, 2);
  });

  it('reports malformed quoting with its line', () => {
    const details = badInputDetails(() => parseTable('a,b\n1,"x\n'), /malformed CSV/);
    assert.equal(typeof details.line, 'number');
  });
});

describe('Table', () => {
  const table = Table.fromArrays([
    { name: 'n', kind: 'numeric', values: [1, 2, 3] },
    { name: 'c', kind: 'categorical', values: ['a', null, 'a'] },
    { name: 'y', kind: 'label', values: ['p', 'q', 'p'] },
  ]);

  it('takes, slices, selects and drops without touching the source', () => {
    assert.deepEqual(table.take([2, 0, 0]).row(0), [3, 'a', 'p']);
    assert.equal(table.take([2, 0, 0]).rowCount, 3);
    assert.deepEqual(table.slice(1).row(0), [2, null, 'q']);
    assert.deepEqual(table.select(['y', 'n']).names, ['y', 'n']);
    assert.deepEqual(table.drop(['c']).names, ['n', 'y']);
    assert.equal(table.label?.name, 'y');
    assert.equal(table.rowCount, 3);
  });

  it('rejects unknown columns and wrong-kind access with a typed error', () => {
    badInputDetails(() => table.numeric('nope'), /no column named 'nope'/);
    badInputDetails(() => table.numeric('c'), /not numeric/);
    badInputDetails(() => table.categorical('n'), /not categorical/);
  });
});

describe('formatDelimited', () => {
  it('writes CSV that parses back to the same table, quoting where needed', () => {
    const table = Table.fromArrays([
      { name: 'n', kind: 'numeric', values: [0.1, Number.NaN, -3e-7] },
      { name: 'c', kind: 'categorical', values: ['a,b', 'say "hi"', null] },
      { name: 'y', kind: 'label', values: ['p', 'q', 'p'] },
    ]);
    const text = formatDelimited(table);
    assert.equal(text, 'n,c,y\n0.1,"a,b",p\n,"say ""hi""",q\n-3e-7,,p\n');
    const back = parseTable(text, { label: 'y' }).table;
    assert.deepEqual(back.columns, table.columns);
    for (let r = 0; r < 3; r++) assert.deepEqual(back.row(r), table.row(r));
    assert.equal(formatDelimited(table, { delimiter: '\t', header: false }).split('\n')[0], '0.1\ta,b\tp');
  });
});
