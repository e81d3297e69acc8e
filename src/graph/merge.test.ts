import { describe, expect, it } from 'vitest';
import { kremlinArticle, lavrovArticle } from '../../tests/store/fixtures.js';
import { fragmentFromExtraction } from './build.js';
import { MergeIndex, mergeNodes, planMerge } from './merge.js';
import type { GraphNode } from './schema.js';

const person = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  labels: ['Person'],
  properties: { id, name, aliases, type: 'Person' },
});

describe('planMerge', () => {
  it('joins a bare surname, an abbreviation and keeps different people apart', () => {
    const index = new MergeIndex(fragmentFromExtraction(lavrovArticle()).nodes);
    const plan = planMerge(fragmentFromExtraction(kremlinArticle()), index);
    expect(plan.idMap.get('person:putin')).toBe('person:vladimir-putin');
    expect(plan.idMap.get('place:us')).toBe('place:united-states');
    expect(plan.idMap.get('person:lyudmila-putin')).toBe('person:lyudmila-putin');
    expect(plan.idMap.get('organization:kremlin')).toBe('organization:kremlin');
    const stated = plan.edges.find((e) => e.type === 'STATED')!;
    expect([stated.source, stated.target]).toEqual(['person:vladimir-putin', 'place:united-states']);
    const putin = plan.nodes.find((p) => p.node.id === 'person:vladimir-putin')!;
    expect(putin.previous).toBeDefined();
    expect(putin.node.properties.aliases).toEqual(['Putin']); // already an alias: no new form
    expect(putin.node.properties.mergedIds).toEqual(['person:putin']);
    const us = plan.nodes.find((p) => p.node.id === 'place:united-states')!;
    expect(us.node.properties.aliases).toEqual(['U.S.', 'US']);
    expect(us.changed).toBe(true);
  });

  it('refuses an ambiguous match', () => {
    const index = new MergeIndex([person('person:george-w-bush', 'George W. Bush'), person('person:george-h-w-bush', 'George H. W. Bush')]);
    const plan = planMerge({ nodes: [person('person:bush', 'Bush')], edges: [] }, index);
    expect(plan.idMap.get('person:bush')).toBe('person:bush');
    expect(plan.nodes[0]!.previous).toBeUndefined();
  });

  it('does not join two names that only share an alias', () => {
    const place = (id: string, name: string, aliases: string[]): GraphNode => ({ id, labels: ['Place'], properties: { id, name, aliases, type: 'Place' } });
    const index = new MergeIndex([place('place:iraq', 'Iraq', ['AP'])]);
    const plan = planMerge({ nodes: [place('place:havana', 'Havana', ['AP'])], edges: [] }, index);
    expect(plan.idMap.get('place:havana')).toBe('place:havana');
  });

  it('never chains initials through an alias', () => {
    const org = (id: string, name: string, aliases: string[] = []): GraphNode => ({ id, labels: ['Organization'], properties: { id, name, aliases, type: 'Organization' } });
    const index = new MergeIndex([org('organization:eca', 'European Commission Agency', ['EC'])]);
    const plan = planMerge({ nodes: [org('organization:exchange-control-agency', 'Exchange Control Agency')], edges: [] }, index);
    expect(plan.idMap.get('organization:exchange-control-agency')).toBe('organization:exchange-control-agency');
    const bare = planMerge({ nodes: [org('organization:eca-2', 'ECA')], edges: [] }, index);
    expect(bare.idMap.get('organization:eca-2')).toBe('organization:eca');
  });

  it('keeps article-scoped (unnamed) events out of name matching', () => {
    const meeting = (article: string): GraphNode => ({
      id: `event:meeting@${article}`,
      labels: ['Event'],
      properties: { id: `event:meeting@${article}`, name: 'meeting', aliases: [], type: 'Event', article },
    });
    const index = new MergeIndex([meeting('article:a')]);
    const plan = planMerge({ nodes: [meeting('article:b')], edges: [] }, index);
    expect(plan.idMap.get('event:meeting@article:b')).toBe('event:meeting@article:b');
  });

  it('prefers an existing node of the very same name to looser matches', () => {
    const index = new MergeIndex([
      person('person:george-w-bush', 'George W. Bush'),
      person('person:george-h-w-bush', 'George H. W. Bush'),
      person('person:bush-1', 'Bush'),
    ]);
    const plan = planMerge({ nodes: [person('person:bush', 'Bush')], edges: [] }, index);
    expect(plan.idMap.get('person:bush')).toBe('person:bush-1');
  });

  it('lets a fuller incoming name win and keeps the id stable', () => {
    const index = new MergeIndex([person('person:putin', 'Putin')]);
    const plan = planMerge({ nodes: [person('person:vladimir-putin', 'Vladimir Putin', ['Putin'])], edges: [] }, index);
    expect(plan.nodes).toHaveLength(1);
    const expected = person('person:putin', 'Vladimir Putin', ['Putin']);
    expected.properties.mergedIds = ['person:vladimir-putin'];
    expect(plan.nodes[0]!.node).toEqual(expected);
  });

  it('joins nodes within one fragment to each other', () => {
    const plan = planMerge({ nodes: [person('person:a', 'Angela Merkel'), person('person:b', 'Merkel')], edges: [] }, new MergeIndex());
    expect(plan.idMap.get('person:b')).toBe('person:a');
    expect(plan.nodes).toHaveLength(1);
    expect(plan.nodes[0]!.previous).toBeUndefined();
  });

  it('repeats an earlier join even when a new namesake has made the name ambiguous', () => {
    const index = new MergeIndex([person('person:vladimir-putin', 'Vladimir Putin')]);
    const first = planMerge({ nodes: [person('person:putin', 'Putin')], edges: [] }, index);
    for (const p of first.nodes) index.add(p.node);
    index.add(person('person:lyudmila-putin', 'Lyudmila Putin', ['Putin']));
    const again = planMerge({ nodes: [person('person:putin', 'Putin')], edges: [] }, index);
    expect(again.idMap.get('person:putin')).toBe('person:vladimir-putin');
    expect(again.nodes[0]!.changed).toBe(false);
  });

  it('is idempotent: planning the same fragment against its own result changes nothing', () => {
    const fragment = fragmentFromExtraction(lavrovArticle());
    const index = new MergeIndex(planMerge(fragment, new MergeIndex()).nodes.map((p) => p.node));
    const again = planMerge(fragment, index);
    expect(again.nodes.every((p) => !p.changed)).toBe(true);
  });
});

