import { describe, expect, it } from 'vitest';
import { lavrovArticle } from '../../tests/store/fixtures.js';
import { fragmentFromExtraction } from './build.js';

describe('fragmentFromExtraction', () => {
  const x = lavrovArticle();
  const fragment = fragmentFromExtraction(x);
  const node = (id: string) => fragment.nodes.find((n) => n.id === id);

  it('makes an Article node carrying the text evidence offsets point into', () => {
    const article = node('article:kyiv-lavrov');
    expect(article?.labels).toEqual(['Article']);
    expect(article?.properties).toMatchObject({ title: x.title, date: '2022-10-31', source: 'Kyiv Independent', text: x.text });
    expect(article?.properties.url).toBeUndefined();
  });

  it('makes one node per entity with name, aliases, type and roles for persons', () => {
    expect(fragment.nodes).toHaveLength(1 + x.entities.length);
    expect(node('person:sergei-lavrov')).toEqual({
      id: 'person:sergei-lavrov',
      labels: ['Person'],
      properties: { id: 'person:sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'], type: 'Person', roles: ['Foreign Minister'] },
    });
    expect(node('person:vladimir-putin')?.properties.roles).toEqual([]);
    expect(node('place:bali')?.properties.roles).toBeUndefined();
  });

  it('turns relations into edges whose offsets (bigint) select the evidence', () => {
    const stated = fragment.edges.find((e) => e.type === 'STATED')!;
    expect(stated.source).toBe('person:sergei-lavrov');
    expect(stated.target).toBe('article:kyiv-lavrov');
    const { start, end, evidence } = stated.properties;
    expect(typeof start).toBe('bigint');
    expect(x.text.slice(Number(start), Number(end))).toBe(evidence);
    expect(stated.properties).toMatchObject({ date: '2022-10-30', trigger: 'said', confidence: 0.75, article: 'article:kyiv-lavrov' });
    const role = fragment.edges.find((e) => e.type === 'HAS_ROLE')!;
    expect(role.properties.role).toBe('Foreign Minister');
    expect(fragment.edges.find((e) => e.type === 'DEMANDED')!.properties.date).toBeUndefined();
  });

  it('adds a MENTIONS edge from the article to every entity, counting mentions', () => {
    const mentions = fragment.edges.filter((e) => e.type === 'MENTIONS');
    expect(mentions).toHaveLength(x.entities.length);
    expect(mentions.every((e) => e.source === 'article:kyiv-lavrov')).toBe(true);
    const putin = mentions.find((e) => e.target === 'person:vladimir-putin')!;
    expect(putin.properties.count).toBe(3n);
  });

  it('is deterministic: same extraction, same ids, and distinct edges get distinct ids', () => {
    const again = fragmentFromExtraction(lavrovArticle());
    expect(again).toEqual(fragment);
    expect(new Set(fragment.edges.map((e) => e.id)).size).toBe(fragment.edges.length);
  });

  it('scopes an unnamed event to its article so "the meeting" of two stories stays two', () => {
    const y = lavrovArticle();
    y.entities.push({ id: 'e99', key: 'event:meeting', name: 'meeting', type: 'Event', aliases: [], mentions: [] });
    const scoped = fragmentFromExtraction(y).nodes.find((n) => n.properties.name === 'meeting')!;
    expect(scoped.id).toBe('event:meeting@article:kyiv-lavrov');
    expect(scoped.properties.article).toBe('article:kyiv-lavrov');
    expect(node('event:g-20-summit')?.properties.article).toBeUndefined();
  });

  it('scopes a body named by a common noun ("the finance ministry") to its article: each story\'s is another', () => {
    const y = lavrovArticle();
    y.entities.push({
      id: 'e98',
      key: 'organization:finance-ministry',
      name: 'finance ministry',
      type: 'Organization',
      aliases: [],
      mentions: [],
    });
    y.entities.push({
      id: 'e97',
      key: 'organization:chilean-finance-ministry',
      name: 'Chilean finance ministry',
      type: 'Organization',
      aliases: [],
      mentions: [],
    });
    const nodes = fragmentFromExtraction(y).nodes;
    expect(nodes.find((n) => n.properties.name === 'finance ministry')!.id).toBe(
      'organization:finance-ministry@article:kyiv-lavrov',
    );
    // A name with a capital letter names one body wherever it stands.
    expect(nodes.find((n) => n.properties.name === 'Chilean finance ministry')!.properties.article).toBeUndefined();
  });

  it('skips a relation whose entity is unknown instead of inventing a node', () => {
    const broken = lavrovArticle();
    broken.relations[0]!.source = 'e99';
    expect(fragmentFromExtraction(broken).edges.filter((e) => e.type === 'STATED')).toHaveLength(0);
  });
});
