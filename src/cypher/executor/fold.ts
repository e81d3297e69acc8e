/**
 * Aggregation straight off the store. A MATCH whose rows go only into an aggregating WITH/RETURN
 * is folded without building a row per match when its pattern allows it:
 *
 * - count store: `MATCH (n:L) RETURN count(*)` is the label's count, `MATCH ()-[r:T]->() RETURN
 *   count(r)` the type's count (both kept current by the indexes from graphology's events);
 * - degrees: `MATCH (n:L)-[r:T]->() RETURN n.x, count(r)` counts each node's relationships from
 *   graphology's degree functions (untyped) or one pass over the type index (typed);
 * - relationship scan: `MATCH (a)-[r:T]->(b) RETURN type(r), avg(r.p)` visits the type index's
 *   key → attributes maps once, reading properties in place.
 *
 * Each answers exactly what the matcher would: a self-loop is one match of an undirected
 * relationship, an undirected non-loop two. Anything else returns null and runs through the
 * matcher (the MatchSource is also an ordinary row stream).
 */
import type { ClauseOf, Expr, NodePattern, PatternPart } from '../ast.js';
import { NodeRef, RelRef } from '../entities.js';
import {
  forEachNodeWithDegrees,
  nodeWithDegrees,
  type NodeAttributes,
  type NodeWithDegrees,
  type PropertyGraph,
} from '../../graph/property-graph.js';
import { equivalenceKey } from '../equality.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { CountStar } from '../functions/index.js';
import { addCounted, addFloats, type Accumulator } from '../functions/aggregates.js';
import { indexesOf, type GraphIndexes } from '../indexes.js';
import { freeVariables, patternVariables } from '../semantic/variables.js';
import type { CypherValue } from '../values.js';
import type { ExecContext } from './context.js';
import { matchPatterns } from './match.js';
import { profiled, type PlanOperator } from './profile.js';

/** The rows of a non-optional MATCH, which an aggregation may fold without iterating. */
export class MatchSource implements Iterable<Row> {
  constructor(
    readonly clause: ClauseOf<'Match'>,
    readonly input: Iterable<Row>,
    readonly ctx: ExecContext,
    /** The consumer folds each row before asking for the next (see matchPatterns). */
    readonly live: boolean,
    readonly operator?: PlanOperator,
  ) {}

  [Symbol.iterator](): Iterator<Row> {
    const rows = this.rows();
    return (this.operator ? profiled(rows, this.operator) : rows)[Symbol.iterator]();
  }

  private *rows(): Generator<Row> {
    const { clause, ctx, live } = this;
    for (const row of this.input) yield* matchPatterns(clause.patterns, row, clause.where, ctx, ctx.profile, live);
  }
}

export interface Group {
  keys: CypherValue[];
  accs: Accumulator[];
  /** A row of the group (the first), for expressions around the aggregates … */
  row?: Row;
  /** … or the node it is built from when asked for (GroupTable.rowOf). */
  anchor?: string;
}

/**
 * The groups of an aggregation, read by index in first-seen order, so ORDER BY … LIMIT can rank
 * them and build rows (and, for compact groups, Group objects) only for the ones it keeps.
 */
export interface Groups {
  readonly size: number;
  /** Grouping key `k` of group `i`. */
  keyOf(i: number, k: number): CypherValue;
  /** A value that orders as aggregate `a` of group `i` does (a count may be a plain number). */
  rankOf(i: number, a: number): CypherValue;
  group(i: number): Group;
  rowOf(group: Group): Row;
}

/** Groups by their key values in first-seen order; a single string key skips building a key string. */
export class GroupTable implements Groups {
  readonly list: Group[] = [];
  private readonly byString = new Map<string, Group>();
  private readonly byKey = new Map<string, Group>();

  constructor(private readonly ctx: ExecContext) {}

  get size(): number {
    return this.list.length;
  }

