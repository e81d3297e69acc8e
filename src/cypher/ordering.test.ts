import { describe, expect, it } from 'vitest';
import { cypherEquals, equivalenceKey } from './equality.js';
import { compareForOrder, compareValues } from './ordering.js';
import type { CypherValue } from './values.js';

describe('equality and equivalence', () => {
  it('is three-valued for =, but null and NaN are equivalent to themselves for DISTINCT', () => {
    expect(cypherEquals(null, null)).toBeNull();
    expect(cypherEquals(NaN, NaN)).toBe(false);
    expect(equivalenceKey(null)).toBe(equivalenceKey(null));
    expect(equivalenceKey(NaN)).toBe(equivalenceKey(NaN));
  });

  it('treats 1 and 1.0 as equal, but not 1 and "1"', () => {
    expect(cypherEquals(1n, 1.0)).toBe(true);
    expect(equivalenceKey(1n)).toBe(equivalenceKey(1.0));
    expect(cypherEquals(1n, '1')).toBe(false);
    expect(equivalenceKey(1n)).not.toBe(equivalenceKey('1'));
  });

  it('compares maps by keys and values, in any key order', () => {
    const a = new Map<string, CypherValue>([
      ['x', 1n],
      ['y', [1n, 2n]],
    ]);
    const b = new Map<string, CypherValue>([
      ['y', [1n, 2n]],
      ['x', 1.0],
    ]);
    expect(cypherEquals(a, b)).toBe(true);
    expect(equivalenceKey(a)).toBe(equivalenceKey(b));
    expect(cypherEquals(a, new Map([['x', 1n]]))).toBe(false);
  });
});

describe('comparability and orderability', () => {
  it('returns null for incomparable operands and NaN when a NaN is involved', () => {
    expect(compareValues(1n, 'a')).toBeNull();
    expect(compareValues(new Map(), new Map())).toBeNull();
    expect(compareValues(NaN, 1n)).toBeNaN();
    expect(compareValues([1n, 2n], [1n, 3n])).toBeLessThan(0);
    expect(compareValues([1n, null], [1n, 3n])).toBeNull();
  });

  it('sorts every type in the global order, nulls last and NaN after numbers', () => {
    const values: CypherValue[] = [null, 2n, NaN, 'b', true, [1n], new Map(), 1.5, 'a', false, -Infinity];
    const sorted = [...values].sort(compareForOrder);
    expect(sorted).toEqual([new Map(), [1n], 'a', 'b', false, true, -Infinity, 1.5, 2n, NaN, null]);
  });

  it('compares integers beyond 2^53 exactly', () => {
    expect(compareValues(9007199254740993n, 9007199254740992n)).toBe(1);
    expect(cypherEquals(9007199254740993n, 9007199254740992n)).toBe(false);
  });
});
