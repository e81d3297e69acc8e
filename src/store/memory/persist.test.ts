import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './persist.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temp file', async () => {
    const file = join(dir, 'a', 'graph.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'a'))).toEqual(['graph.json']);
  });

  it('fails with a StoreError, cleans up its temp file and leaves the target as it was', async () => {
    const target = join(dir, 'b', 'graph.json');
    mkdirSync(target, { recursive: true }); // a directory where the file should go: rename fails
    await expect(writeFileAtomic(target, 'data')).rejects.toMatchObject({
      name: 'StoreError',
      message: expect.stringContaining('cannot write'),
    });
    expect(readdirSync(join(dir, 'b'))).toEqual(['graph.json']);
    expect(readdirSync(target)).toEqual([]);
  });
});
