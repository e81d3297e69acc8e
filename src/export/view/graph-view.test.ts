import { describe, expect, it } from 'vitest';
import { ARTICLES, HUB, largeGraph, SPEAKERS } from '../../../tests/fixtures/large-graph.js';
import { analysisOf } from './analysis.js';
import { graphView, isLargeGraph, neighbourhood, overviewView } from './graph-view.js';
import { buildIndex } from './model.js';
import { nodeDetails } from './node-details.js';

const index = buildIndex(largeGraph());

describe('overview of a large graph', () => {
  it('opens on the entities named by most articles, without Articles or MENTIONS', () => {
    expect(isLargeGraph(index)).toBe(true);
    const view = graphView(index);
    expect(view.mode).toBe('overview');
    expect(view.total.nodes).toBe(index.nodes.size);
    // Hubland, Ada and Bo are named in every article, Cy in half of them, the rest in one.
    const small = overviewView(index, {}, 4);
    expect(new Set(small.nodes.slice(0, 3).map((n) => n.id))).toEqual(new Set([HUB, 'person:ada', 'person:bo']));
    expect(small.nodes[3]!.id).toBe('person:cy');
    expect(small.nodes.map((n) => n.importance)).toEqual([ARTICLES, ARTICLES, ARTICLES, ARTICLES / 2]);
    expect(small.nodes[0]!.size).toBeGreaterThan(small.nodes[3]!.size);
    expect(view.nodes.some((n) => n.type === 'Article')).toBe(false);
    expect(view.edges.some((e) => e.type === 'MENTIONS')).toBe(false);
    // Legend counts stay those of the whole graph.
    expect(view.nodeTypes.find((t) => t.type === 'Article')!.count).toBe(ARTICLES);
  });

  it('uses saved positions and says when every shown node has one', () => {
    const chosen = overviewView(index, {}, 2).nodes.map((n) => n.id);
    const positions = Object.fromEntries(chosen.map((id, i): [string, [number, number]] => [id, [i, 2 * i]]));
    const view = overviewView(index, positions, 2);
    expect(view.nodes.map((n) => [n.x, n.y])).toEqual([
      [0, 0],
      [1, 2],
    ]);
    expect(view.positioned).toBe(true);
    expect(overviewView(index, positions, 3).positioned).toBe(false);
  });
});

describe('neighbourhood', () => {
  it('returns the ego network, strongest ties first, capped', () => {
    const partners = new Set<string>();
    for (const e of index.edges.values()) {
      if (e.type === 'MENTIONS') continue;
      if (e.source === 'person:ada') partners.add(e.target);
      if (e.target === 'person:ada') partners.add(e.source);
    }
    const nb = neighbourhood(index, 'person:ada', { depth: 1, limit: 1, articles: false })!;
    expect(nb.neighbours).toBe(partners.size);
    expect(nb.truncated).toBe(partners.size > 1);
    expect(nb.nodes.map((n) => n.id)).toContain('person:ada');
    expect(nb.nodes).toHaveLength(2);
    expect(nb.edges.every((e) => e.type !== 'MENTIONS')).toBe(true);
    expect(neighbourhood(index, 'nobody', { depth: 1, limit: 5, articles: false })).toBeNull();
  });

  it('brings in articles when asked, and the second ring at depth 2', () => {
    const withArticles = neighbourhood(index, 'person:di', { depth: 1, limit: 150, articles: true })!;
    expect(withArticles.nodes.filter((n) => n.type === 'Article')).toHaveLength(ARTICLES / 10);
    expect(withArticles.edges.some((e) => e.type === 'MENTIONS')).toBe(true);
    const one = neighbourhood(index, 'person:di', { depth: 1, limit: 150, articles: false })!;
    const two = neighbourhood(index, 'person:di', { depth: 2, limit: 150, articles: false })!;
    expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
    expect(new Set(two.nodes.map((n) => n.id))).toEqual(new Set(SPEAKERS));
  });
});

describe('analysis', () => {
  const analysis = analysisOf(index);

  it('places a relation dated far from its article at the publication date', () => {
    expect(analysis.edgeDates.get('s:7')).toBe('2021-03-08');
    expect(analysis.edgeDates.get('s:8')).toBe('2021-03-09');
  });

  it('counts relations per week by type on the timeline', () => {
    const timeline = analysis.timeline!;
    expect(timeline.unit).toBe('week');
    const stated = timeline.series.find((s) => s.type === 'STATED')!;
    const statedEdges = [...index.edges.values()].filter((e) => e.type === 'STATED').length;
    expect(stated.counts.reduce((a, b) => a + b, 0)).toBe(statedEdges);
    expect(timeline.bins[0]!.start <= '2021-03-01').toBe(true);
    expect(timeline.bins.at(-1)!.end >= '2021-04-28').toBe(true);
  });

  it('finds communities deterministically and names their top members', () => {
    const again = analysisOf(buildIndex(largeGraph()));
    expect(again.communities.map((c) => c.size)).toEqual(analysis.communities.map((c) => c.size));
    expect(analysis.communities[0]!.size).toBeGreaterThanOrEqual(analysis.communities.at(-1)!.size);
    const total = analysis.communities.reduce((n, c) => n + c.size, 0);
    expect(total).toBe(analysis.entityCount);
    expect(analysis.metrics.get(HUB)!.pagerankRank).toBeLessThanOrEqual(SPEAKERS.length);
    expect(analysis.metrics.get(HUB)!.pagerank).toBeGreaterThan(
      analysis.metrics.get('organization:minor-3-1')!.pagerank,
    );
  });

  it('summarises what an actor stated, per counterpart and date, in the node details', () => {
    const details = nodeDetails(index, 'person:ada')!;
    const stated = details.summary.find((s) => s.type === 'STATED')!;
    const outgoing = [...index.edges.values()].filter((e) => e.type === 'STATED' && e.source === 'person:ada');
    const out = stated.counterparts.filter((c) => c.direction === 'out');
    expect(out.reduce((n, c) => n + c.count, 0)).toBe(outgoing.length);
    for (const c of stated.counterparts) {
      expect(c.items).toHaveLength(c.count);
      const dates = c.items.map((i) => i.date ?? '');
      expect(dates).toEqual([...dates].sort());
      expect(c.first).toBe(dates[0]);
    }
    expect(details.centrality!.articles).toBe(ARTICLES);
    expect(details.centrality!.community).not.toBeNull();
  });
});