describe('mergeNodes', () => {
  it('unions aliases and lists, keeps existing scalars, drops "implied" once named', () => {
    const a: GraphNode = { id: 'p', labels: ['Person'], properties: { id: 'p', name: 'Lavrov', aliases: [], type: 'Person', roles: ['Minister'], implied: true, country: 'Russia' } };
    const b: GraphNode = { id: 'q', labels: ['Person'], properties: { id: 'q', name: 'Sergei Lavrov', aliases: ['S. Lavrov'], type: 'Person', roles: ['Foreign Minister'], country: 'RU' } };
    expect(mergeNodes(a, b).properties).toEqual({
      id: 'p',
      name: 'Sergei Lavrov',
      aliases: ['Lavrov', 'S. Lavrov'],
      type: 'Person',
      roles: ['Minister', 'Foreign Minister'],
      country: 'Russia',
    });
  });

  it('lets a re-extracted article overwrite its properties', () => {
    const old: GraphNode = { id: 'article:x', labels: ['Article'], properties: { id: 'article:x', title: 'Old', text: 't' } };
    const fresh: GraphNode = { id: 'article:x', labels: ['Article'], properties: { id: 'article:x', title: 'New', text: 't' } };
    expect(mergeNodes(old, fresh).properties.title).toBe('New');
  });
});
