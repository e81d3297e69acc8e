/** parseCypher: query text → AST with source positions (throws CypherError 'SyntaxError'). */
import type { Query } from '../ast.js';
import { CypherParser } from './clauses.js';

export function parseQuery(source: string): Query {
  return new CypherParser(source).parseStatement();
}
