/** Does a query write? (Any CREATE, MERGE, SET, REMOVE, DELETE or FOREACH clause, in subqueries too.) */
import type { Expr, Query } from '../ast.js';
import { children } from './walk.js';

const WRITES = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete']);

function exprUpdates(e: Expr): boolean {
  if (e.type === 'Exists' && e.query && isUpdating(e.query)) return true;
  if (e.type === 'Collect' && isUpdating(e.query)) return true;
  return children(e).some(exprUpdates);
}

export function isUpdating(q: Query): boolean {
  return q.parts.some((part) =>
    part.clauses.some((c) => {
      if (WRITES.has(c.type) || c.type === 'Foreach') return true;
      if (c.type === 'Subquery') return isUpdating(c.query);
      if (c.type === 'Match') return c.where ? exprUpdates(c.where) : false;
      if (c.type === 'With' || c.type === 'Return') return c.projection.items.some((i) => exprUpdates(i.expr));
      return false;
    }),
  );
}
