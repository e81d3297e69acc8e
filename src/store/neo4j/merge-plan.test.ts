import { describe, expect, it } from 'vitest';
import { MergeIndex, planMerge } from '../../graph/merge.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../graph/schema.js';
import { diffPlan } from './merge-plan.js';

const person = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  labels: ['Person'],
  properties: { id, name, aliases, type: 'Person' },
});
const article: GraphNode = {
  id: 'article:1',
  labels: ['Article'],
  properties: { id: 'article:1', title: 'T', text: 'x' },
};
const stated = (id: string, source: string, start: bigint): GraphEdge => ({
  id,
  type: 'STATED',
  source,
  target: 'article:1',
  properties: { article: 'article:1', start },
});

describe('diffPlan', () => {
  const labels = new Map([
    ['article:1', 'Article'],
    ['person:vladimir-putin', 'Person'],
    ['person:a', 'Person'],
  ]);

  it('writes new things, skips unchanged ones and counts like the memory store', () => {
    const stored = new MergeIndex([person('person:vladimir-putin', 'Vladimir Putin'), article]);
    const fragment: GraphFragment = {
      nodes: [article, person('person:putin', 'Putin')],
      edges: [stated('s1', 'person:putin', 0n), stated('s2', 'person:putin', 9n)],
    };
    const plan = planMerge(fragment, stored);
    const storedEdges = new Map([['s1', { ...stated('s1', 'person:vladimir-putin', 0n) }]]);
    const write = diffPlan(plan, storedEdges, labels);
    // "Putin" joins "Vladimir Putin" (alias added → updated); s1 is unchanged; s2 is new.
    expect(write.stats).toEqual({ nodesCreated: 0, nodesUpdated: 1, edgesCreated: 1, edgesUpdated: 0 });
    expect(write.nodes.map((n) => n.id)).toEqual(['person:vladimir-putin']);
    expect(write.edges.map((e) => [e.id, e.source])).toEqual([['s2', 'person:vladimir-putin']]);
    expect(write.keep.sort()).toEqual(['s1', 's2']);
    expect(write.articles).toEqual(['article:1']);
  });

  it('deletes and re-creates a relationship whose ends moved', () => {
    const stored = new MergeIndex([person('person:a', 'Anna Able'), article]);
    const plan = planMerge(
      { nodes: [article, person('person:a', 'Anna Able')], edges: [stated('s1', 'person:a', 0n)] },
      stored,
    );
    const write = diffPlan(plan, new Map([['s1', stated('s1', 'person:elsewhere', 0n)]]), labels);
    expect(write.stats.edgesUpdated).toBe(1);
    expect(write.moved.map((e) => e.source)).toEqual(['person:elsewhere']);
    expect(write.edges.map((e) => e.source)).toEqual(['person:a']);
  });
});
