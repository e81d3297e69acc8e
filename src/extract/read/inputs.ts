/**
 * The I/O edge of reading: walks files and folders (sorted; hidden files, *.gold.json and
 * README-style documentation skipped) and yields one outcome per article or per failed file/record.
 * A `NAME.meta.json` sidecar is never an article: it fills in what `NAME.txt|.md|.html` lacks;
 * a broken one is reported as its own failure and the article is still read.
 *
 * Hostile folders: a folder or file reached twice (a symlink loop such as `loop -> .`, or two
 * links to one place) is read once, by real path; FIFOs, sockets and devices are reported and
 * never opened; a file's type and size are checked before a byte is read, and reading stops at
 * the size limit; an unreadable folder is reported and the walk goes on.
 *
 * Article ids: a file named on the command line gives its base name ("news/a.txt" → "a"); a file
 * found in a folder given on the command line gives its path below that folder without the
 * extension ("corpus/x/a.txt" → "x/a", "corpus/a.txt" → "a"), so equal names in two subfolders
 * stay two articles and building the same folder again gives the same ids.
 */
import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { MAX_FILE_BYTES, tooLarge } from './decode.js';
import { baseIdOf, extensionOf, parseArticleOutcomes, SUPPORTED_EXTENSIONS, type ReadOutcome } from './formats.js';
import { applySidecar, isSidecar, parseSidecar, sidecarPathOf, type ArticleMeta } from './sidecar.js';

/** The file system calls the walker makes; tests put failures in. */
export interface ReadIo {
  /** Follows symbolic links. */
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
  /** A regular file's bytes, at most `maxBytes` of them (InputError beyond). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}

export const nodeReadIo: ReadIo = {
  stat: (path) => stat(path),
  realpath: (path) => realpath(path),
  readdir: (path) => readdir(path),
  readFile: readRegularFile,
};

/**
 * Opens without blocking (a FIFO swapped in after the walker's check cannot hang us), checks the
 * opened file is regular and within the limit, and reads no more than the limit plus one byte.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notAFile(path, info);
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(Math.max(info.size - total, 0) + 65536, maxBytes + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(room), 0, room, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, total, maxBytes);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function notAFile(path: string, info: Stats): InputError {
  return new InputError('not-a-file', path, `${kindOf(info)}, not a regular file; not read`);
}

function failure(path: string, error: InputError): ReadOutcome {
  return { ok: false, origin: path, error };
}

function cannotRead(path: string, err: unknown, what: string): ReadOutcome {
  const code = (err as NodeJS.ErrnoException).code;
  const detail =
    code === 'ENOENT'
      ? 'no such file or folder'
      : code === 'ELOOP'
        ? 'too many levels of symbolic links'
        : `cannot read ${what} (${code ?? (err as Error).message})`;
  return failure(path, new InputError('unreadable', path, detail));
}

/**
 * Passed over inside folders: hidden files, gold annotations, and the folder's own documentation
 * (README.md, SOURCES.md, LICENSE…: an all-capitals base name is a documentation file by convention).
 */
function skipped(name: string): boolean {
  const base = name.replace(/\.[^.]*$/, '');
  return name.startsWith('.') || name.endsWith('.gold.json') || isSidecar(name) || /^[A-Z][A-Z_-]*$/.test(base);
}

/** A sidecar is a few fields of metadata; anything this big is not one. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

/** A file to read and the article id it gives. */
interface Found {
  path: string;
  id: string;
}

interface Walk {
  io: ReadIo;
  /** Real paths of folders and files already walked. */
  seen: Set<string>;
}

/** True the first time a real path comes by; otherwise yields nothing and reports the repeat. */
async function firstVisit(path: string, walk: Walk): Promise<ReadOutcome | string | undefined> {
  let real: string;
  try {
    real = await walk.io.realpath(path);
  } catch (err) {
    return cannotRead(path, err, 'its real path');
  }
  if (!walk.seen.has(real)) {
    walk.seen.add(real);
    return undefined;
  }
  return real;
}

async function* walkPath(path: string, idPrefix: string | undefined, walk: Walk): AsyncGenerator<Found | ReadOutcome> {
  const explicit = idPrefix === undefined;
  let info: Stats;
  try {
    info = await walk.io.stat(path);
  } catch (err) {
    yield cannotRead(path, err, 'it');
    return;
  }
  if (info.isDirectory()) {
    const visit = await firstVisit(path, walk);
    if (typeof visit === 'string') {
      yield failure(
        path,
        new InputError('repeated', path, `folder ${visit} was read already (a symbolic link loop?); not read again`),
      );
      return;
    }
    if (visit) {
      yield visit;
      return;
    }
    let names: string[];
    try {
      names = (await walk.io.readdir(path)).filter((n) => !skipped(n)).sort();
    } catch (err) {
      yield cannotRead(path, err, 'folder');
      return;
    }
    const prefix = idPrefix === undefined ? '' : `${idPrefix}/`;
    for (const name of names) yield* walkPath(join(path, name), `${prefix}${name}`, walk);
    return;
  }
  // Sidecars go with their article (a shell glob names them too); inside folders, files of other
  // types are passed over silently; named files are checked.
  if (isSidecar(path)) return;
  if (!info.isFile()) {
    yield failure(path, notAFile(path, info));
    return;
  }
  if (!explicit && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(path))) return;
  if (info.size > MAX_FILE_BYTES) {
    yield failure(path, tooLarge(path, info.size));
    return;
  }
  const visit = await firstVisit(path, walk);
  if (typeof visit === 'string') {
    yield failure(path, new InputError('repeated', path, `file ${visit} was read already; not read again`));
    return;
  }
  if (visit) {
    yield visit;
    return;
  }
  // The relative path without its extension ("x/a.txt" → "x/a"); a dot-file never gets here.
  yield { path, id: explicit ? baseIdOf(path) : idPrefix.replace(/\.[^./]*$/, '') };
}

