/**
 * Cypher's value model as the engine, the stores and the TCK runner exchange it.
 *
 *   null | BOOLEAN boolean | INTEGER bigint (64-bit) | FLOAT number | STRING string
 *   LIST CypherValue[] | MAP CypherMap (a JS Map, insertion-ordered)
 *   NODE NodeValue | RELATIONSHIP RelationshipValue | PATH PathValue | temporal TemporalValue
 *
 * INTEGER and FLOAT are different JS types so that 1 and 1.0 stay apart, as the TCK demands.
 */

export type CypherMap = Map<string, CypherValue>;

export interface NodeValue {
  readonly kind: 'node';
  /** The store's node key (for the memory store the graphology key, for Neo4j the elementId). */
  readonly id: string;
  readonly labels: readonly string[];
  readonly properties: ReadonlyMap<string, CypherValue>;
}

export interface RelationshipValue {
  readonly kind: 'relationship';
  readonly id: string;
  readonly type: string;
  readonly startId: string;
  readonly endId: string;
  readonly properties: ReadonlyMap<string, CypherValue>;
}

export interface PathValue {
  readonly kind: 'path';
  /** n+1 nodes and n relationships, in path order. */
  readonly nodes: readonly NodeValue[];
  readonly relationships: readonly RelationshipValue[];
}

/** Temporal values (DATE, LOCAL TIME, TIME, LOCAL DATETIME, DATETIME, DURATION). */
export interface TemporalValue {
  readonly kind: 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime' | 'duration';
  /** The ISO/Cypher string form, e.g. "2015-07-21", "P1Y2M", "12:00+01:00". */
  toString(): string;
}

export type CypherValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | CypherValue[]
  | CypherMap
  | NodeValue
  | RelationshipValue
  | PathValue
  | TemporalValue;

/** A query's answer: column names and rows in column order. */
export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  /** Counters for updating queries (nodes created, properties set, …), absent for reads. */
  stats?: Partial<Record<UpdateCounter, number>>;
  /** For `EXPLAIN …` (estimates only; nothing runs) and `PROFILE …` (actual rows and times too). */
  plan?: QueryPlan;
}

export interface QueryPlan {
  mode: 'explain' | 'profile';
  root: PlanNode;
  /** PROFILE: the whole query's time. */
  totalMs?: number;
}

/** One operator of a query plan: a clause (or a UNION), fed by its children. */
export interface PlanNode {
  operator: string;
  details: string;
  estimatedRows: number;
  /** PROFILE: rows the operator produced (for a MATCH folded into an aggregation: relationships or nodes visited). */
  rows?: number;
  /** PROFILE: milliseconds spent in this operator, its children's time excluded. */
  timeMs?: number;
  children: PlanNode[];
}

export type UpdateCounter =
  | 'nodesCreated'
  | 'nodesDeleted'
  | 'relationshipsCreated'
  | 'relationshipsDeleted'
  | 'propertiesSet'
  /** Properties removed (REMOVE n.p, SET n.p = null); added for the TCK's -properties. */
  | 'propertiesRemoved'
  | 'labelsAdded'
  | 'labelsRemoved';

export function isNodeValue(v: unknown): v is NodeValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'node';
}

export function isRelationshipValue(v: unknown): v is RelationshipValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'relationship';
}

export function isPathValue(v: unknown): v is PathValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'path';
}
