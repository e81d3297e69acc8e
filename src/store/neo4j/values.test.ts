import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { NodeValue } from '../../cypher/values.js';
import { StoreError } from '../types.js';
import { fromDriverValue, graphEdgeFrom, toDriverParams, toDriverProperty } from './values.js';

const { Node, Relationship, Path, PathSegment, Date: NeoDate, Duration } = neo4j.types;

describe('values going to Neo4j', () => {
  it('sends bigint as INTEGER and number as FLOAT, recursively', () => {
    const params = toDriverParams({ i: 5n, f: 5, list: [1n, 2.5], map: new Map([['k', 7n]]) });
    expect(neo4j.isInt(params.i)).toBe(true);
    expect(String(params.i)).toBe('5');
    expect(params.f).toBe(5);
    expect(neo4j.isInt((params.list as unknown[])[0])).toBe(true);
    expect((params.list as unknown[])[1]).toBe(2.5);
    expect(String((params.map as Record<string, unknown>).k)).toBe('7');
    expect(neo4j.isInt(toDriverProperty(9007199254740993n))).toBe(true);
    expect(String(toDriverProperty(9007199254740993n))).toBe('9007199254740993');
  });

  it('refuses graph values as parameters, naming the parameter', () => {
    const node: NodeValue = { kind: 'node', id: '1', labels: [], properties: new Map() };
    expect(() => toDriverParams({ who: [node] })).toThrow(StoreError);
    expect(() => toDriverParams({ who: [node] })).toThrow(/\$who\[0\] is a node/);
  });
});

describe('values coming from Neo4j', () => {
  const a = new Node(1n, ['Person'], { id: 'person:a', n: 2n }, '4:x:1');
  const b = new Node(2n, ['Place'], { id: 'place:b' }, '4:x:2');
  const r = new Relationship(3n, 1n, 2n, 'ATTENDS', { w: 0.5 }, '5:x:3', '4:x:1', '4:x:2');

  it('turns nodes, relationships and paths into the value model with element ids', () => {
    expect(fromDriverValue(a)).toEqual({
      kind: 'node',
      id: '4:x:1',
      labels: ['Person'],
      properties: new Map<string, unknown>([
        ['id', 'person:a'],
        ['n', 2n],
      ]),
    });
    expect(fromDriverValue(r)).toMatchObject({
      kind: 'relationship',
      id: '5:x:3',
      type: 'ATTENDS',
      startId: '4:x:1',
      endId: '4:x:2',
    });
    const path = fromDriverValue(new Path(a, b, [new PathSegment(a, r, b)]));
    expect(path).toMatchObject({ kind: 'path' });
    expect((path as unknown as { nodes: NodeValue[] }).nodes.map((n) => n.id)).toEqual(['4:x:1', '4:x:2']);
  });

  it('keeps INTEGER and FLOAT apart and turns maps into Map', () => {
    expect(fromDriverValue(neo4j.int(3))).toBe(3n);
    expect(fromDriverValue(3)).toBe(3);
    expect(fromDriverValue({ x: [neo4j.int(1), 'y', null] })).toEqual(new Map([['x', [1n, 'y', null]]]));
  });

  it('gives temporals their kind and ISO text', () => {
    const d = fromDriverValue(new NeoDate(2022, 10, 30));
    expect((d as { kind: string }).kind).toBe('date');
    expect(String(d)).toBe('2022-10-30');
    const dur = fromDriverValue(new Duration(14, 0, 0, 0));
    expect((dur as { kind: string }).kind).toBe('duration');
    expect(String(dur)).toBe('P1Y2M');
  });

  it('moves a relationship id property out of its properties for snapshots', () => {
    expect(graphEdgeFrom('STATED', 's', 't', { id: 'stated:1', start: neo4j.int(4) })).toEqual({
      id: 'stated:1',
      type: 'STATED',
      source: 's',
      target: 't',
      properties: { start: 4n },
    });
  });
});
