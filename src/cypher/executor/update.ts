/** Updating clauses: CREATE, MERGE, SET, REMOVE, DELETE. Each consumes its input eagerly. */
import type { ClauseOf, Expr, NodePattern, PatternPart, RelPattern, SetItem } from '../ast.js';
import { isNodeRef, isRelRef, makePath, type NodeRef, type RelRef } from '../entities.js';
import { runtimeError, typeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { describeType } from '../eval/operators.js';
import type { CypherValue, PathValue } from '../values.js';
import type { ExecContext } from './context.js';
import { matchPatterns } from './match.js';
import { checkPropertyValue } from './writer.js';

function propertyRecord(props: Expr | null, row: Row, ctx: ExecContext): Record<string, CypherValue> {
  if (!props) return {};
  const m = evaluate(props, row, ctx);
  if (m === null) return {};
  if (!(m instanceof Map)) throw typeError(`Properties must be a map, got ${describeType(m)}`);
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of m) if (v !== null) out[k] = checkPropertyValue(v);
  return out;
}

/** Create the unbound parts of a pattern for one row, binding its variables. */
function createPart(part: PatternPart, row: Row, ctx: ExecContext): void {
  const keys: string[] = [];
  const nodeKey = (p: NodePattern): string => {
    if (p.variable && row.has(p.variable)) {
      const v = row.get(p.variable)!;
      if (!isNodeRef(v)) throw typeError(`Variable \`${p.variable}\` is not a node`);
      return v.id;
    }
    const key = ctx.writer.createNode(p.labels, propertyRecord(p.properties, row, ctx));
    if (p.variable) row.set(p.variable, ctx.qg.node(key));
    return key;
  };
  keys.push(nodeKey(part.nodes[0]!));
  const rels: RelRef[] = [];
  part.rels.forEach((r: RelPattern, i) => {
    const next = nodeKey(part.nodes[i + 1]!);
    const [from, to] = r.direction === 'in' ? [next, keys[i]!] : [keys[i]!, next];
    const key = ctx.writer.createRel(r.types[0]!, from, to, propertyRecord(r.properties, row, ctx));
    const ref = ctx.qg.rel(key);
    if (r.variable) row.set(r.variable, ref);
    rels.push(ref);
    keys.push(next);
  });
  if (part.variable)
    row.set(
      part.variable,
      makePath(
        keys.map((k) => ctx.qg.node(k)),
        rels,
      ),
    );
}

export function executeCreate(clause: ClauseOf<'Create'>, input: Iterable<Row>, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const source of [...input]) {
    const row = new Map(source);
    for (const part of clause.patterns) createPart(part, row, ctx);
    out.push(row);
  }
  return out;
}

export function executeMerge(clause: ClauseOf<'Merge'>, input: Iterable<Row>, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const source of [...input]) {
    for (const el of [...clause.pattern.nodes, ...clause.pattern.rels]) {
      if (el.properties?.type === 'Map') {
        for (const [k, v] of el.properties.entries) {
          if (evaluate(v, source, ctx) === null) {
            throw runtimeError(
              'SemanticError',
              'MergeReadOwnWrites',
              `Cannot merge with a null property value for '${k}'`,
            );
          }
        }
      }
    }
    const matches = [...matchPatterns([clause.pattern], source, null, ctx, ctx.profile)];
    if (matches.length) {
      for (const m of matches) {
        applySetItems(clause.onMatch, m, ctx);
        out.push(m);
      }
    } else {
      const row = new Map(source);
      createPart(clause.pattern, row, ctx);
      applySetItems(clause.onCreate, row, ctx);
      out.push(row);
    }
  }
  return out;
}

function entityOf(v: CypherValue, what: string): NodeRef | RelRef | null {
  if (v === null) return null;
  if (isNodeRef(v) || isRelRef(v)) return v;
  throw typeError(`${what} needs a node or relationship, got ${describeType(v)}`);
}

function asPropertyMap(v: CypherValue, ctx: ExecContext): Map<string, CypherValue> {
  if (v instanceof Map) return v;
  if (isNodeRef(v)) return new Map(Object.entries(ctx.qg.nodeAttrs(v.id).properties));
  if (isRelRef(v)) return new Map(Object.entries(ctx.qg.relAttrs(v.id).properties));
  throw typeError(`SET needs a map, got ${describeType(v)}`, 'InvalidArgumentType');
}

export function applySetItems(items: SetItem[], row: Row, ctx: ExecContext): void {
  for (const item of items) {
    switch (item.kind) {
      case 'property': {
        const target = entityOf(evaluate(item.target.object, row, ctx), 'SET');
        const value = evaluate(item.value, row, ctx);
        if (target) ctx.writer.setProperties(target.kind, target.id, new Map([[item.target.key, value]]), false);
        break;
      }
      case 'replace':
      case 'merge': {
        const target = entityOf(evaluate(item.variable, row, ctx), 'SET');
        const value = evaluate(item.value, row, ctx);
        if (!target) break;
        const map = value === null ? new Map<string, CypherValue>() : asPropertyMap(value, ctx);
        ctx.writer.setProperties(target.kind, target.id, map, item.kind === 'replace');
        break;
      }
      case 'labels': {
        const target = evaluate(item.variable, row, ctx);
        if (target === null) break;
        if (!isNodeRef(target)) throw typeError(`SET labels needs a node, got ${describeType(target)}`);
        ctx.writer.setLabels(target.id, item.labels, true);
        break;
      }
    }
  }
}

export function executeSet(clause: ClauseOf<'Set'>, input: Iterable<Row>, ctx: ExecContext): Row[] {
  const rows = [...input];
  for (const row of rows) applySetItems(clause.items, row, ctx);
  return rows;
}

export function executeRemove(clause: ClauseOf<'Remove'>, input: Iterable<Row>, ctx: ExecContext): Row[] {
  const rows = [...input];
  for (const row of rows) {
    for (const item of clause.items) {
      if (item.kind === 'property') {
        const target = entityOf(evaluate(item.target.object, row, ctx), 'REMOVE');
        if (target) ctx.writer.setProperties(target.kind, target.id, new Map([[item.target.key, null]]), false);
      } else {
        const target = evaluate(item.variable, row, ctx);
        if (target === null) continue;
        if (!isNodeRef(target)) throw typeError(`REMOVE labels needs a node, got ${describeType(target)}`);
        ctx.writer.setLabels(target.id, item.labels, false);
      }
    }
  }
  return rows;
}

export function executeDelete(clause: ClauseOf<'Delete'>, input: Iterable<Row>, ctx: ExecContext): Row[] {
  const rows = [...input];
  const nodes: string[] = [];
  const deleteValue = (v: CypherValue): void => {
    if (v === null) return;
    if (isRelRef(v)) ctx.writer.deleteRel(v.id);
    else if (isNodeRef(v)) nodes.push(v.id);
    else if (typeof v === 'object' && (v as PathValue).kind === 'path') {
      const p = v as PathValue;
      p.relationships.forEach((r) => ctx.writer.deleteRel(r.id));
      p.nodes.forEach((n) => nodes.push(n.id));
    } else if (Array.isArray(v)) v.forEach(deleteValue);
    else throw typeError(`DELETE needs a node, relationship or path, got ${describeType(v)}`);
  };
  for (const row of rows) for (const e of clause.exprs) deleteValue(evaluate(e, row, ctx));
  // Relationships deleted in the same clause no longer block their nodes.
  for (const key of nodes) ctx.writer.deleteNode(key, clause.detach);
  return rows;
}
