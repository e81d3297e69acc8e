/** Does a query write? (Any CREATE, MERGE, SET, REMOVE, DELETE or FOREACH clause, in subqueries too.) */
import type { Clause, Expr, Query } from '../ast.js';
import { children } from './walk.js';

const WRITES = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete']);

function updatingIn(e: Expr): Clause | null {
  if ((e.type === 'Exists' && e.query) || e.type === 'Collect') {
    const found = firstUpdatingClause(e.query!);
    if (found) return found;
  }
  for (const child of children(e)) {
    const found = updatingIn(child);
    if (found) return found;
  }
  return null;
}

function updatingClause(c: Clause): Clause | null {
  if (WRITES.has(c.type) || c.type === 'Foreach') return c;
  if (c.type === 'Subquery') return firstUpdatingClause(c.query);
  if (c.type === 'Match') return c.where ? updatingIn(c.where) : null;
  if (c.type === 'With' || c.type === 'Return') {
    for (const item of c.projection.items) {
      const found = updatingIn(item.expr);
      if (found) return found;
    }
  }
  return null;
}

/** The first clause (in source order, subqueries included) that changes the graph, or null for a read. */
export function firstUpdatingClause(q: Query): Clause | null {
  for (const part of q.parts) {
    for (const c of part.clauses) {
      const found = updatingClause(c);
      if (found) return found;
    }
  }
  return null;
}

export function isUpdating(q: Query): boolean {
  return firstUpdatingClause(q) !== null;
}
