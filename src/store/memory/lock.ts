/**
 * One writer per graph folder: `newsgraph build` holds DIR/.newsgraph.lock (pid, host, start
 * time) from before it reads graph.json until after it has written it, so two builds into one
 * folder run one after the other instead of one silently losing the other's articles. A lock
 * whose process is gone (same host, pid not running) is stale and taken over.
 */
import { hostname } from 'node:os';
import { link, mkdir, open, readFile, rename, rmdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StoreError } from '../types.js';
import { processAlive } from './persist.js';

export const LOCK_FILE_NAME = '.newsgraph.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface FolderLock {
  readonly path: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another build to finish, in ms (0: refuse at once). */
  waitMs: number;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (owner: LockOwner) => void;
  /** Poll interval while waiting, ms. */
  pollMs?: number;
  isAlive?: (pid: number) => boolean;
}

/** Takes the lock on `dir` (created if missing), waiting up to `waitMs` for a live holder. */
export async function lockFolder(dir: string, options: LockOptions): Promise<FolderLock> {
  // A folder made only to hold the lock goes again on release when nothing was written into it.
  const created = (await mkdir(dir, { recursive: true })) !== undefined;
  const path = join(dir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const isAlive = options.isAlive ?? processAlive;
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    if (await tryCreate(path, me)) {
      const release = async (): Promise<void> => {
        await unlink(path).catch(() => undefined);
        if (created) await rmdir(dir).catch(() => undefined); // fails, as it should, unless empty
      };
      return { path, release };
    }
    const owner = await readOwner(path);
    if (owner === undefined) continue; // released (or half-written) between our two calls: try again
    if (owner.host === me.host && (owner.pid <= 0 || !isAlive(owner.pid))) {
      await takeOver(path, owner);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StoreError(
        `${dir} is in use by another build (pid ${owner.pid} on ${owner.host}, since ${owner.since}); ` +
          `try again when it has finished${options.waitMs > 0 ? '' : ', or give --wait SECONDS'}` +
          ` (if no build is running, delete ${path})`,
        'LOCKED',
      );
    }
    if (!told) options.onWait?.(owner);
    told = true;
    await new Promise((r) => setTimeout(r, Math.min(options.pollMs ?? 200, Math.max(deadline - Date.now(), 1))));
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  // Written in full under another name, then linked into place: readers never see a half-written lock.
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeNew(temp, JSON.stringify(owner) + '\n');
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(`cannot lock ${path}: ${(error as Error).message}`, 'OTHER', { cause: error });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function writeNew(path: string, data: string): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data, 'utf8');
  } finally {
    await handle.close();
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string')
      return { pid: owner.pid, host: owner.host, since: String(owner.since ?? '?') };
    return { pid: -1, host: hostname(), since: '?' }; // unreadable content: nobody can own it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { pid: -1, host: hostname(), since: '?' };
  }
}

/**
 * Removes a stale lock. Two builds may find the same stale lock at once: each moves it aside
 * under its own name and checks it moved the stale one; whoever moved a fresh lock instead puts
 * it back, so a live holder never loses its lock.
 */
async function takeOver(path: string, stale: LockOwner): Promise<void> {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it already
  }
  const moved = await readOwner(aside);
  if (moved && (moved.pid !== stale.pid || moved.since !== stale.since)) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