export async function* readInputs(paths: string[], io: ReadIo = nodeReadIo): AsyncIterable<ReadOutcome> {
  const walk: Walk = { io, seen: new Set() };
  for (const root of paths) {
    for await (const item of walkPath(root, undefined, walk)) {
      if (!('path' in item)) {
        yield item;
        continue;
      }
      let outcomes: ReadOutcome[];
      try {
        outcomes = parseArticleOutcomes(item.path, await io.readFile(item.path, MAX_FILE_BYTES), item.id);
      } catch (err) {
        outcomes = [
          failure(
            item.path,
            err instanceof InputError ? err : new InputError('unreadable', item.path, (err as Error).message),
          ),
        ];
      }
      const meta = await readSidecar(item.path, io);
      if (meta && !meta.ok) yield meta.failure;
      yield* meta?.ok
        ? outcomes.map((o) => (o.ok ? { ok: true as const, article: applySidecar(o.article, meta.meta) } : o))
        : outcomes;
    }
  }
}
/** The article's sidecar metadata, nothing when there is none, or the failure to report. */
async function readSidecar(
  articlePath: string,
  io: ReadIo,
): Promise<{ ok: true; meta: ArticleMeta } | { ok: false; failure: ReadOutcome } | undefined> {
  const path = sidecarPathOf(articlePath);
  if (!path) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path, MAX_SIDECAR_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (err instanceof InputError) return { ok: false, failure: failure(path, err) };
    return {
      ok: false,
      failure: {
        ok: false,
        origin: path,
        error: new InputError('metadata', path, `cannot read article metadata (${code ?? 'error'}); metadata ignored`),
      },
    };
  }
  try {
    return { ok: true, meta: parseSidecar(path, bytes) };
  } catch (err) {
    const error = err instanceof InputError ? err : new InputError('metadata', path, (err as Error).message);
    return { ok: false, failure: { ok: false, origin: path, error } };
  }
}
