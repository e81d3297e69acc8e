import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './decode.js';
import { nodeReadIo, readInputs, type ReadIo } from './inputs.js';
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

describe('readInputs on hostile folders', () => {
  const body = (title: string) => `${title}\nMinister Anna Berg said the council must act.`;

  it('gives files with the same name in two subfolders two ids, the same on every run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await mkdir(join(dir, 'x'));
    await mkdir(join(dir, 'y'));
    await writeFile(join(dir, 'top.txt'), body('Top'));
    await writeFile(join(dir, 'x', 'same.txt'), body('One'));
    await writeFile(join(dir, 'y', 'same.txt'), body('Two'));
    const ids = async () => (await collect([dir])).map((o) => (o.ok ? o.article.id : o.error.message));
    expect(await ids()).toEqual(['top', 'x/same', 'y/same']);
    expect(await ids()).toEqual(['top', 'x/same', 'y/same']);
    const named = await collect([join(dir, 'x', 'same.txt')]);
    expect(named).toMatchObject([{ ok: true, article: { id: 'same' } }]);
  });

  it('follows a folder symlink once and reads nothing twice through `loop -> .` links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    const other = await mkdtemp(join(tmpdir(), 'ng-read-other-'));
    await writeFile(join(dir, 'a.txt'), body('A'));
    await writeFile(join(other, 'b.txt'), body('B'));
    await symlink('.', join(dir, 'loop'));
    await symlink('.', join(dir, 'loop2'));
    await symlink(other, join(dir, 'linked'));
    const out = await collect([dir]);
    expect(out.filter((o) => o.ok).map((o) => o.ok && o.article.id)).toEqual(['a', 'linked/b']);
    const repeats = out.filter((o) => !o.ok);
    expect(repeats.map((o) => !o.ok && o.error.code)).toEqual(['repeated', 'repeated']);
    expect(!repeats[0]!.ok && repeats[0]!.error.message).toMatch(/loop: folder .* was read already/);
  });

  it('reports a FIFO, a link to a device and an oversized file without reading them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await writeFile(join(dir, 'a.txt'), body('A'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), MAX_FILE_BYTES + 1); // sparse: costs no disk
    const out = await collect([dir]);
    const byName = Object.fromEntries(
      out.map((o) => [o.ok ? o.article.id : o.origin.split('/').pop(), o.ok ? 'ok' : o.error.code]),
    );
    expect(byName).toEqual({ a: 'ok', 'huge.txt': 'too-large', 'pipe.txt': 'not-a-file', 'zero.txt': 'not-a-file' });
    const fifo = out.find((o) => !o.ok && o.origin.endsWith('pipe.txt'));
    expect(!fifo!.ok && fifo!.error.message).toMatch(/pipe\.txt: a FIFO \(named pipe\), not a regular file/);
  });

  it('reports a socket with one outcome and never opens it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'feed.txt'), resolve));
    try {
      const out = await collect([dir]);
      expect(out).toHaveLength(1);
      expect(!out[0]!.ok && out[0]!.error.message).toMatch(/feed\.txt: a socket, not a regular file; not read$/);
    } finally {
      server.close();
    }
  });

  it('reports an unreadable folder and goes on with the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    await mkdir(join(dir, 'locked'));
    await mkdir(join(dir, 'open'));
    await writeFile(join(dir, 'locked', 'hidden.txt'), body('H'));
    await writeFile(join(dir, 'open', 'b.txt'), body('B'));
    // Permission bits do not stop root, so the refusal is put in at the I/O edge.
    const io: ReadIo = {
      ...nodeReadIo,
      readdir: (path) =>
        path.endsWith('locked')
          ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
          : nodeReadIo.readdir(path),
    };
    const out: ReadOutcome[] = [];
    for await (const o of readInputs([dir], io)) out.push(o);
    expect(out.map((o) => (o.ok ? o.article.id : o.error.message.replace(dir, 'DIR')))).toEqual([
      'DIR/locked: cannot read folder (EACCES)',
      'open/b',
    ]);
  });

  it('refuses a file that turned into a FIFO after the check, without blocking', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-read-'));
    execFileSync('mkfifo', [join(dir, 'late.txt')]);
    await expect(nodeReadIo.readFile(join(dir, 'late.txt'), 1000)).rejects.toMatchObject({ code: 'not-a-file' });
  });
});
