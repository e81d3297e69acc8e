import { describe, expect, it } from 'vitest';
import {
  createPropertyGraph,
  firstRelationship,
  forEachIncident,
  forEachNeighbour,
  forEachNodeWithDegrees,
} from './property-graph.js';

const attrs = (label: string) => ({ labels: [label], properties: {} });
const rel = (type: string) => ({ type, properties: {} });

describe('createPropertyGraph', () => {
  it('answers adjacency questions through its hash-table adjacency', () => {
    const g = createPropertyGraph();
    for (const k of ['a', 'b', 'c']) g.addNode(k, attrs('X'));
    g.addDirectedEdgeWithKey('e1', 'a', 'b', rel('R'));
    g.addDirectedEdgeWithKey('e2', 'a', 'b', rel('S'));
    g.addDirectedEdgeWithKey('e3', 'b', 'b', rel('R'));
    // hasDirectedEdge and hasEdge call hasOwnProperty on the adjacency objects.
    expect(g.hasDirectedEdge('a', 'b')).toBe(true);
    expect(g.hasDirectedEdge('b', 'a')).toBe(false);
    expect(g.hasEdge('b', 'b')).toBe(true);
    expect(g.outEdges('a').sort()).toEqual(['e1', 'e2']);
    expect(g.inNeighbors('b').sort()).toEqual(['a', 'b']);
    expect([g.outDegree('a'), g.inDegree('b'), g.degree('b')]).toEqual([2, 3, 4]);
    g.dropEdge('e1');
    expect(g.outEdges('a')).toEqual(['e2']);
  });

  it('keeps working after its edges are cleared (node records are reset)', () => {
    const g = createPropertyGraph();
    for (const k of ['a', 'b']) g.addNode(k, attrs('X'));
    g.addDirectedEdgeWithKey('e1', 'a', 'b', rel('R'));
    g.clearEdges();
    expect(g.hasDirectedEdge('a', 'b')).toBe(false);
    g.addDirectedEdgeWithKey('e2', 'b', 'a', rel('R'));
    expect(g.outNeighbors('b')).toEqual(['a']);
    expect(g.size).toBe(1);
  });

  it('walks a node\'s relationships off the adjacency records, a self-loop once', () => {
    const g = createPropertyGraph();
    for (const k of ['a', 'b', 'c']) g.addNode(k, attrs('X'));
    g.addDirectedEdgeWithKey('ab1', 'a', 'b', rel('R'));
    g.addDirectedEdgeWithKey('ab2', 'a', 'b', rel('S'));
    g.addDirectedEdgeWithKey('ca', 'c', 'a', rel('R'));
    g.addDirectedEdgeWithKey('aa', 'a', 'a', rel('T'));
    const walk = (dir: 'out' | 'in' | 'both'): string[] => {
      const seen: string[] = [];
      forEachIncident(g, 'a', dir, (e, a, other) => seen.push(`${e}:${a.type}>${other}`));
      return seen.sort();
    };
    expect(walk('out')).toEqual(['aa:T>a', 'ab1:R>b', 'ab2:S>b']);
    expect(walk('in')).toEqual(['aa:T>a', 'ca:R>c']);
    expect(walk('both')).toEqual(['aa:T>a', 'ab1:R>b', 'ab2:S>b', 'ca:R>c']);
    // Neighbours once each (what a search for one shortest path needs), and the relationship such
    // a step took: the one forEachIncident visits first.
    const neighbours = (dir: 'out' | 'in' | 'both'): string[] => {
      const seen: string[] = [];
      forEachNeighbour(g, 'a', dir, (other) => seen.push(`${firstRelationship(g, 'a', other, dir)}>${other}`));
      return seen.sort();
    };
    expect(neighbours('out')).toEqual(['aa>a', 'ab2>b']);
    expect(neighbours('in')).toEqual(['aa>a', 'ca>c']);
    expect(neighbours('both')).toEqual(['aa>a', 'ab2>b', 'ca>c']);
    expect(firstRelationship(g, 'a', 'constructor', 'both')).toBeUndefined();
    const degrees: string[] = [];
    forEachNodeWithDegrees(g, (n) => degrees.push(`${n.key} ${n.outDegree} ${n.inDegree} ${n.directedLoops}`));
    expect(degrees).toEqual(['a 3 2 1', 'b 0 2 0', 'c 1 0 0']);
  });
});
