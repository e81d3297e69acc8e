/**
 * Choosing a store: the memory store over a graph.json, or Neo4j when a URI is given. The CLI
 * and the server open stores only through here. The Neo4j driver loads only when asked for.
 */
import { MemoryStore } from './memory/index.js';
import type { GraphStore } from './types.js';

export { MemoryStore } from './memory/index.js';
export { StoreError } from './types.js';
export type { GraphStats, GraphStore, MergeStats, QueryOptions } from './types.js';

/**
 * Connect to Neo4j: `uri` true means NEO4J_URI (or the driver helper's default); user and
 * password come from NEO4J_USER / NEO4J_PASSWORD in `env`.
 */
export async function openNeo4jStore(uri: string | true, env: NodeJS.ProcessEnv): Promise<GraphStore> {
  const { Neo4jStore } = await import('./neo4j/index.js');
  return Neo4jStore.connect({ ...(uri === true ? {} : { uri }), env });
}

export async function openMemoryStore(path?: string): Promise<MemoryStore> {
  return MemoryStore.open(path);
}
