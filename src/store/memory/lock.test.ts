import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LOCK_FILE_NAME, lockFolder } from './lock.js';

describe('lockFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets a second holder in only after the first released, telling it once that it waits', async () => {
    const first = await lockFolder(dir, { waitMs: 0 });
    const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    const waits: number[] = [];
    let secondHeld = false;
    const second = lockFolder(dir, { waitMs: 5000, pollMs: 5, onWait: (o) => waits.push(o.pid) }).then((l) => {
      secondHeld = true;
      return l;
    });
    await vi.waitFor(() => expect(waits).toHaveLength(1), { timeout: 5000 }); // it found the lock held
    expect(secondHeld).toBe(false);
    await first.release();
    await (await second).release();
    expect(waits).toEqual([process.pid]);
  });

  it('gives up after the wait with a message naming the holder', async () => {
    const held = await lockFolder(dir, { waitMs: 0 });
    await expect(lockFolder(dir, { waitMs: 30, pollMs: 5 })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'LOCKED',
      message: expect.stringMatching(/is in use by another build \(pid \d+ on .*\); try again when it has finished/),
    });
    await held.release();
  });

  it('takes over a lock whose process is gone, and one with garbage in it, exactly once', async () => {
    const path = join(dir, LOCK_FILE_NAME);
    for (const content of [JSON.stringify({ pid: 4242, host: hostname(), since: 'then' }), 'garbage']) {
      writeFileSync(path, content);
      const isAlive = (pid: number) => pid !== 4242;
      const results = await Promise.allSettled([1, 2, 3].map(() => lockFolder(dir, { waitMs: 0, isAlive })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results.find((r) => r.status === 'fulfilled')!;
      await (winner as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
    }
  });
});
