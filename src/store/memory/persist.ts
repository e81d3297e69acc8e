/**
 * Reading and writing graph.json. Writes are atomic: a temp file in the same directory is
 * written, fsynced and renamed over the target, so a crash leaves the old file or the new one,
 * never half of either.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
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

export async function saveGraphFile(path: string, graph: PropertyGraph, companions?: Companions): Promise<void> {
  const json = encodeGraph(graph);
  await writeFilesAtomic([...(companions?.(json) ?? []), { path, data: json }]);
}

/** Files written beside graph.json from its text (graph.graphml, stamped with the text's hash). */
export type Companions = (graphJson: string) => FileContent[];

export interface FileContent {
  path: string;
  data: string;
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}

/**
 * Writes files as a set: every temp file is written and fsynced first, then they are renamed in
 * the order given (put the file the others derive from last), so a crash leaves each file old or
 * new, never half-written, and the last one new only when all are.
 */
export async function writeFilesAtomic(files: FileContent[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const { path, data } of files) {
      const dir = dirname(path);
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(temp);
      const handle = await open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const [i, { path }] of files.entries()) await rename(temps[i]!, path);
  } catch (error) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    const path = files[temps.length - 1]?.path ?? files[0]?.path;
    throw new StoreError(`cannot write ${path}: ${(error as Error).message}`, 'OTHER', { cause: error });
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await syncDirectory(dir);
}

/** Temp files of writeFilesAtomic: `.NAME.PID.HEX.tmp`. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Deletes temp files left in `dir` by writers that died (kill -9, power loss) before renaming
 * them; a temp file of a live process is left alone. Returns the names removed.
 */
export async function removeStaleTempFiles(
  dir: string,
  isAlive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const m = TEMP_FILE.exec(name);
    return m !== null && !isAlive(Number(m[2]));
  });
  for (const name of stale) await unlink(join(dir, name)).catch(() => undefined);
  return stale;
}

/** True while a process with this id runs (on this machine). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The stamp a companion file carries: the SHA-256 of the graph.json text it was made from. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
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
