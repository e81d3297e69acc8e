import { describe, expect, it } from 'vitest';
import type { CypherValue, NodeValue, QueryResult } from '../../cypher/values.js';
import { resultToJson } from './json.js';
import { formatLiteral } from './literal.js';
import { jsonToCypher, parseParamFlag, parseParamValue } from './params.js';
import { formatCsv, formatTable } from './table.js';

const node: NodeValue = {
  kind: 'node',
  id: 'p1',
  labels: ['Person'],
  properties: new Map<string, CypherValue>([
    ['name', 'Ann'],
    ['age', 41n],
  ]),
};

describe('parameters', () => {
  it('parse numbers, booleans and null as such and anything else as a string', () => {
    expect(parseParamValue('42')).toBe(42n);
    expect(parseParamValue('-1.5')).toBe(-1.5);
    expect(parseParamValue('1e3')).toBe(1000);
    expect(parseParamValue('TRUE')).toBe(true);
    expect(parseParamValue('null')).toBe(null);
    expect(parseParamValue('12abc')).toBe('12abc');
    expect(parseParamValue('99999999999999999999')).toBe('99999999999999999999');
    expect(parseParamFlag('who=A=B')).toEqual(['who', 'A=B']);
    expect(() => parseParamFlag('=x')).toThrow(/NAME=VALUE/);
    expect(jsonToCypher({ a: [1, 1.5] })).toEqual(new Map([['a', [1n, 1.5]]]));
  });
});

describe('result output', () => {
  const result: QueryResult = {
    columns: ['n', 'x'],
    rows: [
      [node, 1],
      [null, 'a\nb'],
    ],
  };

  it('formats literals like cypher-shell', () => {
    expect(formatLiteral(node)).toBe('(:Person {name: "Ann", age: 41})');
    expect(formatLiteral([1.0, 2n, 'x', null, true])).toBe('[1.0, 2, "x", NULL, TRUE]');
  });

  it('draws a bordered table with a row count', () => {
    const lines = formatTable(result).split('\n');
    expect(lines[0]).toBe('+----------------------------------+--------+');
    expect(lines[1]).toBe('| n                                | x      |');
    expect(lines[2]).toBe(lines[0]);
    expect(lines[3]).toBe('| (:Person {name: "Ann", age: 41}) | 1.0    |');
    expect(lines[4]).toBe('| NULL                             | "a\\nb" |');
    expect(lines[5]).toBe(lines[0]);
    expect(lines.at(-2)).toBe('2 rows');
  });

  it('writes JSON row objects and RFC 4180 CSV', () => {
    expect(JSON.parse(resultToJson(result))).toEqual([
      { n: { id: 'p1', labels: ['Person'], properties: { name: 'Ann', age: 41 } }, x: 1 },
      { n: null, x: 'a\nb' },
    ]);
    expect(formatCsv(result)).toBe('n,x\r\n"(:Person {name: ""Ann"", age: 41})",1.0\r\n,"a\nb"\r\n');
  });
});
