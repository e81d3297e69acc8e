import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from './inputs.js';
import type { ReadOutcome } from './formats.js';

async function collect(paths: string[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(paths)) out.push(o);
  return out;
}

describe('readInputs', () => {
  it('walks folders in sorted order, skipping gold files, hidden files and other types', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'b.txt'), 'B headline\nBody b.');
    await writeFile(join(dir, 'a.txt'), 'A headline\nBody a.');
    await writeFile(join(dir, 'a.gold.json'), '{"entities":[],"relations":[]}');
    await writeFile(join(dir, '.hidden.txt'), 'H\nhidden');
    await writeFile(join(dir, 'notes.csv'), 'x,y');
    await writeFile(join(dir, 'README.md'), '# About this folder\n\nSources.');
    await writeFile(join(dir, 'sub', 'c.jsonl'), '{"id":"c1","text":"C."}\nnot json\n');
    const out = await collect([dir]);
    expect(out.map((o) => (o.ok ? o.article.id : `error:${o.origin.split('/').pop()}`))).toEqual([
      'a',
      'b',
      'c1',
      'error:c.jsonl:2',
    ]);
  });

  it('reports a missing path and an unsupported named file, and goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await writeFile(join(dir, 'ok.txt'), 'T\nBody.');
    await writeFile(join(dir, 'x.docx'), 'binary-ish');
    const out = await collect([join(dir, 'missing.txt'), join(dir, 'x.docx'), join(dir, 'ok.txt')]);
    expect(out[0]).toMatchObject({ ok: false });
    expect(!out[0]!.ok && out[0]!.error.message).toMatch(/missing\.txt: no such file or folder$/);
    expect(!out[1]!.ok && out[1]!.error.code).toBe('extension');
    expect(out[2]).toMatchObject({ ok: true, article: { id: 'ok' } });
  });
});
