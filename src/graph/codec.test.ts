import { describe, expect, it } from 'vitest';
import type { CypherValue } from '../cypher/values.js';
import { CodecError, decodeGraph, decodeValue, encodeGraph, encodeValue } from './codec.js';
import { createPropertyGraph } from './property-graph.js';

const roundTrip = (v: CypherValue) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v))));

describe('value codec', () => {
  it('keeps integers and floats apart, including integral floats and huge integers', () => {
    expect(roundTrip(1n)).toBe(1n);
    expect(roundTrip(1)).toBe(1);
    expect(typeof roundTrip(1)).toBe('number');
    expect(roundTrip(2.5)).toBe(2.5);
    expect(roundTrip(1e21)).toBe(1e21);
    expect(roundTrip(9007199254740993n)).toBe(9007199254740993n);
    expect(roundTrip(-(2n ** 63n))).toBe(-(2n ** 63n));
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(roundTrip(Number.NaN)).toBeNaN();
    expect(roundTrip(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(encodeValue(1)).toEqual({ $float: '1' });
    expect(encodeValue(42n)).toBe(42);
  });

  it('round-trips lists, maps, nulls and temporals', () => {
    expect(roundTrip([1n, 'a', null, true])).toEqual([1n, 'a', null, true]);
    const map = roundTrip(new Map<string, CypherValue>([['a', 1n], ['b', [2.5]]]));
    expect(map).toEqual(new Map<string, CypherValue>([['a', 1n], ['b', [2.5]]]));
    const date = roundTrip({ kind: 'date', toString: () => '2015-07-21' });
    expect(date).toMatchObject({ kind: 'date' });
    expect(String(date)).toBe('2015-07-21');
  });

  it('refuses untagged objects and unsafe plain integers, saying where', () => {
    expect(() => decodeValue({ a: 1 }, 'x')).toThrow(CodecError);
    expect(() => decodeValue(2 ** 60, 'nodes[0].properties.n')).toThrow(/nodes\[0\]\.properties\.n/);
  });
});

describe('graph codec', () => {
  it('round-trips a graph with its ids, labels, types and values', () => {
    const g = createPropertyGraph();
    g.addNode('a', { labels: ['Person'], properties: { id: 'a', n: 1n, f: 1, l: ['x'] } });
    g.addNode('b', { labels: [], properties: {} });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { type: 'KNOWS', properties: { w: 0.5 } });
    g.addDirectedEdgeWithKey('e2', 'a', 'b', { type: 'KNOWS', properties: {} });
    const back = decodeGraph(encodeGraph(g));
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('a')).toEqual(g.getNodeAttributes('a'));
    expect(back.getEdgeAttributes('e1')).toEqual({ type: 'KNOWS', properties: { w: 0.5 } });
    expect(encodeGraph(back)).toBe(encodeGraph(g));
  });

  it('decodes values inside lists, and says where a bad one is', () => {
    const g = createPropertyGraph();
    g.addNode('a', { labels: [], properties: { plain: ['x', 0.5, true, null], mixed: ['x', 2n, 1, [3n]] } });
    const back = decodeGraph(encodeGraph(g));
    expect(back.getNodeAttributes('a').properties).toEqual({ plain: ['x', 0.5, true, null], mixed: ['x', 2n, 1, [3n]] });
    const bad = '{"format":"newsgraph-graph","version":1,"nodes":[{"id":"a","labels":[],"properties":{"l":["x",{"y":1}]}}],"edges":[]}';
    expect(() => decodeGraph(bad)).toThrow(/nodes\[0\]\.properties\.l\[1\]: object values must be tagged/);
  });

  it('writes relationships grouped by source node, and reads them back in that order', () => {
    const g = createPropertyGraph();
    for (const k of ['a', 'b', 'c']) g.addNode(k, { labels: ['X'], properties: {} });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { type: 'T', properties: {} });
    g.addDirectedEdgeWithKey('e2', 'c', 'a', { type: 'T', properties: {} });
    g.addDirectedEdgeWithKey('e3', 'a', 'c', { type: 'T', properties: { w: 2n } });
    const text = encodeGraph(g);
    const ids = [...text.matchAll(/"id":"(e\d)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['e1', 'e3', 'e2']);
    const minified = JSON.stringify(JSON.parse(text));
    for (const back of [decodeGraph(text), decodeGraph(minified)]) {
      expect(back.edges()).toEqual(['e1', 'e3', 'e2']);
      expect(back.getEdgeAttributes('e3').properties).toEqual({ w: 2n });
      expect(encodeGraph(back)).toBe(text);
    }
  });

  it('names the problem in a corrupt file', () => {
    expect(() => decodeGraph('{"format":"newsgraph-graph","version":1,"nodes":[')).toThrow(/not valid JSON/);
    expect(() => decodeGraph('{"nodes":[],"edges":[]}')).toThrow(/not a newsgraph graph file/);
    const dangling = '{"format":"newsgraph-graph","version":1,"nodes":[],"edges":[{"id":"e","type":"T","source":"a","target":"b"}]}';
    expect(() => decodeGraph(dangling)).toThrow(/edges\[0\]: source "a" is not a node/);
  });
});
