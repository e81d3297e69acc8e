import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySidecar, isSidecar, parseSidecar, sidecarPathOf } from './sidecar.js';
import { readInputs } from './inputs.js';
import type { ReadOutcome } from './formats.js';
import { extractArticle } from '../pipeline.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sidecar metadata', () => {
  it('names the sidecar of single-article formats only', () => {
    expect(sidecarPathOf('seeds/a.txt')).toBe('seeds/a.meta.json');
    expect(sidecarPathOf('x/page.HTML')).toBe('x/page.meta.json');
    expect(sidecarPathOf('bulk.jsonl')).toBeUndefined();
    expect(sidecarPathOf('a.json')).toBeUndefined();
    expect(isSidecar('dir/a.meta.json')).toBe(true);
    expect(isSidecar('a.json')).toBe(false);
  });

  it('reads date, source, url and title, normalising the date', () => {
    expect(
      parseSidecar(
        'a.meta.json',
        bytes('{"date": "2022-10-31T08:00:00Z", "source": " Kyiv Independent ", "url": null}'),
      ),
    ).toEqual({
      date: '2022-10-31',
      source: 'Kyiv Independent',
    });
  });

  it('refuses broken metadata with a message naming the file and the problem', () => {
    expect(() => parseSidecar('a.meta.json', bytes('{"date": "2022-10-31",}'))).toThrow(/^a\.meta\.json: invalid JSON/);
    expect(() => parseSidecar('a.meta.json', bytes('["2022"]'))).toThrow(/must be a JSON object/);
    expect(() => parseSidecar('a.meta.json', bytes('{"published": "2022-10-31"}'))).toThrow(
      /unknown field "published"/,
    );
    expect(() => parseSidecar('a.meta.json', bytes('{"date": "last Monday"}'))).toThrow(/"date" is not a date/);
    expect(() => parseSidecar('a.meta.json', bytes('{"source": 3}'))).toThrow(/"source" must be a string/);
    expect(() => parseSidecar('a.meta.json', new Uint8Array())).toThrow(expect.objectContaining({ code: 'metadata' }));
  });

  it('fills in only what the article lacks', () => {
    const article = { id: 'a', text: 'Body.', title: 'From the file' };
    expect(applySidecar(article, { title: 'From meta', date: '2020-01-11', source: 'Wikinews' })).toEqual({
      id: 'a',
      text: 'Body.',
      title: 'From the file',
      date: '2020-01-11',
      source: 'Wikinews',
    });
  });
});

async function collect(paths: string[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(paths)) out.push(o);
  return out;
}

describe('readInputs with sidecars', () => {
  it('applies a sidecar, never reads it as an article, and dates "on Oct. 30" from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-meta-'));
    await writeFile(
      join(dir, 'a.txt'),
      'Talks\nForeign Minister Sergei Lavrov said on Oct. 30 that Russia is ready for talks.',
    );
    await writeFile(join(dir, 'a.meta.json'), '{"date": "2022-10-31", "source": "Kyiv Independent"}');
    // A named sidecar (as a shell glob gives it) is passed over too.
    const out = await collect([dir, join(dir, 'a.meta.json')]);
    expect(out).toHaveLength(1);
    const article = out[0]!.ok ? out[0]!.article : undefined;
    expect(article).toMatchObject({ id: 'a', date: '2022-10-31', source: 'Kyiv Independent' });
    const stated = extractArticle(article!).relations.find((r) => r.type === 'STATED');
    expect(stated?.date).toBe('2022-10-30');
  });

  it('reports a broken sidecar once and still reads the article without it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-meta-'));
    await writeFile(join(dir, 'b.md'), '# Headline\n\nBody text.');
    await writeFile(join(dir, 'b.meta.json'), '{"date": ');
    const out = await collect([dir]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ ok: false, origin: join(dir, 'b.meta.json') });
    expect(!out[0]!.ok && out[0]!.error.message).toMatch(
      /b\.meta\.json: invalid JSON in article metadata .*metadata ignored$/,
    );
    expect(out[1]).toMatchObject({ ok: true, article: { id: 'b', title: 'Headline' } });
    expect(out[1]!.ok && out[1]!.article.date).toBeUndefined();
  });
});
