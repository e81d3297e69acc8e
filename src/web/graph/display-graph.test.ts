import { describe, expect, it } from 'vitest';
import type { Neighbourhood, ViewEdge, ViewNode } from '../../export/view/types.js';
import { addNeighbourhood, buildDisplayGraph, removeAdded, ringPositions } from './display-graph.js';

function node(id: string, x = 0, y = 0): ViewNode {
  return {
    id,
    label: id,
    type: 'Person',
    labels: ['Person'],
    aliases: [],
    degree: 1,
    x,
    y,
    size: 4,
    color: '#3b6fb6',
    articles: [],
    importance: 1,
    community: 0,
    dates: [],
  };
}

function edge(id: string, source: string, target: string): ViewEdge {
  return { id, source, target, type: 'STATED', color: '#4a86e8', article: null, date: null };
}

describe('ringPositions', () => {
  it('puts the first ring closest and keeps points apart', () => {
    const spots = ringPositions(10, 20, 30, 1);
    expect(spots).toHaveLength(30);
    const radius = ([x, y]: [number, number]): number => Math.hypot(x - 10, y - 20);
    expect(radius(spots[0]!)).toBeLessThan(radius(spots[29]!));
    for (let i = 0; i < spots.length; i++)
      for (let j = i + 1; j < spots.length; j++)
        expect(Math.hypot(spots[i]![0] - spots[j]![0], spots[i]![1] - spots[j]![1])).toBeGreaterThan(0.5);
  });
});

describe('addNeighbourhood', () => {
  it('gathers the neighbours around the centre, adds what is missing, and undoes it all', () => {
    const graph = buildDisplayGraph({ nodes: [node('c', 0, 0), node('far', 500, 500)], edges: [] });
    const nb: Neighbourhood = {
      center: 'c',
      depth: 1,
      nodes: [node('c'), node('far', 500, 500), node('new', 900, 900)],
      edges: [edge('e1', 'c', 'far'), edge('e2', 'new', 'c')],
      neighbours: 2,
      truncated: false,
    };
    const added = addNeighbourhood(graph, nb, 2);
    expect(added.nodes).toEqual(['new']);
    expect(added.edges.sort()).toEqual(['e1', 'e2']);
    for (const id of ['far', 'new']) {
      const { x, y } = graph.getNodeAttributes(id);
      expect(Math.hypot(x, y)).toBeLessThan(20);
    }
    removeAdded(graph, added);
    expect(graph.hasNode('new')).toBe(false);
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttributes('far')).toMatchObject({ x: 500, y: 500 });
  });

  it('adds a centre that was not drawn at its own position', () => {
    const graph = buildDisplayGraph({ nodes: [], edges: [] });
    const nb: Neighbourhood = {
      center: 'c',
      depth: 1,
      nodes: [node('c', 40, 50), node('n')],
      edges: [],
      neighbours: 1,
      truncated: false,
    };
    addNeighbourhood(graph, nb, 1);
    expect(graph.getNodeAttributes('c')).toMatchObject({ x: 40, y: 50 });
  });
});
