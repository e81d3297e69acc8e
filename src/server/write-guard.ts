/**
 * The read-only check, on the parsed query: a query is refused when its AST holds an updating
 * clause (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH — in subqueries too). Names that happen to be
 * keywords (`WITH 1 AS set RETURN set`, `n.create`) are reads. A query that does not parse passes
 * through, so the engine reports the syntax error with its position.
 */
import { findUpdatingClause as findInAst, parseCypher } from '../cypher/index.js';
import { positionAt } from '../cypher/errors.js';

export interface UpdatingClause {
  keyword: string;
  offset: number;
  line: number;
  column: number;
}

export function findUpdatingClause(query: string): UpdatingClause | null {
  let ast;
  try {
    ast = parseCypher(query);
  } catch {
    return null;
  }
  const found = findInAst(ast);
  if (!found) return null;
  const { line, column } = positionAt(query, found.offset);
  return { keyword: found.keyword, offset: found.offset, line, column };
}
