/**
 * Matching the engine's answers against TCK expectations.
 * INTEGER (bigint) and FLOAT (number) never match each other; nodes match on labels (as a set)
 * and properties, relationships on type and properties, paths hop by hop. Temporal values are
 * written as strings in the TCK and match on their string form.
 */
import type { CypherValue, NodeValue, QueryResult, RelationshipValue } from '../../../src/cypher/values.js';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../../src/cypher/values.js';
import { TckMap, isTckNode, isTckPath, isTckRelationship } from './notation.js';
import type { TckNode, TckRelationship, TckValue } from './notation.js';

export interface MatchOptions {
  /** "ignoring element order for lists": lists compare as multisets. */
  readonly unorderedLists: boolean;
}

/** Relative float tolerance: summation order may differ from the reference implementation. */
const FLOAT_TOLERANCE = 1e-14;

function floatsMatch(expected: number, actual: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (expected === actual) return true;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  return Math.abs(expected - actual) <= FLOAT_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
}

function isTemporalLike(v: unknown): v is { kind: string; toString(): string } {
  if (typeof v !== 'object' || v === null || v instanceof Map || Array.isArray(v)) return false;
  const kind = (v as { kind?: unknown }).kind;
  return (
    kind === 'date' ||
    kind === 'localtime' ||
    kind === 'time' ||
    kind === 'localdatetime' ||
    kind === 'datetime' ||
    kind === 'duration'
  );
}

export function valuesMatch(expected: TckValue, actual: CypherValue | undefined, opts: MatchOptions): boolean {
  if (actual === undefined) return false;
  if (expected === null) return actual === null;
  if (typeof expected === 'boolean') return actual === expected;
  if (typeof expected === 'bigint') return typeof actual === 'bigint' && actual === expected;
  if (typeof expected === 'number') return typeof actual === 'number' && floatsMatch(expected, actual);
  if (typeof expected === 'string') {
    if (typeof actual === 'string') return actual === expected;
    return isTemporalLike(actual) && actual.toString() === expected;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return opts.unorderedLists
      ? bagsMatch(expected, actual, (e, a) => valuesMatch(e, a, opts))
      : expected.every((e, i) => valuesMatch(e, actual[i], opts));
  }
  if (expected instanceof TckMap) {
    return actual instanceof Map && propertiesMatch(expected.entries, actual, opts);
  }
  if (isTckNode(expected)) return isNodeValue(actual) && nodeMatches(expected, actual, opts);
  if (isTckRelationship(expected)) return isRelationshipValue(actual) && relationshipMatches(expected, actual, opts);
  if (isTckPath(expected)) {
    if (!isPathValue(actual)) return false;
    if (actual.relationships.length !== expected.hops.length || actual.nodes.length !== expected.hops.length + 1)
      return false;
    if (!nodeMatches(expected.start, actual.nodes[0]!, opts)) return false;
    return expected.hops.every((hop, i) => {
      const rel = actual.relationships[i]!;
      const from = actual.nodes[i]!;
      const to = actual.nodes[i + 1]!;
      const directionOk =
        hop.direction === 'out'
          ? rel.startId === from.id && rel.endId === to.id
          : rel.startId === to.id && rel.endId === from.id;
      return directionOk && relationshipMatches(hop.relationship, rel, opts) && nodeMatches(hop.node, to, opts);
    });
  }
  return false;
}

function propertiesMatch(
  expected: ReadonlyMap<string, TckValue>,
  actual: ReadonlyMap<string, CypherValue>,
  opts: MatchOptions,
): boolean {
  if (expected.size !== actual.size) return false;
  for (const [key, value] of expected) {
    if (!actual.has(key) || !valuesMatch(value, actual.get(key), opts)) return false;
  }
  return true;
}

function nodeMatches(expected: TckNode, actual: NodeValue, opts: MatchOptions): boolean {
  const labels = new Set(actual.labels);
  if (labels.size !== new Set(expected.labels).size || !expected.labels.every((l) => labels.has(l))) return false;
  return propertiesMatch(expected.properties, actual.properties, opts);
}

