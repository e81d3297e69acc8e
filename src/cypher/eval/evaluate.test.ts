import { describe, expect, it } from 'vitest';
import { errorOf, single } from '../test-helpers.js';

describe('expression semantics', () => {
  it('keeps integers and floats apart and wraps 64-bit overflow into an error', () => {
    expect(single('RETURN 7 / 2')).toBe(3n);
    expect(single('RETURN 7.0 / 2')).toBe(3.5);
    expect(single('RETURN -7 % 3')).toBe(-1n);
    expect(single('RETURN 2 ^ 3')).toBe(8);
    expect(errorOf(() => single('RETURN 9223372036854775807 + 1'))).toMatchObject({
      code: 'ArithmeticError',
      phase: 'runtime',
    });
    expect(errorOf(() => single('RETURN 1 / 0'))).toMatchObject({ code: 'ArithmeticError' });
    expect(single('RETURN 1.0 / 0')).toBe(Infinity);
  });

  it('uses three-valued logic', () => {
    expect(single('RETURN null AND false')).toBe(false);
    expect(single('RETURN null OR true')).toBe(true);
    expect(single('RETURN null AND true')).toBeNull();
    expect(single('RETURN NOT null')).toBeNull();
    expect(single('RETURN null = null')).toBeNull();
    expect(single('RETURN 2 IN [1, null]')).toBeNull();
    expect(single('RETURN 1 IN [1, null]')).toBe(true);
    expect(single('RETURN [1, null] = [1, 2]')).toBeNull();
    expect(single('RETURN [1, null] = [2, 2]')).toBe(false);
  });

  it('compares across types as Cypher does', () => {
    expect(single('RETURN 1 = 1.0')).toBe(true);
    expect(single("RETURN 1 < 'a'")).toBeNull();
    expect(single('RETURN 0.0 / 0.0 = 0.0 / 0.0')).toBe(false);
    expect(single('RETURN 1 < 2 < 3')).toBe(true);
    expect(single('RETURN 3 > 2 > 1.5')).toBe(true);
    expect(single("RETURN [1, 'a'] < [1, 'b']")).toBe(true);
  });

  it('implements string operators and regular expressions (whole-string match)', () => {
    expect(single("RETURN 'hello' STARTS WITH 'he', 'hello' ENDS WITH 'lo', 'hello' CONTAINS 'ell'")).toBe(true);
    expect(single("RETURN 'abc' =~ 'a.c'")).toBe(true);
    expect(single("RETURN 'xabc' =~ 'a.c'")).toBe(false);
    expect(single("RETURN 'ABC' =~ '(?i)abc'")).toBe(true);
    expect(single("RETURN 1 STARTS WITH 'a'")).toBeNull();
  });

  it('indexes and slices lists, negative indexes from the end', () => {
    expect(single('RETURN [1, 2, 3][-1]')).toBe(3n);
    expect(single('RETURN [1, 2, 3][5]')).toBeNull();
    expect(single('RETURN [1, 2, 3, 4][1..-1]')).toEqual([2n, 3n]);
    expect(single('RETURN [1, 2, 3][..2]')).toEqual([1n, 2n]);
    expect(errorOf(() => single('RETURN {a: 1}[1]'))).toMatchObject({
      code: 'TypeError',
      detail: 'MapElementAccessByNonString',
    });
  });

  it('evaluates comprehensions, quantifiers, reduce and CASE', () => {
    expect(single('RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10]')).toEqual([10n, 30n, 50n]);
    expect(
      single(
        'RETURN all(x IN [1, 2] WHERE x > 0), any(x IN [1, 2] WHERE x > 1), none(x IN [1] WHERE x > 1), single(x IN [1, 2] WHERE x > 1)',
      ),
    ).toBe(true);
    expect(single('RETURN any(x IN [null, 1] WHERE x > 1)')).toBeNull();
    expect(single('RETURN reduce(acc = 0, x IN [1, 2, 3] | acc + x)')).toBe(6n);
    expect(single("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END")).toBe('two');
    expect(single('RETURN CASE WHEN false THEN 1 END')).toBeNull();
  });

  it('builds maps and reads their keys', () => {
    const m = single("RETURN {a: 1, b: 'x'}") as Map<string, unknown>;
    expect([...m]).toEqual([
      ['a', 1n],
      ['b', 'x'],
    ]);
    expect(single('RETURN {a: {b: 2}}.a.b')).toBe(2n);
    expect(single('RETURN $p.k', { p: new Map([['k', 5n]]) })).toBe(5n);
    // Plain JSON objects given as parameters are read as maps.
    expect(single('RETURN $p.k.j', { p: { k: { j: 'x' } } as never })).toBe('x');
  });

  it('calls scalar functions with Cypher conversions', () => {
    expect(single("RETURN toInteger('42'), toInteger(3.9)")).toBe(42n);
    expect(single("RETURN toInteger('x')")).toBeNull();
    expect(single('RETURN toString(1.0)')).toBe('1.0');
    expect(single('RETURN toString(1e20)')).toBe('1.0E20');
    expect(single("RETURN toBoolean('TRUE')")).toBe(true);
    expect(single("RETURN substring('hello', 1, 3), left('hello', 2)")).toBe('ell');
    expect(single("RETURN split('a,b', ',')")).toEqual(['a', 'b']);
    expect(single('RETURN round(2.5), round(-2.5)')).toBe(3);
    // Half-way values round towards positive infinity without a precision (as Neo4j), away from zero with one.
    expect(single('RETURN round(-2.5)')).toBe(-2);
    expect(Object.is(single('RETURN round(-0.4)'), 0)).toBe(true);
    expect(single('RETURN round(-2.5, 0)')).toBe(-3);
    expect(single('RETURN round(1.2345, 2)')).toBe(1.23);
    expect(single("RETURN round(2.5, 0, 'HALF_EVEN')")).toBe(2);
    expect(single('RETURN coalesce(null, 2, 3)')).toBe(2n);
    expect(single('RETURN size([1, 2]), size("abc")')).toBe(2n);
    expect(errorOf(() => single('RETURN toInteger([1])'))).toMatchObject({ code: 'TypeError' });
  });

  it('requires declared parameters', () => {
    expect(errorOf(() => single('RETURN $missing'))).toMatchObject({ code: 'ParameterMissing', phase: 'compile' });
  });
});
