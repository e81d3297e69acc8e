import { describe, expect, it } from 'vitest';
import { graphWith, errorOf, run, single } from '../test-helpers.js';

describe('aggregating functions', () => {
  const g = graphWith('UNWIND [1, 2, 3, 4, null] AS x CREATE (:N {x: x})');

  it('skips nulls and keeps integer sums integral', () => {
    expect(run(g, 'MATCH (n:N) RETURN count(n.x), sum(n.x), avg(n.x), collect(n.x)')).toEqual([
      [4n, 10n, 2.5, [1n, 2n, 3n, 4n]],
    ]);
    expect(run(g, 'MATCH (n:N) RETURN sum(n.x * 1.0)')).toEqual([[10]]);
  });

  it('computes deviations and percentiles', () => {
    const [[sd, sdp]] = run(g, 'MATCH (n:N) RETURN stDev(n.x), stDevP(n.x)') as [[number, number]];
    expect(sd).toBeCloseTo(1.2909944, 6);
    expect(sdp).toBeCloseTo(1.1180339, 6);
    expect(
      run(g, 'MATCH (n:N) RETURN percentileDisc(n.x, 0.0), percentileDisc(n.x, 1.0), percentileCont(n.x, 0.25)'),
    ).toEqual([[1n, 4n, 1.75]]);
    expect(errorOf(() => run(g, 'MATCH (n:N) RETURN percentileCont(n.x, 1.5)'))).toMatchObject({
      code: 'ArgumentError',
      detail: 'NumberOutOfRange',
    });
  });

  it('finds min and max across mixed types by the global order', () => {
    expect(run(g, "UNWIND [1, 'a', 2.5] AS v RETURN min(v), max(v)")).toEqual([['a', 2.5]]);
  });

  it('overflows integer sums into an error, as Neo4j does', () => {
    expect(errorOf(() => run(g, 'UNWIND [9223372036854775807, 1] AS v RETURN sum(v)'))).toMatchObject({
      code: 'ArithmeticError',
    });
  });
});

describe('scalar functions', () => {
  it('reads graph entities', () => {
    const g = graphWith("CREATE (:A:B {name: 'x'})-[:R {w: 1}]->(:C)");
    expect(
      run(
        g,
        'MATCH (a)-[r]->(c) RETURN labels(a), type(r), keys(a), properties(r), labels(startNode(r)), labels(endNode(r))',
      ),
    ).toEqual([[['A', 'B'], 'R', ['name'], new Map([['w', 1n]]), ['A', 'B'], ['C']]]);
    expect(run(g, 'MATCH p = ()-->() RETURN length(p), size(nodes(p)), size(relationships(p))')).toEqual([
      [1n, 2n, 1n],
    ]);
  });

  it('handles strings by UTF-16 code units and null in, null out', () => {
    expect(single("RETURN toUpper('abc')")).toBe('ABC');
    expect(single("RETURN trim('  a  ')")).toBe('a');
    expect(single("RETURN replace('a-b-c', '-', '+')")).toBe('a+b+c');
    expect(single("RETURN reverse('abc')")).toBe('cba');
    expect(single("RETURN right('hello', 3)")).toBe('llo');
    expect(single('RETURN toLower(null)')).toBeNull();
    expect(errorOf(() => single("RETURN substring('abc', -1)"))).toMatchObject({ code: 'ArgumentError' });
  });

  it('computes math functions with floats', () => {
    expect(single('RETURN abs(-3)')).toBe(3n);
    expect(single('RETURN sqrt(16)')).toBe(4);
    expect(single('RETURN sign(-2.5)')).toBe(-1n);
    expect(single('RETURN floor(-1.5)')).toBe(-2);
    expect(single('RETURN atan2(1, 1) * 4')).toBeCloseTo(Math.PI);
    expect(single('RETURN degrees(pi())')).toBe(180);
    expect(single('RETURN log10(1000)')).toBe(3);
  });

  it('builds ranges and list views', () => {
    expect(single('RETURN range(10, 0, -5)')).toEqual([10n, 5n, 0n]);
    expect(single('RETURN head([1, 2]), last([1, 2])')).toBe(1n);
    expect(single('RETURN tail([1, 2, 3])')).toEqual([2n, 3n]);
    expect(errorOf(() => single('RETURN range(1, 5, 0)'))).toMatchObject({ code: 'ArgumentError' });
  });
});
