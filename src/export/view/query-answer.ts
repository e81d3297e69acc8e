/** A Cypher result as the API's QueryAnswer, and JSON parameters as Cypher values. Shared by the
 * server and the in-page console of the HTML export. */
import type { CypherValue, QueryResult } from '../../cypher/values.js';
import { collectHighlight, cypherToJson } from './json.js';
import type { QueryAnswer } from './types.js';

/** JSON parameters as Cypher values: whole numbers are INTEGERs, objects MAPs. */
export function jsonToCypher(value: unknown): CypherValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map((v) => jsonToCypher(v));
  if (typeof value === 'object') {
    return new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonToCypher(v)]));
  }
  throw new TypeError('Unsupported parameter value.');
}

/** Rows beyond `maxRows` are dropped and the answer says it was cut short. */
export function toQueryAnswer(result: QueryResult, maxRows: number): QueryAnswer {
  const truncated = result.rows.length > maxRows;
  const rows = truncated ? result.rows.slice(0, maxRows) : result.rows;
  const out: QueryAnswer = {
    columns: result.columns,
    rows: rows.map((row) => row.map((v) => cypherToJson(v))),
    highlight: collectHighlight(rows),
    truncated,
  };
  if (result.stats) {
    const stats: Record<string, number> = {};
    for (const [k, v] of Object.entries(result.stats)) if (typeof v === 'number') stats[k] = v;
    out.stats = stats;
  }
  if (result.plan) out.plan = result.plan;
  return out;
}
