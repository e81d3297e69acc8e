/**
 * graph.json and graph.graphml as a consistent pair. graph.graphml carries, in a comment after
 * the XML declaration, the SHA-256 of the graph.json text it was made from; both are written as
 * one set with graph.json renamed last (writeFilesAtomic). After a crash between the two renames
 * graph.graphml is newer than graph.json, and the next build sees the stamps disagree and
 * rewrites it from graph.json.
 */
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from './persist.js';

export const GRAPHML_FILE_NAME = 'graph.graphml';

const STAMP = /^<!-- made from graph\.json sha256:([0-9a-f]{64}) -->$/m;

/** `xml` with the stamp of `graphJson` after its XML declaration. */
export function stampGraphML(xml: string, graphJson: string): string {
  const comment = `<!-- made from graph.json sha256:${contentHash(graphJson)} -->`;
  const declaration = /^<\?xml[^>]*\?>\n/.exec(xml);
  return declaration ? `${declaration[0]}${comment}\n${xml.slice(declaration[0].length)}` : `${comment}\n${xml}`;
}

/** The graph.json hash an XML text is stamped with, if any (looked for in its first lines). */
export function stampOf(xml: string): string | undefined {
  return STAMP.exec(xml.slice(0, 500))?.[1];
}

/** True when `dir` has no graph.json, or a graph.graphml made from exactly this graph.json. */
export async function pairInSync(dir: string): Promise<boolean> {
  const json = await readFile(join(dir, 'graph.json'), 'utf8').catch(() => undefined);
  if (json === undefined) return true;
  const head = await readHead(join(dir, GRAPHML_FILE_NAME), 500);
  return head !== undefined && stampOf(head) === contentHash(json);
}

async function readHead(path: string, bytes: number): Promise<string | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
