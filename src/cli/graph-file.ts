/**
 * Opening the graph a read command works on: the memory store over an existing graph.json
 * (a missing file is an error here, unlike in build), or Neo4j.
 */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openNeo4jStore } from '../store/index.js';
import { MemoryStore, resolveGraphPath } from '../store/memory/index.js';
import type { GraphStore } from '../store/types.js';
import { CliError } from './args.js';
import type { CliContext } from './command.js';

export const DEFAULT_GRAPH_PATH = 'graph/graph.json';

export async function openGraph(
  graphFlag: string | undefined,
  neo4j: string | true | undefined,
  ctx: CliContext,
): Promise<GraphStore> {
  if (neo4j !== undefined) return openNeo4jStore(neo4j, ctx.env);
  return MemoryStore.open(await existingGraphFile(graphFlag, ctx));
}

/** The graph.json a read command works on; a missing file is a CliError saying how to make one. */
export async function existingGraphFile(graphFlag: string | undefined, ctx: CliContext): Promise<string> {
  const path = await resolveGraphPath(resolve(ctx.cwd, graphFlag ?? DEFAULT_GRAPH_PATH));
  try {
    await access(path);
  } catch {
    throw new CliError(`no graph at ${path}; build one first with \`newsgraph build FILE|DIR... --out DIR\``);
  }
  return path;
}