  keyOf(i: number, k: number): CypherValue {
    return this.list[i]!.keys[k]!;
  }

  rankOf(i: number, a: number): CypherValue {
    return this.list[i]!.accs[a]!.result();
  }

  group(i: number): Group {
    return this.list[i]!;
  }

  rowOf(group: Group): Row {
    return group.row!;
  }

  get(keys: CypherValue[]): Group | undefined {
    if (keys.length === 1 && typeof keys[0] === 'string') return this.byString.get(keys[0]);
    return this.byKey.get(groupKey(keys));
  }

  add(group: Group): void {
    const keys = group.keys;
    if (keys.length === 1 && typeof keys[0] === 'string') this.byString.set(keys[0], group);
    else this.byKey.set(groupKey(keys), group);
    this.list.push(group);
    this.ctx.checkRows(this.list.length);
  }
}

/**
 * Groups whose aggregates all count matches (a degree fold): per group its keys, a count and the
 * node it was first seen at, in flat arrays. A Group (and its row, built from that node) exists
 * only when asked for, so ranking 100,000 nodes' degrees for a top 10 builds 10.
 */
export class CountGroups implements Groups {
  private readonly byString = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private n = 0;
  /** Group i's keys at [i * width, (i + 1) * width). */
  private readonly keys: CypherValue[];
  private readonly counts: Float64Array;
  private readonly anchors: string[];

  constructor(
    private readonly ctx: ExecContext,
    private readonly width: number,
    private readonly calls: number,
    /** At most this many groups (the nodes visited): sized once, nothing grows while folding. */
    capacity: number,
    /** Builds a group's row from its anchor node. */
    private readonly rowAt: (anchor: string) => Row,
    /** A key known to differ between the nodes visited unless null (-1: none): its groups need no lookup. */
    private readonly uniqueKey = -1,
  ) {
    this.keys = new Array<CypherValue>(capacity * width);
    this.counts = new Float64Array(capacity);
    this.anchors = new Array<string>(capacity);
  }

  get size(): number {
    return this.n;
  }

  /** Count `n` matches of node `anchor` into the group of `keys` (read before the call returns). */
  add(anchor: string, keys: CypherValue[], n: number): void {
    if (this.uniqueKey >= 0 && keys[this.uniqueKey] !== null) {
      this.slot(anchor, keys, n);
      return;
    }
    const single = this.width === 1 && typeof keys[0] === 'string';
    const id = single ? (keys[0] as string) : groupKey(keys);
    const index = single ? this.byString : this.byKey;
    const i = index.get(id);
    if (i === undefined) index.set(id, this.slot(anchor, keys, n));
    else this.counts[i]! += n;
  }

  /** A new group; returns its index. */
  private slot(anchor: string, keys: CypherValue[], n: number): number {
    const i = this.n++;
    for (let k = 0; k < this.width; k++) this.keys[i * this.width + k] = keys[k]!;
    this.anchors[i] = anchor;
    this.counts[i] = n;
    this.ctx.checkRows(this.n);
    return i;
  }

  keyOf(i: number, k: number): CypherValue {
    return this.keys[i * this.width + k]!;
  }

  rankOf(i: number): CypherValue {
    return this.counts[i]!;
  }

  group(i: number): Group {
    const accs: Accumulator[] = [];
    for (let a = 0; a < this.calls; a++) {
      const count = new CountStar();
      count.addMany(this.counts[i]!);
      accs.push(count);
    }
    const keys = this.keys.slice(i * this.width, (i + 1) * this.width);
    return { keys, accs, anchor: this.anchors[i]! };
  }

  rowOf(group: Group): Row {
    return (group.row ??= this.rowAt(group.anchor!));
  }
}

function groupKey(keys: CypherValue[]): string {
  return keys.length === 1 ? equivalenceKey(keys[0]!) : keys.map(equivalenceKey).join('\u0003');
}

