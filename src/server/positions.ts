/** Saved node positions: a JSON file beside the graph, {"<node id>": [x, y]}. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Positions } from '../export/view/types.js';
import { HttpError } from './http.js';

/** Where the positions of a graph file live: graph.json → graph.positions.json. */
export function positionsPathFor(graphFile: string): string {
  return graphFile.replace(/(\.json)?$/, '.positions.json');
}

export async function loadPositions(path: string): Promise<Positions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return parsePositions(JSON.parse(text) as unknown);
  } catch {
    return {};
  }
}

/** Validate untrusted positions: finite coordinate pairs keyed by node id. */
export function parsePositions(value: unknown): Positions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'BAD_REQUEST', 'Positions must be an object {"node id": [x, y]}.');
  }
  const out: Positions = {};
  for (const [id, pair] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new HttpError(
        400,
        'BAD_REQUEST',
        `The position of "${id.slice(0, 80)}" must be [x, y] with two finite numbers.`,
      );
    }
    out[id] = [pair[0] as number, pair[1] as number];
  }
  return out;
}

export async function savePositions(path: string, positions: Positions): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, JSON.stringify(positions) + '\n', 'utf8');
  await rename(temp, path);
}
