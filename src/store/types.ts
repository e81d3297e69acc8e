/**
 * The one interface every graph store implements: the embedded memory store (graphology,
 * persisted to graph/graph.json) and the Neo4j store (neo4j-driver). The CLI, the server and
 * the exporters use only this.
 */
import type { CypherValue, QueryResult } from '../cypher/values.js';
import type { GraphFragment } from '../graph/schema.js';

export interface QueryOptions {
  params?: Record<string, CypherValue>;
  /** Refuse updating clauses (CREATE, MERGE, SET, DELETE, REMOVE). Default true. */
  readOnly?: boolean;
  /** Abort the query after this many milliseconds (a runaway query fails, it does not hang). */
  timeoutMs?: number;
  /** Fail when the result would exceed this many rows. */
  maxRows?: number;
}

export interface MergeStats {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByLabel: Record<string, number>;
  edgesByType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /**
   * Merge a fragment idempotently: merging the same fragment twice changes nothing; entities
   * whose names/aliases match existing ones of the same type join them (src/graph/merge.ts).
   */
  merge(fragment: GraphFragment): Promise<MergeStats>;
  /** Run Cypher; parameters travel as parameters, never spliced into the text. */
  query(cypher: string, options?: QueryOptions): Promise<QueryResult>;
  /** Every node and edge, for export. */
  snapshot(): Promise<GraphFragment>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}

/** A store problem a user can act on (server down, wrong password, unreadable graph file). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    message: string,
    readonly code:
      'UNAVAILABLE' | 'AUTH' | 'BAD_GRAPH_FILE' | 'WRITE_REFUSED' | 'QUERY' | 'SAVE_FAILED' | 'LOCKED' | 'OTHER',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
