/**
 * CSV files in the layout `neo4j-admin database import full` reads, for loading a large graph into
 * a Neo4j server without Bolt round trips:
 *
 *   nodes.csv          id:ID,:LABEL,<property>:<type>,…      (labels joined by the array delimiter)
 *   relationships.csv  :START_ID,:END_ID,:TYPE,id,<property>:<type>,…
 *   import.sh          the neo4j-admin command with the right flags
 *
 * Every field is quoted (quotes doubled), so article text with newlines and commas survives with
 * --multiline-fields=true. Column types come from the values (string, long, double, boolean and
 * their arrays; a property with mixed types is written as string). Arrays are joined by ';'
 * unless some element contains one; then the first of '|', U+001F that none contains.
 */
import type { GraphFragment, PropertyValue } from '../graph/schema.js';

export interface CsvFile {
  name: string;
  content: string;
}

type Scalar = 'string' | 'long' | 'double' | 'boolean';
type Column = { key: string; type: Scalar; array: boolean };

const DELIMITERS = [';', '|', '\u001f'];

function scalarType(value: PropertyValue): Scalar {
  if (typeof value === 'bigint') return 'long';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** The columns for a set of property maps, in key order; `skip` keys are written elsewhere. */
function columnsOf(items: readonly Readonly<Record<string, PropertyValue>>[], skip: ReadonlySet<string>): Column[] {
  const seen = new Map<string, { types: Set<Scalar>; array: boolean }>();
  for (const properties of items)
    for (const [key, value] of Object.entries(properties)) {
      if (skip.has(key)) continue;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { types: new Set(), array: false }));
      if (Array.isArray(value)) {
        entry.array = true;
        for (const v of value) entry.types.add(scalarType(v));
      } else {
        entry.types.add(scalarType(value));
      }
    }
  return [...seen]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { types, array }]) => {
      // One type per column: mixed numbers are doubles, anything else mixed is text.
      const list = [...types];
      const type: Scalar =
        list.length === 1
          ? (list[0] as Scalar)
          : list.every((t) => t === 'long' || t === 'double')
            ? 'double'
            : 'string';
      return { key, type, array };
    });
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function scalarText(value: PropertyValue, type: Scalar): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (type === 'double' && typeof value === 'bigint') return value.toString();
  return String(value);
}

function cell(value: PropertyValue | undefined, column: Column, delimiter: string): string {
  if (value === undefined) return '';
  if (column.array) {
    const list = Array.isArray(value) ? value : [value];
    return quote(list.map((v) => scalarText(v, column.type)).join(delimiter));
  }
  if (Array.isArray(value)) return quote(JSON.stringify(value.map((v) => String(v))));
  return quote(scalarText(value, column.type));
}

function header(column: Column): string {
  return quote(`${column.key}:${column.type}${column.array ? '[]' : ''}`);
}

/** The array delimiter: the first candidate that no array element or label contains. */
export function arrayDelimiter(fragment: GraphFragment): string {
  const texts: string[] = [];
  for (const item of [...fragment.nodes, ...fragment.edges])
    for (const value of Object.values(item.properties))
      if (Array.isArray(value)) for (const v of value) texts.push(String(v));
  for (const node of fragment.nodes) texts.push(...node.labels);
  return DELIMITERS.find((d) => texts.every((t) => !t.includes(d))) ?? '\u001f';
}

export function toNeo4jCsv(fragment: GraphFragment): CsvFile[] {
  const delimiter = arrayDelimiter(fragment);
  const nodeColumns = columnsOf(
    fragment.nodes.map((n) => n.properties),
    new Set(['id']),
  );
  const nodeIds = new Set(fragment.nodes.map((n) => n.id));
  const nodeLines = [[quote('id:ID'), quote(':LABEL'), ...nodeColumns.map(header)].join(',')];
  for (const node of fragment.nodes)
    nodeLines.push(
      [
        quote(node.id),
        quote(node.labels.join(delimiter)),
        ...nodeColumns.map((c) => cell(node.properties[c.key], c, delimiter)),
      ].join(','),
    );
  const edges = fragment.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const edgeColumns = columnsOf(
    edges.map((e) => e.properties),
    new Set(['id']),
  );
  const edgeLines = [
    [quote(':START_ID'), quote(':END_ID'), quote(':TYPE'), quote('id'), ...edgeColumns.map(header)].join(','),
  ];
  for (const edge of edges)
    edgeLines.push(
      [
        quote(edge.source),
        quote(edge.target),
        quote(edge.type),
        quote(edge.id),
        ...edgeColumns.map((c) => cell(edge.properties[c.key], c, delimiter)),
      ].join(','),
    );
  const delimiterFlag = delimiter === '\u001f' ? 'U+001F' : delimiter;
  const script = [
    '#!/bin/sh',
    '# Load these files into an empty (stopped) Neo4j database; DATABASE defaults to neo4j.',
    'set -e',
    'cd "$(dirname "$0")"',
    `neo4j-admin database import full "\${DATABASE:-neo4j}" --overwrite-destination=true \\`,
    `  --nodes=nodes.csv --relationships=relationships.csv \\`,
    `  --multiline-fields=true --array-delimiter='${delimiterFlag}' --id-type=string`,
    '',
  ].join('\n');
  return [
    { name: 'nodes.csv', content: nodeLines.join('\n') + '\n' },
    { name: 'relationships.csv', content: edgeLines.join('\n') + '\n' },
    { name: 'import.sh', content: script },
  ];
}
