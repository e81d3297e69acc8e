import { describe, expect, it } from 'vitest';
import type { GraphView, ViewEdge, ViewNode } from '../../export/view/types.js';
import { allFilters, computeVisibility, dateBounds, dateInRange } from './filters.js';

function node(id: string, type: string, articles: string[] = [], dates: string[] = []): ViewNode {
  return {
    id,
    label: id,
    type,
    labels: [type],
    aliases: [],
    degree: 1,
    x: 0,
    y: 0,
    size: 5,
    color: '#000000',
    articles,
    importance: articles.length,
    community: -1,
    dates,
  };
}

function edge(id: string, type: string, source: string, target: string, article: string | null, date: string | null): ViewEdge {
  return { id, type, source, target, color: '#000000', article, date };
}

const view: GraphView = {
  nodes: [node('a1', 'Article', ['a1']), node('a2', 'Article', ['a2']), node('p', 'Person', ['a1', 'a2']), node('o', 'Organization', ['a1']), node('x', 'Place', ['a2'])],
  edges: [
    edge('m1', 'MENTIONS', 'a1', 'p', 'a1', null),
    edge('m2', 'MENTIONS', 'a1', 'o', 'a1', null),
    edge('m3', 'MENTIONS', 'a2', 'x', 'a2', null),
    edge('s1', 'STATED', 'p', 'o', 'a1', '2022-11-15'),
    edge('d1', 'DEMANDED', 'p', 'x', 'a2', '2023-01'),
  ],
  nodeTypes: ['Article', 'Person', 'Organization', 'Place'].map((type) => ({ type, color: '#000000', count: 1 })),
  relationTypes: ['MENTIONS', 'STATED', 'DEMANDED'].map((type) => ({ type, color: '#000000', count: 1 })),
  articles: [],
  dateRange: ['2022-11-15', '2023-01'],
  positioned: false,
  mode: 'full',
  total: { nodes: 6, edges: 5, entities: 4 },
  importance: 'articles naming it',
  communities: [],
  timeline: null,
};

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = computeVisibility(view, allFilters(view));
    expect(v.nodes.size).toBe(5);
    expect(v.edges.size).toBe(5);
  });

  it('hides a node type and the edges that touch it', () => {
    const filters = { ...allFilters(view), nodeTypes: new Set(['Article', 'Person', 'Place']) };
    const v = computeVisibility(view, filters);
    expect(v.nodes.has('o')).toBe(false);
    expect([...v.edges].sort()).toEqual(['d1', 'm1', 'm3']);
  });

  it('hides a relation type', () => {
    const v = computeVisibility(view, { ...allFilters(view), relationTypes: new Set(['STATED', 'DEMANDED']) });
    expect([...v.edges].sort()).toEqual(['d1', 's1']);
    expect(v.nodes.size).toBe(5);
  });

  it('keeps one article and what appears in it', () => {
    const v = computeVisibility(view, { ...allFilters(view), article: 'a2' });
    expect([...v.edges].sort()).toEqual(['d1', 'm3']);
    expect([...v.nodes].sort()).toEqual(['a2', 'p', 'x']);
  });

  it('keeps relations dated inside the range, partial dates included', () => {
    const v = computeVisibility(view, { ...allFilters(view), from: '2023-01-10', to: '2023-02-01' });
    expect([...v.edges]).toEqual(['d1']);
    expect([...v.nodes].sort()).toEqual(['p', 'x']);
  });
});

describe('computeVisibility with a period (the timeline)', () => {
  it('keeps a node active in the period even without a visible edge, and drops one that is not', () => {
    const quiet: Pick<GraphView, 'nodes' | 'edges'> = {
      nodes: [node('p', 'Person', [], ['2023-03-02']), node('q', 'Person', [], ['2023-05-20']), node('o', 'Organization')],
      edges: [edge('s', 'STATED', 'q', 'o', null, '2023-05-20')],
    };
    const filters = { ...allFilters(view), nodeTypes: new Set(['Person', 'Organization']), relationTypes: new Set(['STATED']) };
    const march = computeVisibility(quiet, { ...filters, from: '2023-03-01', to: '2023-03-31' });
    expect([...march.nodes]).toEqual(['p']);
    expect(march.edges.size).toBe(0);
    const may = computeVisibility(quiet, { ...filters, from: '2023-05-01', to: '2023-05-31' });
    expect([...may.nodes].sort()).toEqual(['o', 'q']);
    expect([...may.edges]).toEqual(['s']);
  });
});

describe('dateBounds', () => {
  it('spans real calendar days', () => {
    expect(dateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateBounds('2023-11')).toEqual(['2023-11-01', '2023-11-30']);
    expect(dateBounds('2019')).toEqual(['2019-01-01', '2019-12-31']);
    expect(dateBounds('2019-10-07T10:00')).toEqual(['2019-10-07', '2019-10-07']);
  });
});

describe('dateInRange', () => {
  it('treats a month as the days it spans', () => {
    expect(dateInRange('2023-01', '2023-01-31', null)).toBe(true);
    expect(dateInRange('2023-01', '2023-02-01', null)).toBe(false);
    expect(dateInRange('2022', null, '2022-01-01')).toBe(true);
    expect(dateInRange(null, null, null)).toBe(true);
    expect(dateInRange(null, '2020-01-01', null)).toBe(false);
  });
});
