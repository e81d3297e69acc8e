/**
 * `newsgraph build` against careless and hostile use (issue 10): concurrent builds into one
 * folder, stale locks and temp files, a graph.json/graph.graphml pair cut by a crash, equal file
 * names in two folders, and the order of the arguments.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stampOf } from '../../src/store/memory/graph-pair.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { LOCK_FILE_NAME } from '../../src/store/memory/lock.js';
import { cli, STACK_LINE, tempDir } from './helpers.js';

/** An invented article: headline line, then one sentence naming a person and two bodies. */
function article(n: number, extra = ''): string {
  return `Talks ${n}\nMinister Anna Berg${n} of Norland said on Monday that the Council of Ostia must act. ${extra}\n`;
}

/** The pid of a process that has exited (not running now). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    .stdout as unknown as number;
}

async function articleIds(graphDir: string): Promise<string[]> {
  const store = await MemoryStore.open(graphDir);
  const rows = (await store.query('MATCH (a:Article) RETURN a.id ORDER BY a.id')).rows;
  return rows.map((r) => String(r[0]));
}

describe('newsgraph build on hostile input', () => {
  const { dir, cleanup } = tempDir('build-hostile');
  afterAll(cleanup);
  for (const set of ['A', 'B']) {
    mkdirSync(join(dir, set));
    for (let i = 1; i <= 3; i++) writeFileSync(join(dir, set, `${set}${i}.txt`), article(i));
  }

  it('runs two concurrent builds into one folder one after the other: no article is lost', async () => {
    const [a, b] = await Promise.all([
      cli(['build', 'A', '--out', 'both'], { cwd: dir }),
      cli(['build', 'B', '--out', 'both'], { cwd: dir }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    // Whichever started second waited (lock.test.ts checks the waiting itself); neither lost an article.
    expect(await articleIds(join(dir, 'both'))).toEqual([
      'article:A1',
      'article:A2',
      'article:A3',
      'article:B1',
      'article:B2',
      'article:B3',
    ]);
    expect(existsSync(join(dir, 'both', LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses with a clear message while a live process holds the folder, and takes over a dead one', async () => {
    mkdirSync(join(dir, 'held'));
    const lock = join(dir, 'held', LOCK_FILE_NAME);
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const refused = await cli(['build', 'A', '--out', 'held', '--wait', '0'], { cwd: dir });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(
      new RegExp(`held is in use by another build \\(pid ${process.ppid} on .*since 2026-01-01`),
    );
    expect(refused.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, 'held', 'graph.json'))).toBe(false);

    writeFileSync(lock, JSON.stringify({ pid: Number(deadPid()), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const taken = await cli(['build', 'A', '--out', 'held', '--wait', '0'], { cwd: dir });
    expect(taken.code).toBe(0);
    expect(await articleIds(join(dir, 'held'))).toHaveLength(3);
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves no folder behind when it made one for its lock and then had nothing to write', async () => {
    const run = await cli(['build', 'missing.txt', '--out', 'never'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('deletes temp files of dead writers at start and keeps those of live ones', async () => {
    mkdirSync(join(dir, 'temps'));
    const dead = `.graph.json.${deadPid()}.deadbeef.tmp`;
    const live = `.graph.graphml.${process.ppid}.0badf00d.tmp`;
    writeFileSync(join(dir, 'temps', dead), 'half a graph');
    writeFileSync(join(dir, 'temps', live), 'being written');
    expect((await cli(['build', 'A', '--out', 'temps'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'temps')).sort()).toEqual([
      live,
      'graph.graphml',
      'graph.json',
      'graph.positions.json',
    ]);
  });

  it('writes graph.graphml stamped with graph.json, and repairs a pair cut between the two renames', async () => {
    expect((await cli(['build', 'A', '--out', 'pair'], { cwd: dir })).code).toBe(0);
    const old = join(dir, 'old-graph.json');
    copyFileSync(join(dir, 'pair', 'graph.json'), old);
    expect((await cli(['build', 'B', '--out', 'pair'], { cwd: dir })).code).toBe(0);
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const graphml = () => readFileSync(join(dir, 'pair', 'graph.graphml'), 'utf8');
    expect(stampOf(graphml())).toBe(sha(join(dir, 'pair', 'graph.json')));
    // A kill -9 after graph.graphml was renamed into place and before graph.json was.
    copyFileSync(old, join(dir, 'pair', 'graph.json'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = await cli(['build', 'empty.txt', '--out', 'pair'], { cwd: dir });
    expect(run.code).toBe(1); // nothing to build from, but the pair is mended
    expect(stampOf(graphml())).toBe(sha(join(dir, 'pair', 'graph.json')));
    expect(graphml().match(/>:Article</g)).toHaveLength(3);
  });

  it('keeps files with the same name in two folders apart, with ids that do not depend on argument order', async () => {
    for (const sub of ['x', 'y', 'z']) mkdirSync(join(dir, 'same', sub), { recursive: true });
    writeFileSync(join(dir, 'same', 'x', 'note.txt'), article(1));
    writeFileSync(join(dir, 'same', 'y', 'note.txt'), article(2));
    writeFileSync(join(dir, 'same', 'z', 'note.txt'), article(3));
    expect((await cli(['build', 'same', '--out', 'g-same'], { cwd: dir })).code).toBe(0);
    expect(await articleIds(join(dir, 'g-same'))).toEqual(['article:x/note', 'article:y/note', 'article:z/note']);

    const forward = await cli(['build', 'same/x', 'same/y', '--out', 'g-xy'], { cwd: dir });
    const backward = await cli(['build', 'same/y', 'same/x', '--out', 'g-yx'], { cwd: dir });
    expect([forward.code, backward.code]).toEqual([0, 0]);
    const ids = await articleIds(join(dir, 'g-xy'));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('article:note');
    expect(ids[1]).toMatch(/^article:note~[0-9a-f]{8}$/);
    expect(readFileSync(join(dir, 'g-yx', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'g-xy', 'graph.json'), 'utf8'),
    );
  });

  it('gives the same graph whatever the order of the arguments, and keeps an id once assigned', async () => {
    mkdirSync(join(dir, 'order'));
    writeFileSync(
      join(dir, 'order', 'full.txt'),
      'One\nThe Northern Treaty Alliance (NTA) said it would meet in Ostia on Monday.\n',
    );
    writeFileSync(
      join(dir, 'order', 'short.txt'),
      'Two\nThe NTA rejected the plan on Tuesday, Minister Anna Berg said.\n',
    );
    const ab = await cli(['build', 'order/full.txt', 'order/short.txt', '--out', 'g-ab'], { cwd: dir });
    const ba = await cli(['build', 'order/short.txt', 'order/full.txt', '--out', 'g-ba'], { cwd: dir });
    expect([ab.code, ba.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'g-ba', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'g-ab', 'graph.json'), 'utf8'),
    );

    // Two builds: the first one's id stays.
    expect((await cli(['build', 'order/short.txt', '--out', 'g-two'], { cwd: dir })).code).toBe(0);
    const orgs = async () => {
      const store = await MemoryStore.open(join(dir, 'g-two'));
      return (await store.query('MATCH (o:Organization) RETURN o.id, o.name ORDER BY o.id')).rows;
    };
    const first = await orgs();
    expect((await cli(['build', 'order/full.txt', '--out', 'g-two'], { cwd: dir })).code).toBe(0);
    const after = await orgs();
    expect(after.map((r) => r[0])).toEqual(first.map((r) => r[0]));
  });
});