export interface FoldRequest {
  /** Grouping expressions (null: a `*` column, the variable of that name). */
  keys: { name: string; expr: Expr | null }[];
  /** The aggregate calls (CountStar or Call). */
  calls: Expr[];
  newAccs: () => Accumulator[];
}

export interface Folded {
  groups: Groups;
  /** What was done instead of matching, for EXPLAIN/PROFILE. */
  description: string;
  /** Relationships or nodes visited. */
  visited: number;
}

type Call = Extract<Expr, { type: 'Call' }>;

/** Fold the source's matches into groups, or null when the pattern needs the matcher. */
export function foldAggregation(source: MatchSource, request: FoldRequest): Folded | null {
  const shape = foldShape(source);
  if (!shape) return null;
  const { part, base } = shape;
  if (request.keys.some((k) => k.expr === null)) return null;
  if (part.rels.length === 0) return countNodes(source, part, base, request);
  // The variables the grouping keys read.
  const keyVars = new Set<string>();
  for (const k of request.keys) freeVariables(k.expr!, keyVars);
  return (
    countRelationships(source, part, base, request) ??
    foldDegrees(source, part, base, request, keyVars) ??
    foldRelationships(source, part, base, request)
  );
}

/** One pattern part of at most one fixed-length relationship, no WHERE, no map properties, fresh distinct variables. */
function foldShape(source: MatchSource): { part: PatternPart; base: Row } | null {
  const { clause, input } = source;
  if (!Array.isArray(input) || input.length !== 1 || clause.patterns.length !== 1 || clause.where) return null;
  const part = clause.patterns[0]!;
  if (part.variable || part.shortest || part.rels.length > 1) return null;
  const rel = part.rels[0];
  if (rel && (rel.range || rel.properties)) return null;
  if (part.nodes.some((n) => n.properties)) return null;
  const base = input[0] as Row;
  const names = patternVariables([part]);
  const declared = [...part.nodes.map((n) => n.variable), rel?.variable].filter((v) => v);
  if (new Set(names).size !== declared.length || names.some((v) => base.has(v))) return null;
  return { part, base };
}

const isCountOf = (c: Expr, variables: (string | null)[]): boolean =>
  c.type === 'CountStar' ||
  (c.type === 'Call' &&
    c.name.toLowerCase() === 'count' &&
    !c.distinct &&
    c.args.length === 1 &&
    c.args[0]!.type === 'Variable' &&
    variables.includes(c.args[0]!.name));

/** Every aggregate counts matches: count(*), or count(v) of a pattern variable (never null here). */
function countsOnly(request: FoldRequest, variables: (string | null)[]): boolean {
  return request.calls.every((c) => isCountOf(c, variables));
}

function singleGroup(source: MatchSource, base: Row, request: FoldRequest, count: number): GroupTable {
  const groups = new GroupTable(source.ctx);
  const accs = request.calls.map(() => new CountStar());
  for (const acc of accs) acc.addMany(count);
  if (count > 0) groups.add({ row: new Map(base), keys: [], accs });
  return groups;
}

/** `MATCH (n[:L]) RETURN count(*)`: the label count (or the node count). */
function countNodes(source: MatchSource, part: PatternPart, base: Row, request: FoldRequest): Folded | null {
  const node = part.nodes[0]!;
  if (request.keys.length || node.anyLabels || node.labels.length > 1 || !countsOnly(request, [node.variable]))
    return null;
  const g = source.ctx.qg.graph;
  const count = node.labels.length ? indexesOf(g).labelCount(node.labels[0]!) : g.order;
  const description = node.labels.length ? `count store :${node.labels[0]}` : 'count store (all nodes)';
  return { groups: singleGroup(source, base, request, count), description, visited: 0 };
}

