/** Functions over nodes, relationships and paths. */
import { isNodeRef, isRelRef, numericId } from '../entities.js';
import { runtimeError, typeError } from '../errors.js';
import { describeType } from '../eval/operators.js';
import { isTemporalValue, temporal } from '../temporal-bridge.js';
import type { CypherValue, NodeValue, PathValue, RelationshipValue } from '../values.js';
import { fn, unary, type FunctionContext, type FunctionTable } from './types.js';

function isNode(v: CypherValue): v is NodeValue {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'node';
}
function isRel(v: CypherValue): v is RelationshipValue {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'relationship';
}
function isPath(v: CypherValue): v is PathValue {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'path';
}

function expect(name: string, what: string, v: CypherValue): never {
  throw typeError(`${name}() expects ${what}, got ${describeType(v)}`, 'InvalidArgumentValue');
}

/** properties(x) / keys(x) source: a node's or relationship's property record, or a map. */
function propertyEntries(v: CypherValue, ctx: FunctionContext): [string, CypherValue][] | null {
  if (isNodeRef(v)) return Object.entries(ctx.qg.nodeAttrs(v.id).properties);
  if (isRelRef(v)) return Object.entries(ctx.qg.relAttrs(v.id).properties);
  if (isNode(v) || isRel(v)) return [...v.properties];
  if (v instanceof Map) return [...v];
  return null;
}

export const graphFunctions: FunctionTable = {
  id: unary((v, ctx) => {
    if (isNode(v)) return numericId(ctx.qg.graph, v.id, 'n');
    if (isRel(v)) return numericId(ctx.qg.graph, v.id, 'r');
    return expect('id', 'a node or relationship', v);
  }),
  elementid: unary((v) => (isNode(v) || isRel(v) ? v.id : expect('elementId', 'a node or relationship', v))),
  labels: unary((v, ctx) => {
    if (isNodeRef(v) && !ctx.qg.graph.hasNode(v.id)) {
      throw runtimeError('EntityNotFound', 'DeletedEntityAccess', 'The node was deleted; its labels cannot be read');
    }
    return isNode(v) ? [...v.labels] : expect('labels', 'a node', v);
  }),
  type: unary((v) => (isRel(v) ? v.type : expect('type', 'a relationship', v))),
  properties: unary((v, ctx) => {
    const entries = propertyEntries(v, ctx);
    return entries ? new Map(entries) : expect('properties', 'a node, relationship or map', v);
  }),
  keys: unary((v, ctx) => {
    const entries = propertyEntries(v, ctx);
    return entries ? entries.map(([k]) => k) : expect('keys', 'a node, relationship or map', v);
  }),
  nodes: unary((v) => (isPath(v) ? [...v.nodes] : expect('nodes', 'a path', v))),
  relationships: unary((v) => (isPath(v) ? [...v.relationships] : expect('relationships', 'a path', v))),
  startnode: unary((v, ctx) => (isRel(v) ? ctx.qg.node(v.startId) : expect('startNode', 'a relationship', v))),
  endnode: unary((v, ctx) => (isRel(v) ? ctx.qg.node(v.endId) : expect('endNode', 'a relationship', v))),
  length: unary((v) => {
    if (isPath(v)) return BigInt(v.relationships.length);
    if (typeof v === 'string') return BigInt([...v].length);
    return expect('length', 'a path', v);
  }),
  exists: fn(1, 1, ([v]) => v !== null),
  timestamp: fn(0, 0, (_args, ctx) => BigInt(ctx.now.getTime())),
  randomuuid: fn(0, 0, () => crypto.randomUUID()),
  valuetype: fn(1, 1, ([v]) => valueType(v!)),
};

function valueType(v: CypherValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return 'BOOLEAN NOT NULL';
  if (typeof v === 'bigint') return 'INTEGER NOT NULL';
  if (typeof v === 'number') return 'FLOAT NOT NULL';
  if (typeof v === 'string') return 'STRING NOT NULL';
  if (Array.isArray(v)) return 'LIST<ANY> NOT NULL';
  if (v instanceof Map) return 'MAP NOT NULL';
  if (isNode(v)) return 'NODE NOT NULL';
  if (isRel(v)) return 'RELATIONSHIP NOT NULL';
  if (isPath(v)) return 'PATH NOT NULL';
  if (isTemporalValue(v) && temporal) return v.kind.toUpperCase() + ' NOT NULL';
  return 'ANY';
}
