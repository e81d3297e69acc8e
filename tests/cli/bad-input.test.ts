/**
 * The bad inputs: empty, binary, invalid UTF-8, a 20 MB article, an unknown extension,
 * a folder of 1,000 files with some bad ones. Each bad file gets a clear line on stderr, the
 * good files are still processed, the exit code is non-zero only when nothing could be
 * processed (or with --strict), and no graph file is left half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_ONE, cli, STACK_LINE, tempDir } from './helpers.js';

describe('bad input', () => {
  const { dir, cleanup } = tempDir('bad');
  afterAll(cleanup);
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  beforeAll(() => {
    file('good.txt', ARTICLE_ONE);
    file('empty.txt', '');
    file('binary.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 9]));
    file(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' in Paris\nThe mayor of Paris said the caf\u00e9 would open.\n'),
      ]),
    );
    file('notes.docx', 'PK\u0003\u0004 a word file');
  });

  const build = (args: string[]) => cli(['build', ...args], { cwd: dir });

  it.each([
    ['empty.txt', /empty\.txt.*empty/i],
    ['binary.txt', /binary\.txt.*binary/i],
    ['latin1.txt', /latin1\.txt.*UTF-8/i],
    ['notes.docx', /notes\.docx.*(extension|\.docx)/i],
  ])('%s: reported by name, the good file still built, exit 0', async (bad, message) => {
    const out = `out-${bad}`;
    const run = await build(['good.txt', bad, '--out', out]);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^newsgraph build: skipped /m);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from 1 article');
    expect(existsSync(join(dir, out, 'graph.json'))).toBe(true);
  });

  it('fails (exit 1) when nothing could be processed, writing no graph', async () => {
    const run = await build(['empty.txt', 'binary.txt', '--out', 'none']);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/skipped/g)).toHaveLength(2);
    expect(existsSync(join(dir, 'none', 'graph.json'))).toBe(false);
  });

  it('fails with --strict when any file is bad, but still writes the good part', async () => {
    const run = await build(['good.txt', 'empty.txt', '--out', 'strict', '--strict']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('from 1 article');
  });

  it('rejects a 20 MB article with a clear message and goes on', async () => {
    const sentence = 'The minister said the talks in Geneva would continue next week. ';
    file('huge.txt', 'A very long article\n' + sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length)));
    const run = await build(['huge.txt', 'good.txt', '--out', 'huge']);
    expect(run.stderr).toMatch(/huge\.txt/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from 1 article');
  });

  it('extract: a folder of 1,000 files with some bad ones writes every good one', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    const bad = new Set([17, 256, 511, 999]);
    for (let i = 0; i < 1000; i++) {
      const name = `a${String(i).padStart(4, '0')}.txt`;
      writeFileSync(
        join(folder, name),
        bad.has(i)
          ? i % 2
            ? ''
            : Buffer.from([0, 1, 2, 0xff])
          : `Story ${i}\nOfficials in Berlin said on Monday that plan ${i} was approved.\n`,
      );
    }
    const run = await cli(['extract', 'many', '--out', 'many-out', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.articles).toBe(996);
    expect(summary.failures).toHaveLength(4);
    expect(run.stderr.trim().split('\n')).toHaveLength(4);
    for (const i of bad) expect(run.stderr).toContain(`a${String(i).padStart(4, '0')}.txt`);
    expect(readdirSync(join(dir, 'many-out'))).toHaveLength(996);
    const one = JSON.parse(readFileSync(join(dir, 'many-out', 'a0000.json'), 'utf8'));
    expect(Array.isArray(one.entities)).toBe(true);
  });
});
