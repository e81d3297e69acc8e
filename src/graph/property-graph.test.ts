import { describe, expect, it } from 'vitest';
import { createPropertyGraph } from './property-graph.js';

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
});
