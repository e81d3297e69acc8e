import graphology from 'graphology';
import gexfModule from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../graph/schema.js';
import { toGEXF } from './gexf.js';

type Gexf = typeof gexfModule;
const gexf: Gexf = ((gexfModule as unknown as { default?: Gexf }).default ?? gexfModule) as Gexf;

const fragment: GraphFragment = {
  nodes: [
    { id: 'article:x', labels: ['Article'], properties: { id: 'article:x', title: 'Invented', date: '2021-05-04' } },
    { id: 'person:a&b', labels: ['Person'], properties: { id: 'person:a&b', name: 'A "B" <C>', aliases: [] } },
    { id: 'place:p', labels: ['Place'], properties: { id: 'place:p', name: 'Pville', aliases: [] } },
  ],
  edges: [
    { id: 'm1', type: 'MENTIONS', source: 'article:x', target: 'person:a&b', properties: { article: 'article:x' } },
    {
      id: 's&1',
      type: 'STATED',
      source: 'person:a&b',
      target: 'place:p',
      properties: { article: 'article:x', evidence: 'An invented sentence.', date: '2045-01-01', confidence: 0.5 },
    },
    {
      id: 's2',
      type: 'STATED',
      source: 'person:a&b',
      target: 'place:p',
      properties: { article: 'article:x', evidence: 'Another one.', date: '2021-05-01' },
    },
  ],
};

describe('GEXF export', () => {
  const xml = toGEXF(fragment, { 'person:a&b': [10, -5] });

  it('reads back with positions, colours, sizes and attributes', () => {
    const graph = gexf.parse(graphology.MultiDirectedGraph, xml);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    const a = graph.getNodeAttributes('person:a&b');
    expect(a.label).toBe('A "B" <C>');
    expect([a.x, a.y]).toEqual([10, -5]);
    expect(a.color).toMatch(/^rgb/);
    expect(a.size).toBeGreaterThan(graph.getNodeAttribute('article:x', 'size'));
    expect(graph.getEdgeAttribute('s&1', 'type')).toBe('STATED');
  });

  it('is dynamic, with each relation at its trusted date and nodes from their first date', () => {
    expect(xml).toContain('<graph mode="dynamic" timeformat="date"');
    // The far date (a maturity, say) is replaced by the article's publication date.
    expect(xml).toMatch(/<edge id="s&amp;1"[^>]* start="2021-05-04" end="2021-05-04"/);
    expect(xml).toMatch(/<edge id="s2"[^>]* start="2021-05-01" end="2021-05-01"/);
    expect(xml).toMatch(/<node id="person:a&amp;b"[^>]* start="2021-05-01"/);
  });
});
