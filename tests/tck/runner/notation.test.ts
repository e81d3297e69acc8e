import { describe, expect, it } from 'vitest';
import { NotationError, TckMap, parseTckValue } from './notation.js';

describe('TCK value notation', () => {
  it('parses scalars, keeping integers and floats apart', () => {
    expect(parseTckValue('null')).toBeNull();
    expect(parseTckValue('true')).toBe(true);
    expect(parseTckValue(' false ')).toBe(false);
    expect(parseTckValue('42')).toBe(42n);
    expect(parseTckValue('-7')).toBe(-7n);
    expect(parseTckValue('9223372036854775807')).toBe(9223372036854775807n);
    expect(parseTckValue('0x1F')).toBe(31n);
    expect(parseTckValue('-0x1F')).toBe(-31n);
    expect(parseTckValue('1.0')).toBe(1);
    expect(typeof parseTckValue('1.0')).toBe('number');
    expect(parseTckValue('.5')).toBe(0.5);
    expect(parseTckValue('1e10')).toBe(1e10);
    expect(parseTckValue('-1.2635418652381264e305')).toBe(-1.2635418652381264e305);
    expect(parseTckValue('NaN')).toBeNaN();
    expect(parseTckValue('Inf')).toBe(Infinity);
    expect(parseTckValue('-Inf')).toBe(-Infinity);
  });

  it('parses strings with the two escapes', () => {
    expect(parseTckValue("'it\\'s'")).toBe("it's");
    expect(parseTckValue("'a\\\\b'")).toBe('a\\b');
    expect(parseTckValue("''")).toBe('');
    expect(parseTckValue("'1984-10-11T12:31:14.645+01:00[Europe/Stockholm]'")).toBe(
      '1984-10-11T12:31:14.645+01:00[Europe/Stockholm]',
    );
  });

  it('parses lists and maps', () => {
    expect(parseTckValue("[1, 'a', null, [2.5]]")).toEqual([1n, 'a', null, [2.5]]);
    expect(parseTckValue('[]')).toEqual([]);
    const map = parseTckValue("{name: 'x', n: 1, nested: {a: []}}");
    expect(map).toBeInstanceOf(TckMap);
    const entries = (map as TckMap).entries;
    expect([...entries.keys()]).toEqual(['name', 'n', 'nested']);
    expect(entries.get('n')).toBe(1n);
    expect(parseTckValue('{}')).toEqual(new TckMap(new Map()));
  });

  it('parses nodes, relationships and paths', () => {
    expect(parseTckValue('()')).toEqual({ tck: 'node', labels: [], properties: new Map() });
    expect(parseTckValue("(:A:B {name: 'x'})")).toEqual({
      tck: 'node',
      labels: ['A', 'B'],
      properties: new Map([['name', 'x']]),
    });
    expect(parseTckValue('[:T {w: 1}]')).toEqual({ tck: 'relationship', type: 'T', properties: new Map([['w', 1n]]) });
    const path = parseTckValue('<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>');
    expect(path).toMatchObject({
      tck: 'path',
      start: { labels: ['A'] },
      hops: [
        { direction: 'out', relationship: { type: 'T' }, node: { labels: ['B'] } },
        { direction: 'in', relationship: { type: 'U' }, node: { labels: [] } },
      ],
    });
    expect(parseTckValue('<()>')).toMatchObject({ tck: 'path', hops: [] });
  });

  it('rejects malformed cells with a positioned message', () => {
    expect(() => parseTckValue("'open")).toThrow(NotationError);
    expect(() => parseTckValue('[1, 2')).toThrow(/Expected '\]'/);
    expect(() => parseTckValue('1 2')).toThrow(/trailing/);
    expect(() => parseTckValue('[:A:B]')).toThrow(/exactly one type/);
    expect(() => parseTckValue('nul')).toThrow(NotationError);
  });
});
