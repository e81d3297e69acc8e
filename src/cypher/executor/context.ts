/** The state of one running query: graph view, writer, limits and the evaluation hooks. */
import type { Clause, ClauseOf, Expr, PatternPart, Query } from '../ast.js';
import { QueryGraph } from '../entities.js';
import { TimeBudget, type QueryBudget } from '../budget.js';
import { CypherError } from '../errors.js';
import type { EvalContext, Row } from '../eval/context.js';
import type { PropertyGraph } from '../../graph/property-graph.js';
import type { CypherValue } from '../values.js';
import { countPattern } from './fold.js';
import { matchPatterns, type MatchProfile } from './match.js';
import type { PlanOperator } from './profile.js';
import { Writer } from './writer.js';
import type { ProcedureRegistry } from '../procedures/registry.js';

export interface ExecLimits {
  deadline: number;
  timeoutMs: number;
  maxRows: number;
}

export class ExecContext implements EvalContext, QueryBudget {
  readonly qg: QueryGraph;
  readonly writer: Writer;
  aggregates: Map<Expr, CypherValue> | null = null;
  private readonly time: TimeBudget;
  /** Set by the query runner, to evaluate EXISTS { full query } and COUNT { full query }. */
  runSubquery: ((query: Query, row: Row, limit: number) => number) | null = null;
  /** Set by the query runner, to evaluate COLLECT { … }. */
  runCollect: ((query: Query, row: Row) => CypherValue[]) | null = null;
  /** CALL clauses that make up a whole (top-level) single query: their outputs are the result columns. */
  readonly standaloneCalls = new Set<ClauseOf<'Call'>>();
  /** PROFILE: the operator of each clause, which counts its rows and times it. */
  operators: Map<Clause, PlanOperator> | null = null;
  /** From the analysis: the columns each CALL { } subquery adds. */
  subqueryColumns: ReadonlyMap<Clause, string[]> = new Map();

  constructor(
    graph: PropertyGraph,
    readonly params: Record<string, CypherValue>,
    readonly now: Date,
    readonly limits: ExecLimits,
    readonly profile: MatchProfile | undefined,
    readonly procedures: ProcedureRegistry,
  ) {
    this.qg = new QueryGraph(graph);
    this.time = new TimeBudget(limits.deadline, limits.timeoutMs);
    this.writer = new Writer(this.qg);
  }

  tick(work = 1): void {
    this.time.charge(work);
  }

  /** collect() is held in memory like rows are, so the row limit caps it too. */
  checkCollected(n: number): void {
    if (n > this.limits.maxRows) {
      throw new CypherError(
        'RowLimit',
        'runtime',
        `collect() would hold more than ${this.limits.maxRows} values (the row limit); add a LIMIT or narrow the pattern`,
      );
    }
  }

  /** Guard on rows held in memory (results, sort and grouping buffers). */
  checkRows(n: number): void {
    if (n > this.limits.maxRows) {
      throw new CypherError(
        'RowLimit',
        'runtime',
        `The query would hold more than ${this.limits.maxRows} rows; add a LIMIT or narrow the pattern`,
      );
    }
  }

  matchPatterns(parts: PatternPart[], row: Row, where: Expr | null): Iterable<Row> {
    return matchPatterns(parts, row, where, this, this.profile);
  }

  countMatches(parts: PatternPart[], row: Row, where: Expr | null, limit: number): number {
    const degree = countPattern(parts, row, where, this);
    if (degree !== null) return Math.min(degree, limit);
    let n = 0;
    for (const _ of this.matchPatterns(parts, row, where)) if (++n >= limit) break;
    return n;
  }

  subqueryRows(query: Query, row: Row, limit: number): number {
    return this.runSubquery!(query, row, limit);
  }

  subqueryValues(query: Query, row: Row): CypherValue[] {
    return this.runCollect!(query, row);
  }

  /** Evaluate with a different aggregate table, restoring the previous one. */
  withAggregates<T>(values: Map<Expr, CypherValue> | null, fn: () => T): T {
    const saved = this.aggregates;
    this.aggregates = values;
    try {
      return fn();
    } finally {
      this.aggregates = saved;
    }
  }
}
