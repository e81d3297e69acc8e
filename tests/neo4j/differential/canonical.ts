/**
 * A canonical text for query results, so the memory engine's and Neo4j's answers can be compared
 * as multisets of rows (or as sequences under ORDER BY). What is deliberately not compared:
 * - node and relationship identities (graphology keys vs Neo4j element ids): nodes compare by
 *   labels and properties, relationships by type and properties;
 * - a relationship's `id` property on Neo4j (the key the Neo4j store merges on; the memory store
 *   keeps that id as the graphology edge key instead), when the relationship itself is returned;
 * - FLOAT digits past 12 significant figures (aggregation order changes the last bits).
 */
import type { CypherValue, QueryResult } from '../../../src/cypher/values.js';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../../src/cypher/values.js';

export function canonical(value: CypherValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}`;
    case 'number':
      return canonicalFloat(value);
    case 'string':
      return JSON.stringify(value);
    default:
      break;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(', ')}]`;
  if (value instanceof Map) return canonicalMap(value);
  if (isNodeValue(value))
    return `(${[...value.labels]
      .sort()
      .map((l) => ':' + l)
      .join('')} ${canonicalMap(value.properties)})`;
  if (isRelationshipValue(value)) {
    const props = new Map([...value.properties].filter(([k]) => k !== 'id'));
    return `[:${value.type} ${canonicalMap(props)}]`;
  }
  if (isPathValue(value)) {
    const parts: string[] = [canonical(value.nodes[0] ?? null)];
    value.relationships.forEach((r, i) => parts.push(canonical(r), canonical(value.nodes[i + 1] ?? null)));
    return `<${parts.join(' ')}>`;
  }
  return `${value.kind}(${value.toString()})`;
}

function canonicalFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const rounded = Number(n.toPrecision(12));
  const text = String(rounded);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function canonicalMap(map: ReadonlyMap<string, CypherValue>): string {
  const keys = [...map.keys()].sort();
  return `{${keys.map((k) => `${k}: ${canonical(map.get(k)!)}`).join(', ')}}`;
}

export function canonicalRows(result: QueryResult): string[] {
  return result.rows.map((row) => row.map(canonical).join(' | '));
}

/** Null when both answers agree, else a short description of the difference. */
export function compareResults(memory: QueryResult, neo4j: QueryResult, ordered: boolean): string | null {
  if (memory.columns.join('\u0000') !== neo4j.columns.join('\u0000')) {
    return `columns differ: memory [${memory.columns.join(', ')}] vs neo4j [${neo4j.columns.join(', ')}]`;
  }
  const a = canonicalRows(memory);
  const b = canonicalRows(neo4j);
  if (!ordered) {
    a.sort();
    b.sort();
  }
  if (a.length === b.length && a.every((row, i) => row === b[i])) return null;
  const onlyMemory = missingFrom(a, b);
  const onlyNeo4j = missingFrom(b, a);
  const sample = (rows: string[]) => rows.slice(0, 3).join(' ; ') + (rows.length > 3 ? ` ; … (${rows.length})` : '');
  if (onlyMemory.length === 0 && onlyNeo4j.length === 0) return `same rows in a different order (${a.length} rows)`;
  return `rows differ (${a.length} vs ${b.length}); only in memory: ${sample(onlyMemory)}; only in neo4j: ${sample(onlyNeo4j)}`;
}

function missingFrom(rows: readonly string[], other: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of other) counts.set(r, (counts.get(r) ?? 0) + 1);
  const out: string[] = [];
  for (const r of rows) {
    const n = counts.get(r) ?? 0;
    if (n > 0) counts.set(r, n - 1);
    else out.push(r);
  }
  return out;
}