/** `MATCH ()-[r:T]->() RETURN count(r)`: the type counts (or the relationship count). */
function countRelationships(source: MatchSource, part: PatternPart, base: Row, request: FoldRequest): Folded | null {
  const rel = part.rels[0]!;
  if (request.keys.length || rel.direction === 'both') return null;
  if (part.nodes.some((n) => n.labels.length || n.anyLabels)) return null;
  if (!countsOnly(request, [rel.variable, part.nodes[0]!.variable, part.nodes[1]!.variable])) return null;
  const g = source.ctx.qg.graph;
  const indexes = indexesOf(g);
  const count = rel.types.length ? [...new Set(rel.types)].reduce((n, t) => n + indexes.typeCount(t), 0) : g.size;
  const description = rel.types.length
    ? `count store :${[...new Set(rel.types)].join('|')}`
    : 'count store (all relationships)';
  return { groups: singleGroup(source, base, request, count), description, visited: 0 };
}

/** Does the node carry every label of the pattern (and one of `anyLabels`)? */
function labelTest(p: NodePattern, source: MatchSource): ((key: string) => boolean) | null {
  if (!p.labels.length && !p.anyLabels) return null;
  const g = source.ctx.qg.graph;
  return (key) => {
    const labels = g.getNodeAttribute(key, 'labels');
    for (const l of p.labels) if (!labels.includes(l)) return false;
    return !p.anyLabels || p.anyLabels.some((l) => labels.includes(l));
  };
}

/**
 * `MATCH (n)-[r:T]->() RETURN <keys over n>, count(r)`: per node, its number of matching
 * relationships. The far end must be free (no labels, variable unused), the aggregates counts.
 */
function foldDegrees(
  source: MatchSource,
  part: PatternPart,
  base: Row,
  request: FoldRequest,
  keyVars: ReadonlySet<string>,
): Folded | null {
  const rel = part.rels[0]!;
  const [left, right] = part.nodes as [NodePattern, NodePattern];
  // The far end must be free: no labels, its variable not read by the keys.
  const free = (p: NodePattern): boolean =>
    !p.labels.length && !p.anyLabels && !(p.variable && keyVars.has(p.variable));
  let anchorLeft: boolean;
  if (free(right) && left.variable) anchorLeft = true;
  else if (free(left) && right.variable) anchorLeft = false;
  else return null;
  const anchor = anchorLeft ? left : right;
  const other = anchorLeft ? right : left;
  if (request.keys.length === 0 && free(anchor)) return null; // a plain count: the relationship scan does it
  if (rel.variable && keyVars.has(rel.variable)) return null;
  if (!countsOnly(request, [anchor.variable, rel.variable, other.variable])) return null;
  // Direction seen from the anchor.
  const dir = rel.direction === 'both' ? 'both' : (rel.direction === 'out') === anchorLeft ? 'out' : 'in';
  const ctx = source.ctx;
  const g = ctx.qg.graph;
  const indexes = indexesOf(g);
  let degree: (node: NodeWithDegrees) => number;
  let description: string;
  if (rel.types.length === 0) {
    description = `degrees (${dir}) from graphology`;
    degree =
      dir === 'out'
        ? (n) => n.outDegree
        : dir === 'in'
          ? (n) => n.inDegree
          : (n) => n.inDegree + n.outDegree - n.directedLoops;
  } else {
    description = `degrees (${dir}) of :${[...new Set(rel.types)].join('|')} from the type index`;
    const counts = new Map<string, number>();
    const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const map of indexes.relationshipsByType(rel.types)) {
      for (const key of map.keys()) {
        ctx.tick();
        const s = g.source(key);
        const t = g.target(key);
        if (dir !== 'in') bump(s);
        if (dir === 'in' || (dir === 'both' && s !== t)) bump(t);
      }
    }
    degree = (n) => counts.get(n.key) ?? 0;
  }
  const hasLabels = labelTest(anchor, source);
  const rowAt = (anchorKey: string): Row => new Map(base).set(anchor.variable!, ctx.qg.node(anchorKey));
  // A key that reads a property of the anchor reads it in place; others see a row of the match.
  const anchorProperty = (e: Expr): string | null =>
    e.type === 'Property' && e.object.type === 'Variable' && e.object.name === anchor.variable ? e.key : null;
  const keyFns = request.keys.map(({ expr }): ((k: string, attrs: NodeAttributes) => CypherValue) => {
    const property = anchorProperty(expr!);
    if (property !== null) return (_k, attrs) => attrs.properties[property] ?? null;
    return (k) => evaluate(expr!, rowAt(k), ctx);
  });
  // A property whose values are unique (an id, say) makes each node with one its own group.
  const uniqueKey = request.keys.findIndex(({ expr }) => {
    const property = anchorProperty(expr!);
    return property !== null && indexes.isUnique(property);
  });
  const smallest = anchor.labels.reduce<string | null>(
    (a, l) => (a === null || indexes.labelCount(l) < indexes.labelCount(a) ? l : a),
    null,
  );
  const capacity = smallest === null ? g.order : indexes.labelCount(smallest);
  const groups = new CountGroups(ctx, keyFns.length, request.calls.length, capacity, rowAt, uniqueKey);
  const keys = new Array<CypherValue>(keyFns.length);
  let visited = 0;
  const visit = (node: NodeWithDegrees): void => {
    ctx.tick();
    visited++;
    if (hasLabels && !hasLabels(node.key)) return;
    const d = degree(node);
    if (d === 0) return;
    for (let i = 0; i < keyFns.length; i++) keys[i] = keyFns[i]!(node.key, node.attributes);
    groups.add(node.key, keys, d);
  };
  if (smallest !== null) for (const key of [...indexes.nodesWithLabel(smallest)]) visit(nodeWithDegrees(g, key));
  else forEachNodeWithDegrees(g, visit);
  return { groups, description: `${description}, nodes ${smallest ? ':' + smallest : '(all)'}`, visited };
}

