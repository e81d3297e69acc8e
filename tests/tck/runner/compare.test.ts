import { describe, expect, it } from 'vitest';
import type { CypherValue, NodeValue, PathValue, QueryResult, RelationshipValue } from '../../../src/cypher/values.js';
import { bagsMatch, compareResult, valuesMatch } from './compare.js';
import { parseTckValue } from './notation.js';

const ordered = { unorderedLists: false };
const unordered = { unorderedLists: true };
const matches = (expected: string, actual: CypherValue, opts = ordered): boolean =>
  valuesMatch(parseTckValue(expected), actual, opts);

const node = (id: string, labels: string[], props: Record<string, CypherValue> = {}): NodeValue => ({
  kind: 'node',
  id,
  labels,
  properties: new Map(Object.entries(props)),
});
const rel = (
  id: string,
  type: string,
  startId: string,
  endId: string,
  props: Record<string, CypherValue> = {},
): RelationshipValue => ({
  kind: 'relationship',
  id,
  type,
  startId,
  endId,
  properties: new Map(Object.entries(props)),
});

describe('valuesMatch', () => {
  it('keeps integers and floats apart', () => {
    expect(matches('1', 1n)).toBe(true);
    expect(matches('1', 1)).toBe(false);
    expect(matches('1.0', 1n)).toBe(false);
    expect(matches('1.0', 1)).toBe(true);
    expect(matches('NaN', NaN)).toBe(true);
    expect(matches('NaN', 0)).toBe(false);
    expect(matches('0.1', 0.1 + 1e-18)).toBe(true);
    expect(matches('0.1', 0.10001)).toBe(false);
  });

  it('compares lists in order unless told otherwise', () => {
    expect(matches('[1, 2]', [1n, 2n])).toBe(true);
    expect(matches('[1, 2]', [2n, 1n])).toBe(false);
    expect(matches('[1, 2]', [2n, 1n], unordered)).toBe(true);
    expect(matches('[1, 1, 2]', [1n, 2n, 2n], unordered)).toBe(false);
    expect(matches('[1, 2]', [1n, 2n, 3n])).toBe(false);
  });

  it('compares maps regardless of key order but with all keys', () => {
    expect(
      matches(
        '{a: 1, b: null}',
        new Map<string, CypherValue>([
          ['b', null],
          ['a', 1n],
        ]),
      ),
    ).toBe(true);
    expect(
      matches(
        '{a: 1}',
        new Map<string, CypherValue>([
          ['a', 1n],
          ['b', null],
        ]),
      ),
    ).toBe(false);
    expect(matches("{a: 'x'}", new Map<string, CypherValue>([['a', 'y']]))).toBe(false);
  });

  it('compares nodes by label set and properties, relationships by type and properties', () => {
    expect(matches("(:A:B {name: 'x'})", node('1', ['B', 'A'], { name: 'x' }))).toBe(true);
    expect(matches('(:A)', node('1', ['A', 'B']))).toBe(false);
    expect(matches("(:A {name: 'x'})", node('1', ['A'], { name: 'y' }))).toBe(false);
    expect(matches('[:T {w: 1}]', rel('r', 'T', '1', '2', { w: 1n }))).toBe(true);
    expect(matches('[:T]', rel('r', 'U', '1', '2'))).toBe(false);
    expect(matches('()', rel('r', 'T', '1', '2'))).toBe(false);
  });

  it('follows paths hop by hop, including direction', () => {
    const a = node('a', ['A']);
    const b = node('b', ['B']);
    const c = node('c', []);
    const path: PathValue = {
      kind: 'path',
      nodes: [a, b, c],
      relationships: [rel('r1', 'T', 'a', 'b'), rel('r2', 'U', 'c', 'b', { k: 1n })],
    };
    expect(matches('<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>', path)).toBe(true);
    expect(matches('<(:A)-[:T]->(:B)-[:U {k: 1}]->()>', path)).toBe(false);
    expect(matches('<(:A)-[:T]->(:B)>', path)).toBe(false);
  });

  it('matches temporal values by their string form, but not other objects', () => {
    const date = { kind: 'date' as const, toString: () => '1984-10-11' };
    expect(matches("'1984-10-11'", date)).toBe(true);
    expect(matches("'1984-10-12'", date)).toBe(false);
    expect(matches("'1984-10-11'", node('1', []))).toBe(false);
  });
});

describe('bagsMatch', () => {
  it('finds a matching where a greedy choice would fail', () => {
    // expected[0] accepts either actual; expected[1] accepts only actual[0].
    const ok = bagsMatch(['any', 'first'], [1, 2], (e, a) => e === 'any' || a === 1);
    expect(ok).toBe(true);
    expect(bagsMatch([1, 1], [1, 2], (e, a) => e === a)).toBe(false);
  });
});

describe('compareResult', () => {
  const result = (columns: string[], rows: CypherValue[][]): QueryResult => ({ columns, rows });
  const table = (columns: string[], rows: string[][]) => ({ columns, rows: rows.map((r) => r.map(parseTckValue)) });

  it('treats rows as a multiset unless ordered', () => {
    const actual = result(['x'], [[2n], [1n]]);
    expect(compareResult(table(['x'], [['1'], ['2']]), actual, { ordered: false, unorderedLists: false })).toBeNull();
    expect(compareResult(table(['x'], [['1'], ['2']]), actual, { ordered: true, unorderedLists: false })).toMatch(
      /row 1/,
    );
  });

  it('requires the same columns in the same order', () => {
    const actual = result(['a', 'b'], [[1n, 2n]]);
    expect(compareResult(table(['b', 'a'], [['2', '1']]), actual, { ordered: false, unorderedLists: false })).toMatch(
      /columns/,
    );
    expect(
      compareResult(table(['a', 'b'], [['1', '2']]), actual, { ordered: false, unorderedLists: false }),
    ).toBeNull();
  });

  it('reports a row-count mismatch with a sample of what came back', () => {
    const reason = compareResult(table(['x'], [['1']]), result(['x'], [[1n], [1.5]]), {
      ordered: false,
      unorderedLists: false,
    });
    expect(reason).toMatch(/2 rows, expected 1: got \| 1 \|, \| 1.5 \|/);
  });
});
