/**
 * The seed articles read as the CLI reads them (readInputs, sidecar metadata applied): the plain
 * text has no date, its NAME.meta.json gives 2022-10-31, so "said on Oct. 30" is 2022-10-30.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, readInputs, type ArticleExtraction } from '../../src/extract/index.js';
import { SEEDS } from './fixtures.js';

async function seeds(): Promise<Map<string, ArticleExtraction>> {
  const out = new Map<string, ArticleExtraction>();
  for await (const o of readInputs([SEEDS])) {
    if (!o.ok) throw o.error;
    out.set(o.article.id, extractArticle(o.article));
  }
  return out;
}

describe('seed articles with their sidecar metadata', () => {
  it('dates the seed article and its statements from the sidecar', async () => {
    const x = (await seeds()).get('russia-wants-to-negotiate-with-west')!;
    expect(x).toMatchObject({ published: '2022-10-31', source: 'Kyiv Independent' });
    const name = (id: string): string => x.entities.find((e) => e.id === id)!.name;
    const stated = x.relations.filter((r) => r.type === 'STATED').map((r) => `${name(r.source)} ${r.date}`);
    expect(stated).toContain('Sergei Lavrov 2022-10-30');
    expect(stated).toContain('Dmitry Peskov 2022-10-30');
  });

  it('gives every seed a publication date, from its text or its sidecar', async () => {
    const all = await seeds();
    expect(all.size).toBe(15);
    for (const [id, x] of all) expect(x.published, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps roles whole and once: Foreign Minister, press secretary, Secretary of State', async () => {
    const all = await seeds();
    const roles = new Map<string, unknown>();
    for (const x of all.values())
      for (const e of x.entities) if (e.type === 'Person' && e.attributes?.roles) roles.set(e.name, e.attributes.roles);
    expect(roles.get('Sergei Lavrov')).toEqual(['Foreign Minister']);
    expect(roles.get('Dmitry Peskov')).toEqual(['press secretary']);
    expect(roles.get('Mike Pompeo')).toEqual(['Secretary of State']);
    expect(roles.get('Boris Johnson')).toEqual(['Prime Minister']);
  });
});