/**
 * How many relationships of the types (any when empty) a node has in a direction, counted as a
 * pattern `(n)-[:T]-()` matches them: graphology's degree functions when untyped (its degree()
 * counts a self-loop twice, out and in; an undirected pattern matches it once).
 */
export function degreeOf(g: PropertyGraph, key: string, dir: 'out' | 'in' | 'both', types: readonly string[]): number {
  if (types.length === 0) {
    if (dir === 'out') return g.outDegree(key);
    if (dir === 'in') return g.inDegree(key);
    return g.degree(key) - (g.outDegree(key) - g.outDegreeWithoutSelfLoops(key));
  }
  let n = 0;
  if (dir !== 'in') g.forEachOutEdge(key, (_e, a) => void (types.includes(a.type) && n++));
  if (dir !== 'out')
    g.forEachInEdge(key, (_e, a, s) => void (types.includes(a.type) && !(dir === 'both' && s === key) && n++));
  return n;
}

/**
 * `COUNT { (n)-[:T]->() }` (and EXISTS) for a bound node n: its degree, when the pattern is one
 * fixed-length relationship to a free end (no variables, labels, properties or WHERE). Null: ask
 * the matcher.
 */
export function countPattern(parts: PatternPart[], row: Row, where: Expr | null, ctx: ExecContext): number | null {
  if (parts.length !== 1 || where) return null;
  const part = parts[0]!;
  const rel = part.rels[0];
  if (part.variable || part.shortest || part.rels.length !== 1 || !rel || rel.range || rel.properties || rel.variable)
    return null;
  const plain = (p: NodePattern): boolean => !p.labels.length && !p.anyLabels && !p.properties;
  const [left, right] = part.nodes as [NodePattern, NodePattern];
  if (!plain(left) || !plain(right)) return null;
  const bound = (p: NodePattern): boolean => p.variable !== null && row.has(p.variable);
  const anchorLeft = bound(left) && !right.variable;
  if (!anchorLeft && !(bound(right) && !left.variable)) return null;
  const node = row.get((anchorLeft ? left : right).variable!);
  if (node === null) return 0;
  if (!(node instanceof NodeRef)) return null; // the matcher reports the type error
  const g = ctx.qg.graph;
  if (!g.hasNode(node.id)) return 0;
  const dir = rel.direction === 'both' ? 'both' : (rel.direction === 'out') === anchorLeft ? 'out' : 'in';
  return degreeOf(g, node.id, dir, rel.types);
}

