import { describe, expect, it } from 'vitest';
import { extractMany, type PoolOutcome } from './pool.js';
import { extractArticle } from './pipeline.js';
import type { ArticleInput } from './types.js';

const articles: ArticleInput[] = Array.from({ length: 7 }, (_, i) => ({
  id: `a${i}`,
  text:
    i === 3 ? '' : `Sergei Lavrov said on Oct. ${i + 1} that Russia is ready. NATO and the U.S. rejected the offer.`,
  date: '2022-10-31',
}));

async function* slowly(list: ArticleInput[]): AsyncIterable<ArticleInput> {
  for (const a of list) {
    await new Promise((r) => setTimeout(r, 1));
    yield a;
  }
}

describe('extractMany', () => {
  it('returns the same extractions as extractArticle, in input order, from 2 worker threads', async () => {
    const out: PoolOutcome[] = [];
    for await (const o of extractMany(slowly(articles), { threads: 2 })) out.push(o);
    expect(out.map((o) => o.article.id)).toEqual(articles.map((a) => a.id));
    for (const o of out) {
      expect(o.ok).toBe(true);
      if (o.ok) expect(o.extraction).toEqual(extractArticle(o.article));
    }
  }, 60_000);

  it('accepts a plain array and a single thread', async () => {
    const ids: string[] = [];
    for await (const o of extractMany(articles.slice(0, 2), { threads: 1 })) ids.push(o.article.id);
    expect(ids).toEqual(['a0', 'a1']);
  }, 60_000);
});

describe('extractMany in batches', () => {
  it('keeps input order across many batches and isolates a failing article', async () => {
    const many: ArticleInput[] = Array.from({ length: 150 }, (_, i) => ({
      id: `m${i}`,
      // Every 7th article is long, so batches close by size as well as by count.
      text: `Minister Anna Berg${i} said the council would meet. `.repeat(i % 7 === 0 ? 400 : 1),
    }));
    many[77] = { id: 'broken', text: 42 as unknown as string }; // extraction throws on it
    const out: PoolOutcome[] = [];
    for await (const o of extractMany(many, { threads: 2, date: '2024-05-01' })) out.push(o);
    expect(out.map((o) => o.article.id)).toEqual(many.map((a) => a.id));
    expect(out.filter((o) => !o.ok).map((o) => o.article.id)).toEqual(['broken']);
    const sample = out[140]!;
    expect(sample.ok && sample.extraction).toEqual(extractArticle(many[140]!, { date: '2024-05-01' }));
  }, 60_000);
});
