/** What expression evaluation needs from the running query. */
import type { Expr, PatternPart, Query } from '../ast.js';
import type { FunctionContext } from '../functions/types.js';
import type { CypherValue } from '../values.js';

/** A row: variable name → value. */
export type Row = Map<string, CypherValue>;

export interface EvalContext extends FunctionContext {
  params: Record<string, CypherValue>;
  /** Per-group values of the aggregate calls in a projection, while projecting that group. */
  aggregates: Map<Expr, CypherValue> | null;
  /** Charges work to the time budget; throws 'Timeout' once the query's deadline has passed. */
  tick(work?: number): void;
  /** Rows extending `row` with the bindings of one match of the patterns (WHERE applied). */
  matchPatterns(parts: PatternPart[], row: Row, where: Expr | null): Iterable<Row>;
  /** How many matches (up to `limit`): a bound node's degree when the pattern allows, else by matching. */
  countMatches(parts: PatternPart[], row: Row, where: Expr | null, limit: number): number;
  /** How many rows the subquery returns for this outer row (counting stops at `limit`). */
  subqueryRows(query: Query, row: Row, limit: number): number;
  /** COLLECT { … }: the values of the subquery's one column, for this outer row. */
  subqueryValues(query: Query, row: Row): CypherValue[];
}