/** One relationship as a match: its key, attributes and the nodes placed left and right. */
interface Hop {
  key: string;
  attrs: { type: string; properties: Record<string, CypherValue> };
  source: string;
  target: string;
  left: string;
  right: string;
}

/**
 * `MATCH (a)-[r:T]->(b) RETURN <keys>, <aggregates>`: one pass over the type index. Property and
 * type reads of r, a and b are compiled to direct reads; other expressions see a row of the match.
 */
function foldRelationships(source: MatchSource, part: PatternPart, base: Row, request: FoldRequest): Folded {
  const ctx = source.ctx;
  const g = ctx.qg.graph;
  const rel = part.rels[0]!;
  const [leftP, rightP] = part.nodes as [NodePattern, NodePattern];
  const leftOk = labelTest(leftP, source);
  const rightOk = labelTest(rightP, source);
  let needsRow = false;
  let needsEnds = rel.direction !== 'out' || !!leftOk || !!rightOk;
  const row: Row = new Map(base);
  const fill = (h: Hop): void => {
    if (leftP.variable) row.set(leftP.variable, ctx.qg.node(h.left));
    if (rightP.variable) row.set(rightP.variable, ctx.qg.node(h.right));
    if (rel.variable) row.set(rel.variable, new RelRef(h.key, h.attrs.type, h.source, h.target, ctx.qg, h.attrs));
  };
  // Keys that cannot change within one type's relationships (type(r), constants) are read once per type.
  const typeOfRel = (e: Expr): boolean =>
    e.type === 'Call' &&
    e.name.toLowerCase() === 'type' &&
    e.args.length === 1 &&
    e.args[0]!.type === 'Variable' &&
    e.args[0]!.name === rel.variable;
  const perType = request.keys.every(
    (k) => k.expr!.type === 'Literal' || k.expr!.type === 'Parameter' || typeOfRel(k.expr!),
  );
  const compile = (e: Expr): ((h: Hop) => CypherValue) => {
    if (e.type === 'Literal') return () => e.value;
    if (e.type === 'Property' && e.object.type === 'Variable') {
      const v = e.object.name;
      const key = e.key;
      if (v === rel.variable) return (h) => h.attrs.properties[key] ?? null;
      if (v === leftP.variable || v === rightP.variable) {
        needsEnds = true;
        const left = v === leftP.variable;
        return (h) => g.getNodeAttributes(left ? h.left : h.right).properties[key] ?? null;
      }
    }
    if (typeOfRel(e)) return (h) => h.attrs.type;
    needsRow = needsEnds = true;
    return () => evaluate(e, row, ctx);
  };
  const keyFns = request.keys.map((k) => compile(k.expr!));
  // count(v) of a pattern variable counts every match (v is never null there): no need to build v.
  const variables = [rel.variable, leftP.variable, rightP.variable];
  const matched = (): CypherValue => true;
  const argFns = request.calls.map((c) =>
    c.type !== 'Call' ? [] : isCountOf(c, variables) ? [matched] : (c as Call).args.map(compile),
  );
  const scratch = argFns.map((fns) => new Array<CypherValue>(fns.length));
  const groups = new GroupTable(ctx);
  // The group of the type being scanned, when the keys are the same for all its relationships.
  let current: Group | null = null;
  const keys: CypherValue[] = new Array(keyFns.length);
  let visited = 0;
  const groupOf = (h: Hop): Group => {
    if (needsRow) fill(h);
    let group = perType ? current : null;
    if (!group) {
      for (let i = 0; i < keyFns.length; i++) keys[i] = keyFns[i]!(h);
      group = groups.get(keys) ?? null;
    }
    if (!group) {
      if (!needsRow) fill(h);
      group = { row: new Map(row), keys: [...keys], accs: request.newAccs() };
      groups.add(group);
    }
    return (current = group);
  };
  const fold = (h: Hop): void => {
    const group = groupOf(h);
    for (let i = 0; i < argFns.length; i++) {
      const fns = argFns[i]!;
      const args = scratch[i]!;
      for (let a = 0; a < fns.length; a++) args[a] = fns[a]!(h);
      group.accs[i]!.add(args);
    }
  };
  const hop: Hop = { key: '', attrs: { type: '', properties: {} }, source: '', target: '', left: '', right: '' };
  const indexes = indexesOf(g);
  const feeders = needsEnds || needsRow || !perType ? null : columnFeeders(request.calls, variables);
  let columns = 0;
  for (const map of indexes.relationshipsByType(rel.types)) {
    current = null;
    // Every aggregate reads a float property of r or counts: fold the type's columns at once.
    const first = feeders && map.size ? map.entries().next().value! : null;
    const feeds = first && feeders!.map((f) => f(indexes, first[1].type, map.size));
    if (first && feeds!.every((f) => f !== null)) {
      hop.key = first[0];
      hop.attrs = first[1];
      const group = groupOf(hop);
      feeds!.forEach((feed, i) => feed!(group.accs[i]!));
      ctx.tick(map.size);
      visited += map.size;
      columns++;
      continue;
    }
    map.forEach((attrs, key) => {
      ctx.tick();
      visited++;
      hop.key = key;
      hop.attrs = attrs;
      if (!needsEnds) {
        fold(hop);
        return;
      }
      const s = g.source(key);
      const t = g.target(key);
      hop.source = s;
      hop.target = t;
      // 'in' walks target → source; an undirected non-loop matches in both orientations.
      const orientations = rel.direction === 'both' && s !== t ? 2 : 1;
      for (let o = 0; o < orientations; o++) {
        const flipped = rel.direction === 'in' || o === 1;
        hop.left = flipped ? t : s;
        hop.right = flipped ? s : t;
        if (leftOk && !leftOk(hop.left)) continue;
        if (rightOk && !rightOk(hop.right)) continue;
        fold(hop);
      }
    });
  }
  const types = rel.types.length ? `:${[...new Set(rel.types)].join('|')}` : '(all types)';
  const how = columns ? `, ${columns} type${columns > 1 ? 's' : ''} whole (counts, property columns)` : '';
  return { groups, description: `relationship scan ${types} folded into the aggregation${how}`, visited };
}

/** Feeds one type's relationships into an accumulator at once; null when that type has no column for it. */
type Feeder = (indexes: GraphIndexes, type: string, size: number) => ((acc: Accumulator) => void) | null;

/**
 * How each aggregate takes a whole type at once: count(*) and count(v) add the type's size, an
 * aggregate of `r.p` reads the float column of p. Null when some aggregate needs each relationship.
 */
function columnFeeders(calls: Expr[], variables: (string | null)[]): Feeder[] | null {
  const relVariable = variables[0];
  const feeders: Feeder[] = [];
  for (const c of calls) {
    if (c.type === 'CountStar' || isCountOf(c, variables)) {
      feeders.push((_indexes, _type, size) => (acc) => addCounted(acc, size));
      continue;
    }
    if (c.type !== 'Call' || c.args.length !== 1) return null;
    const arg = c.args[0]!;
    if (arg.type !== 'Property' || arg.object.type !== 'Variable' || arg.object.name !== relVariable) return null;
    const property = arg.key;
    feeders.push((indexes, type) => {
      const column = indexes.floatColumn(type, property);
      return column && ((acc) => addFloats(acc, column));
    });
  }
  return feeders;
}
