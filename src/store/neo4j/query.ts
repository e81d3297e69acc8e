/**
 * Running a user's query on Neo4j: the read-only pre-check with our own parser, and streaming the
 * result into the value model with the row limit applied as rows arrive.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherValue, QueryResult, UpdateCounter } from '../../cypher/values.js';
import { StoreError } from '../types.js';
import type { DriverValue } from './values.js';
import { fromDriverValue } from './values.js';

/** Neo4j's counters by our names; Neo4j counts a removed property under propertiesSet. */
const COUNTERS: Partial<Record<UpdateCounter, string>> = {
  nodesCreated: 'nodesCreated',
  nodesDeleted: 'nodesDeleted',
  relationshipsCreated: 'relationshipsCreated',
  relationshipsDeleted: 'relationshipsDeleted',
  propertiesSet: 'propertiesSet',
  labelsAdded: 'labelsAdded',
  labelsRemoved: 'labelsRemoved',
};

/** Streams the result, failing as soon as it passes `maxRows` (the rest is never fetched). */
export async function collectResult(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, DriverValue>,
  maxRows: number | undefined,
  readOnly: boolean,
): Promise<QueryResult> {
  const result = tx.run(cypher, params);
  const columns = await result.keys();
  const rows: CypherValue[][] = [];
  for await (const record of result) {
    if (maxRows !== undefined && rows.length >= maxRows) {
      throw new StoreError(`the query returned more than ${maxRows} rows; add a LIMIT or raise the row limit`, 'QUERY');
    }
    rows.push(columns.map((c) => fromDriverValue(record.get(c))));
  }
  const out: QueryResult = { columns: [...columns], rows };
  if (!readOnly) {
    const updates = (await result.summary()).counters.updates() as Record<string, number>;
    const stats: Partial<Record<UpdateCounter, number>> = {};
    for (const [ours, theirs] of Object.entries(COUNTERS) as [UpdateCounter, string][])
      stats[ours] = updates[theirs] ?? 0;
    out.stats = stats;
  }
  return out;
}

let cypherModule: Promise<{ isUpdatingQuery(cypher: string): boolean } | undefined> | undefined;

/** Our own parser's verdict, loaded lazily so a Neo4j-only process does not pay for the engine. */
export async function updatesGraph(cypher: string): Promise<boolean> {
  cypherModule ??= import('../../cypher/index.js').catch(() => undefined);
  const cypherIndex = await cypherModule;
  try {
    return cypherIndex?.isUpdatingQuery(cypher) ?? false;
  } catch {
    // Our parser cannot read it (Neo4j-only syntax or an error): the READ session still refuses writes.
    return false;
  }
}
