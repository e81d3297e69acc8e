/**
 * The I/O edge of reading: walks files and folders (sorted; hidden files, *.gold.json and
 * README-style documentation skipped) and yields one outcome per article or per failed file/record.
 * A `NAME.meta.json` sidecar is never an article: it fills in what `NAME.txt|.md|.html` lacks;
 * a broken one is reported as its own failure and the article is still read.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { extensionOf, parseArticleOutcomes, SUPPORTED_EXTENSIONS, type ReadOutcome } from './formats.js';
import { applySidecar, isSidecar, parseSidecar, sidecarPathOf, type ArticleMeta } from './sidecar.js';

/**
 * Passed over inside folders: hidden files, gold annotations, and the folder's own documentation
 * (README.md, SOURCES.md, LICENSE…: an all-capitals base name is a documentation file by convention).
 */
function skipped(name: string): boolean {
  const base = name.replace(/\.[^.]*$/, '');
  return name.startsWith('.') || name.endsWith('.gold.json') || isSidecar(name) || /^[A-Z][A-Z_-]*$/.test(base);
}

async function* walk(path: string, explicit: boolean): AsyncGenerator<string | ReadOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield {
      ok: false,
      origin: path,
      error: new InputError(
        'unreadable',
        path,
        code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})`,
      ),
    };
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !skipped(n)).sort();
    for (const name of names) yield* walk(join(path, name), false);
    return;
  }
  // Sidecars go with their article (a shell glob names them too); inside folders, files of other
  // types are passed over silently; named files are checked.
  if (isSidecar(path)) return;
  if (!explicit && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(path))) return;
  yield path;
}

export async function* readInputs(paths: string[]): AsyncIterable<ReadOutcome> {
  for (const root of paths) {
    for await (const item of walk(root, true)) {
      if (typeof item !== 'string') {
        yield item;
        continue;
      }
      let outcomes: ReadOutcome[];
      try {
        outcomes = parseArticleOutcomes(item, await readFile(item));
      } catch (err) {
        const error = err instanceof InputError ? err : new InputError('unreadable', item, (err as Error).message);
        outcomes = [{ ok: false, origin: item, error }];
      }
      const meta = await readSidecar(item);
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
): Promise<{ ok: true; meta: ArticleMeta } | { ok: false; failure: ReadOutcome } | undefined> {
  const path = sidecarPathOf(articlePath);
  if (!path) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
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
