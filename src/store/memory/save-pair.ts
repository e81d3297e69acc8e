/**
 * Saving a changed graph the way a build leaves it: graph.json and, when one sits beside it,
 * graph.graphml (stamped, see graph-pair.ts) written as one set. `savePairLocked` also holds the
 * folder's build lock (lock.ts) while it writes, so a query's write and a build never interleave.
 */
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GraphFragment } from '../../graph/schema.js';
import { GRAPHML_FILE_NAME, stampGraphML } from './graph-pair.js';
import { lockFolder } from './lock.js';
import type { MemoryStore } from './memory-store.js';

export type GraphMLWriter = (fragment: GraphFragment) => string;

/** Write graph.json, with graph.graphml beside it when `alwaysGraphML` or when one is there already. */
export async function saveGraphPair(
  store: MemoryStore,
  graphFile: string,
  toGraphML: GraphMLWriter,
  alwaysGraphML = false,
): Promise<string> {
  const graphml = join(dirname(graphFile), GRAPHML_FILE_NAME);
  const withGraphML =
    alwaysGraphML ||
    (await access(graphml).then(
      () => true,
      () => false,
    ));
  if (!withGraphML) return store.save(graphFile);
  const snapshot = await store.snapshot();
  return store.save(graphFile, (text) => [{ path: graphml, data: stampGraphML(toGraphML(snapshot), text) }]);
}

/** saveGraphPair under the folder's lock, waiting up to `waitMs` for a build that holds it. */
export async function savePairLocked(
  store: MemoryStore,
  graphFile: string,
  toGraphML: GraphMLWriter,
  waitMs: number,
): Promise<string> {
  const lock = await lockFolder(dirname(graphFile), { waitMs });
  try {
    return await saveGraphPair(store, graphFile, toGraphML);
  } finally {
    await lock.release();
  }
}