function relationshipMatches(expected: TckRelationship, actual: RelationshipValue, opts: MatchOptions): boolean {
  return actual.type === expected.type && propertiesMatch(expected.properties, actual.properties, opts);
}

/** Multiset equality under `matches`, by augmenting-path bipartite matching (greedy can be fooled). */
export function bagsMatch<E, A>(
  expected: readonly E[],
  actual: readonly A[],
  matches: (e: E, a: A) => boolean,
): boolean {
  if (expected.length !== actual.length) return false;
  const candidates = expected.map((e) => actual.flatMap((a, j) => (matches(e, a) ? [j] : [])));
  const ownerOf = new Array<number>(actual.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (ownerOf[j] === -1 || assign(ownerOf[j]!, seen)) {
        ownerOf[j] = i;
        return true;
      }
    }
    return false;
  };
  return expected.every((_, i) => assign(i, new Array<boolean>(actual.length).fill(false)));
}

export interface ExpectedTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TckValue[])[];
}

export interface TableExpectation {
  readonly ordered: boolean;
  readonly unorderedLists: boolean;
}

/** Returns null when the result matches, otherwise a short reason. */
export function compareResult(expected: ExpectedTable, actual: QueryResult, how: TableExpectation): string | null {
  const columnsOk =
    expected.columns.length === actual.columns.length && expected.columns.every((c, i) => c === actual.columns[i]);
  if (!columnsOk) return `columns ${JSON.stringify(actual.columns)}, expected ${JSON.stringify(expected.columns)}`;
  if (expected.rows.length !== actual.rows.length) {
    return `${actual.rows.length} rows, expected ${expected.rows.length}${sampleRows(actual)}`;
  }
  const opts: MatchOptions = { unorderedLists: how.unorderedLists };
  const rowMatches = (e: readonly TckValue[], a: readonly CypherValue[]): boolean =>
    e.length === a.length && e.every((v, i) => valuesMatch(v, a[i], opts));
  if (how.ordered) {
    const bad = expected.rows.findIndex((e, i) => !rowMatches(e, actual.rows[i]!));
    return bad < 0 ? null : `row ${bad + 1} is ${formatRow(actual.rows[bad]!)}`;
  }
  return bagsMatch(expected.rows, actual.rows, rowMatches) ? null : `rows differ${sampleRows(actual)}`;
}

function sampleRows(actual: QueryResult): string {
  if (actual.rows.length === 0) return '';
  const shown = actual.rows.slice(0, 3).map(formatRow).join(', ');
  return `: got ${shown}${actual.rows.length > 3 ? ', …' : ''}`;
}

export function formatRow(row: readonly CypherValue[]): string {
  return `| ${row.map(formatValue).join(' | ')} |`;
}

/** Renders an engine value in TCK notation, for failure reasons. */
export function formatValue(v: CypherValue): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (v instanceof Map) return formatProps(v) || '{}';
  if (isNodeValue(v)) return `(${v.labels.map((l) => ':' + l).join('')}${spaced(formatProps(v.properties))})`;
  if (isRelationshipValue(v)) return `[:${v.type}${spaced(formatProps(v.properties))}]`;
  if (isPathValue(v)) {
    let out = '<' + formatValue(v.nodes[0]!);
    v.relationships.forEach((r, i) => {
      const to = v.nodes[i + 1]!;
      out += r.startId === v.nodes[i]!.id ? `-${formatValue(r)}->` : `<-${formatValue(r)}-`;
      out += formatValue(to);
    });
    return out + '>';
  }
  return `${v.kind}('${v.toString()}')`;
}

function spaced(s: string): string {
  return s ? ' ' + s : '';
}

function formatProps(props: ReadonlyMap<string, CypherValue>): string {
  if (props.size === 0) return '';
  return `{${[...props].map(([k, val]) => `${k}: ${formatValue(val)}`).join(', ')}}`;
}
