/**
 * Reading and writing graph.json. Writes are atomic: a temp file in the same directory is
 * written, fsynced and renamed over the target, so a crash leaves the old file or the new one,
 * never half of either.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CodecError, decodeGraph, encodeGraph } from '../../graph/codec.js';
import type { DecodeOptions } from '../../graph/codec.js';
import type { PropertyGraph } from '../../graph/property-graph.js';
import { StoreError } from '../types.js';

export const GRAPH_FILE_NAME = 'graph.json';

/** A directory means its graph.json; anything else is the file itself. */
export async function resolveGraphPath(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, GRAPH_FILE_NAME) : path;
}

/** The graph stored at `path`, or undefined when there is no file yet. */
export async function loadGraphFile(path: string, options?: DecodeOptions): Promise<PropertyGraph | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError(`cannot read ${path}: ${(error as Error).message}`, 'BAD_GRAPH_FILE', { cause: error });
  }
  try {
    return decodeGraph(text, options);
  } catch (error) {
    if (error instanceof CodecError) {
      throw new StoreError(
        `${path} is not a usable graph file (${error.message}); rebuild it with \`newsgraph build\``,
        'BAD_GRAPH_FILE',
        { cause: error },
      );
    }
    throw error;
  }
}

export async function saveGraphFile(path: string, graph: PropertyGraph): Promise<void> {
  await writeFileAtomic(path, encodeGraph(graph));
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new StoreError(`cannot write ${path}: ${(error as Error).message}`, 'OTHER', { cause: error });
  }
  await syncDirectory(dir);
}

/** Make the rename itself durable; some filesystems refuse to open directories, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
