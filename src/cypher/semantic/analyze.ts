/**
 * Semantic analysis before execution: scopes clause by clause, and the compile-time errors the
 * TCK names (UndefinedVariable, VariableTypeConflict, InvalidAggregation, ColumnNameConflict, …).
 */
import type { Clause, Expr, Projection, Query, SetItem, SingleQuery } from '../ast.js';
import { compileError } from '../errors.js';
import type { ProcedureRegistry } from '../procedures/registry.js';
import { checkCall } from './call.js';
import { importedNames, importingWith } from './imports.js';
import type { CypherValue } from '../values.js';
import { checkExpr, type ExprRules, type Scope } from './expressions.js';
import { checkPattern } from './patterns.js';
import { staticType, type StaticType } from './types.js';
import { isUpdating } from './updating.js';
import { freeVariables } from './variables.js';
import { children, containsAggregate, isAggregateCall, sameExpression } from './walk.js';

/** What the executor needs from the analysis: the columns each CALL { } subquery adds (RETURN * included). */
export interface Analysis {
  subqueryColumns: Map<Clause, string[]>;
}

export function analyze(
  q: Query,
  source: string,
  params: Record<string, CypherValue> | null,
  procedures: ProcedureRegistry | null = null,
): Analysis {
  const analyzer = new Analyzer(source, params, procedures);
  analyzer.query(q, new Map(), false);
  return { subqueryColumns: analyzer.subqueryColumns };
}

class Analyzer {
  readonly subqueryColumns = new Map<Clause, string[]>();

  constructor(
    private readonly source: string,
    private readonly params: Record<string, CypherValue> | null,
    private readonly procedures: ProcedureRegistry | null,
  ) {}

  private rules(aggregates = false): ExprRules {
    return {
      source: this.source,
      params: this.params,
      aggregates,
      subquery: (q, scope, kind) => this.expressionSubquery(q, scope, kind),
    };
  }

  private fail(detail: string, message: string, at: number): never {
    throw compileError(detail, message, this.source, at);
  }

  query(q: Query, outer: Scope, nested: boolean): string[] {
    if (nested && isUpdating(q))
      this.fail(
        'InvalidClauseComposition',
        'A subquery inside EXISTS, COUNT or COLLECT cannot change the graph',
        q.start,
      );
    return this.union(
      q,
      q.parts.map((part) => this.single(part, outer, nested, !nested)),
    );
  }

  /** Checks the parts of a UNION agree; returns their columns. */
  private union(q: Query, columns: string[][]): string[] {
    if (q.unionAll.length && new Set(q.unionAll).size > 1)
      this.fail('InvalidClauseComposition', 'Cannot mix UNION and UNION ALL', q.start);
    for (let i = 1; i < columns.length; i++) {
      if (columns[i]!.join('\u0000') !== columns[0]!.join('\u0000')) {
        this.fail(
          'DifferentColumnsInUnion',
          'All sub queries in a UNION must have the same column names',
          q.parts[i]!.start,
        );
      }
    }
    return columns[0] ?? [];
  }

  private expressionSubquery(q: Query, scope: Scope, kind: 'exists' | 'collect'): void {
    const columns = this.query(q, scope, true);
    if (kind === 'collect') {
      if (q.parts.some((p) => p.clauses.at(-1)?.type !== 'Return'))
        this.fail('InvalidClauseComposition', 'COLLECT { … } must end with RETURN', q.start);
      if (columns.length !== 1)
        this.fail('InvalidClauseComposition', 'COLLECT { … } must return exactly one column', q.start);
    }
  }

  /** Returns the RETURN columns. `endCheck`: the part must end with RETURN or an updating clause. */
  private single(q: SingleQuery, outer: Scope, nested: boolean, endCheck: boolean): string[] {
    let scope: Scope = new Map(outer);
    let columns: string[] = [];
    const standalone = !nested && q.clauses.length === 1;
    q.clauses.forEach((clause, i) => {
      const last = i === q.clauses.length - 1;
      if (clause.type === 'Return' && !last)
        this.fail('InvalidClauseComposition', 'RETURN can only be the last clause', q.clauses[i + 1]!.start);
      if (last && endCheck && ['Match', 'With', 'Unwind'].includes(clause.type)) {
        this.fail(
          'InvalidClauseComposition',
          `A query cannot end with ${clause.type.toUpperCase()}; add a RETURN clause`,
          clause.start,
        );
      }
      const yieldsRows =
        (clause.type === 'Call' && !standalone && (clause.yields !== null || clause.yieldStar)) ||
        (clause.type === 'Subquery' && returnsRows(clause.query));
      if (last && endCheck && yieldsRows)
        this.fail(
          'InvalidClauseComposition',
          'A query cannot end with a CALL that yields rows; add a RETURN clause',
          clause.start,
        );
      const next = clause.type === 'Call' ? this.call(clause, scope, standalone) : this.clause(clause, scope);
      scope = next.scope;
      if (clause.type === 'Return' || (clause.type === 'Call' && standalone)) columns = next.columns;
    });
    return columns;
  }

  private clause(c: Clause, scope: Scope): { scope: Scope; columns: string[] } {
    const keep = (s: Scope) => ({ scope: s, columns: [] });
    switch (c.type) {
      case 'Match': {
        const next = checkPattern(c.patterns, scope, this.rules(), 'match');
        if (c.where) this.where(c.where, next);
        return keep(next);
      }
      case 'Unwind': {
        checkExpr(c.expr, scope, this.rules());
        if (scope.has(c.variable))
          this.fail('VariableAlreadyBound', `Variable \`${c.variable}\` is already declared`, c.start);
        return keep(new Map(scope).set(c.variable, 'any'));
      }
      case 'With': {
        const { scope: next, columns } = this.projection(c.projection, scope, true);
        if (c.where) {
          // WHERE after a plain WITH may still read the variables it projected away.
          const hidden = c.projection.items.some((i) => containsAggregate(i.expr));
          this.where(c.where, hidden ? next : new Map([...scope, ...next]));
        }
        return { scope: next, columns };
      }
      case 'Return':
        return this.projection(c.projection, scope, false);
      case 'Create':
        return keep(checkPattern(c.patterns, scope, this.rules(), 'create'));
      case 'Merge': {
        const next = checkPattern([c.pattern], scope, this.rules(), 'merge');
        this.setItems([...c.onCreate, ...c.onMatch], next);
        return keep(next);
      }
      case 'Set':
        this.setItems(c.items, scope);
        return keep(scope);
      case 'Remove':
        for (const item of c.items)
          checkExpr(item.kind === 'property' ? item.target : item.variable, scope, this.rules());
        return keep(scope);
      case 'Delete':
        for (const e of c.exprs) {
          if (e.type === 'LabelCheck')
            this.fail('InvalidDelete', 'DELETE removes nodes, relationships or paths; use REMOVE for labels', e.start);
          checkExpr(e, scope, this.rules());
          if (e.type === 'Literal' || (e.type === 'Binary' && ['+', '-', '*', '/', '%', '^'].includes(e.op))) {
            this.fail('InvalidArgumentType', 'DELETE needs a node, relationship or path expression', e.start);
          }
          const t = staticType(e, scope);
          if (!['any', 'null', 'node', 'relationship', 'path', 'list'].includes(t))
            this.fail('InvalidArgumentType', `Cannot DELETE a ${t}`, e.start);
        }
        return keep(scope);
      case 'Call':
        return this.call(c, scope, false);
      case 'Foreach':
        return keep(this.foreach(c, scope));
      case 'Subquery':
        return this.subquery(c, scope);
    }
  }

  /** FOREACH: its variable and anything its clauses bind stay inside; the clauses must update. */
  private foreach(c: Extract<Clause, { type: 'Foreach' }>, scope: Scope): Scope {
    checkExpr(c.list, scope, this.rules());
    const t = staticType(c.list, scope);
    if (!['any', 'null', 'list'].includes(t))
      this.fail('InvalidArgumentType', `FOREACH needs a list, got ${t}`, c.list.start);
    if (scope.has(c.variable))
      this.fail('VariableAlreadyBound', `Variable \`${c.variable}\` is already declared`, c.start);
    let inner: Scope = new Map(scope).set(c.variable, elementTypeOf(c.list, scope));
    for (const clause of c.clauses) {
      if (!['Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach'].includes(clause.type)) {
        this.fail(
          'InvalidClauseComposition',
          'FOREACH can only contain CREATE, MERGE, SET, REMOVE, DELETE and FOREACH',
          clause.start,
        );
      }
      inner = this.clause(clause, inner).scope;
    }
    return scope;
  }

  /** CALL { … }: each part sees only what it imports; its RETURN columns join the outer row. */
  private subquery(c: Extract<Clause, { type: 'Subquery' }>, scope: Scope): { scope: Scope; columns: string[] } {
    if (Array.isArray(c.imports)) {
      for (const name of c.imports)
        if (!scope.has(name)) this.fail('UndefinedVariable', `Variable \`${name}\` not defined`, c.start);
      if (new Set(c.imports).size !== c.imports.length)
        this.fail('VariableAlreadyBound', 'A variable is imported twice', c.start);
    }
    const outer = [...scope.keys()];
    const columns = c.query.parts.map((part) => {
      const names = importedNames(c, part, outer);
      const first = c.imports === null ? importingWith(part, (n) => scope.has(n)) : null;
      if (first) this.checkImportingWith(first, scope);
      return this.single(part, new Map(names.map((n) => [n, scope.get(n)!])), true, true);
    });
    const returned = this.union(c.query, columns);
    this.subqueryColumns.set(c, returned);
    if (c.batchRows) this.checkBound(c.batchRows, 'IN TRANSACTIONS OF');
    for (const part of c.query.parts) {
      const ret = part.clauses.at(-1);
      for (const item of ret?.type === 'Return' ? ret.projection.items : []) {
        if (!item.alias && item.expr.type !== 'Variable')
          this.fail('NoExpressionAlias', 'Expressions returned from CALL { } must be aliased (use AS)', item.start);
      }
    }
    const returning = c.query.parts.map((p) => returnsRows({ ...c.query, parts: [p] }));
    if (returning.some((r) => r !== returning[0]))
      this.fail('InvalidClauseComposition', 'Every part of a UNION in CALL { } must end with RETURN, or none', c.start);
    if (!returning[0] && c.optional)
      this.fail('InvalidClauseComposition', 'OPTIONAL CALL needs a subquery that returns rows', c.start);
    const next = new Map(scope);
    const last = c.query.parts[0]!.clauses.at(-1);
    const items = last?.type === 'Return' ? last.projection.items : [];
    for (const name of returned) {
      const at = items.find((i) => (i.alias ?? i.text) === name)?.start ?? c.start;
      if (scope.has(name))
        this.fail(
          'VariableAlreadyBound',
          `Variable \`${name}\` is already declared in the outer query; alias it in RETURN`,
          at,
        );
      next.set(name, 'any');
    }
    return { scope: next, columns: [] };
  }

  /** `CALL { WITH a, b … }`: the importing WITH may only name outer variables. */
  private checkImportingWith(w: Extract<Clause, { type: 'With' }>, scope: Scope): void {
    const p = w.projection;
    for (const item of p.items) {
      const simple =
        item.expr.type === 'Variable' &&
        scope.has(item.expr.name) &&
        (item.alias === null || item.alias === item.expr.name);
      if (!simple)
        this.fail(
          'InvalidClauseComposition',
          'An importing WITH can only name outer variables (write WITH a, b, then a second WITH to compute)',
          item.start,
        );
    }
    if (w.where || p.distinct || p.orderBy.length || p.skip || p.limit) {
      this.fail(
        'InvalidClauseComposition',
        'An importing WITH can only name outer variables (no WHERE, DISTINCT, ORDER BY, SKIP or LIMIT)',
        w.start,
      );
    }
  }

  private call(
    c: Extract<Clause, { type: 'Call' }>,
    scope: Scope,
    standalone: boolean,
  ): { scope: Scope; columns: string[] } {
    const next = checkCall(c, scope, standalone, {
      rules: this.rules(),
      procedures: this.procedures,
      params: this.params,
    });
    if (c.where) this.where(c.where, next.scope);
    return next;
  }

  private where(e: Expr, scope: Scope): void {
    checkExpr(e, scope, this.rules());
    const t = staticType(e, scope);
    if (!['any', 'null', 'boolean'].includes(t))
      this.fail('InvalidArgumentType', `WHERE needs a boolean, not a ${t}`, e.start);
  }

  private setItems(items: SetItem[], scope: Scope): void {
    for (const item of items) {
      if (item.kind === 'property') checkExpr(item.target, scope, this.rules());
      else checkExpr(item.variable, scope, this.rules());
      if (item.kind !== 'labels') checkExpr(item.value, scope, this.rules());
    }
  }

  private projection(p: Projection, scope: Scope, isWith: boolean): { scope: Scope; columns: string[] } {
    if (p.star && scope.size === 0 && !isWith)
      this.fail('NoVariablesInScope', `${isWith ? 'WITH' : 'RETURN'} * needs variables in scope`, p.start);
    const next: Scope = p.star ? new Map(scope) : new Map();
    const names: string[] = p.star ? [...scope.keys()] : [];
    for (const item of p.items) {
      checkExpr(item.expr, scope, this.rules(true));
      if (item.expr.type === 'PatternPredicate') {
        this.fail(
          'UnexpectedSyntax',
          'A pattern cannot be projected; use a pattern comprehension or EXISTS { }',
          item.expr.start,
        );
      }
      const name = item.alias ?? item.text;
      if (names.includes(name) && !(p.star && !item.alias && item.expr.type === 'Variable')) {
        this.fail('ColumnNameConflict', `Multiple result columns with the same name \`${name}\``, item.start);
      }
      names.push(name);
      next.set(name, staticType(item.expr, scope));
    }
    const aggregating = p.items.some((i) => containsAggregate(i.expr));
    if (aggregating) this.checkGrouping(p);
    // ORDER BY sees the projected names, and the earlier variables unless DISTINCT or aggregation hid them.
    const orderScope: Scope = aggregating || p.distinct ? new Map(next) : new Map([...scope, ...next]);
    for (const o of p.orderBy) {
      if (!aggregating && containsAggregate(o.expr))
        this.fail('InvalidAggregation', 'ORDER BY cannot aggregate unless the projection does', o.start);
      this.checkOrderExpr(o.expr, p, orderScope, aggregating);
    }
    for (const [e, what] of [
      [p.skip, 'SKIP'],
      [p.limit, 'LIMIT'],
    ] as const)
      if (e) this.checkBound(e, what);
    for (const item of p.items) {
      if (isWith && !item.alias && item.expr.type !== 'Variable')
        this.fail('NoExpressionAlias', 'Expressions in WITH must be aliased (use AS)', item.start);
    }
    return { scope: next, columns: names };
  }

  /** An ORDER BY expression: a projected item is fine as it is; anything else must resolve in the ORDER BY scope. */
  private checkOrderExpr(e: Expr, p: Projection, orderScope: Scope, aggregating: boolean): void {
    if (p.items.some((i) => sameExpression(i.expr, e))) return;
    if (e.type === 'Variable' || !aggregating) {
      checkExpr(e, orderScope, this.rules(aggregating));
      return;
    }
    if (
      [
        'ListComprehension',
        'Quantifier',
        'Reduce',
        'PatternComprehension',
        'Exists',
        'Collect',
        'PatternPredicate',
        'MapProjection',
      ].includes(e.type)
    ) {
      checkExpr(e, orderScope, this.rules(aggregating));
      return;
    }
    for (const child of children(e)) this.checkOrderExpr(child, p, orderScope, aggregating);
  }

  /** In an aggregating projection, variables outside aggregate calls must be grouping keys. */
  private checkGrouping(p: Projection): void {
    const keys = p.items.filter((i) => !containsAggregate(i.expr)).map((i) => i.expr);
    const aliases = new Set(p.items.filter((i) => !containsAggregate(i.expr)).map((i) => i.alias ?? i.text));
    // Only variables and property reads of grouping keys can be reused inside an aggregating expression.
    const simpleKeys = keys.filter(
      (k) => k.type === 'Variable' || (k.type === 'Property' && k.object.type === 'Variable'),
    );
    const visit = (e: Expr, local: ReadonlySet<string>, orderBy: boolean): void => {
      if (isAggregateCall(e) || simpleKeys.some((k) => sameExpression(k, e))) return;
      if (e.type === 'Variable') {
        if (local.has(e.name) || (orderBy && aliases.has(e.name))) return;
        const inKeys = keys.some((k) => freeVariables(k).has(e.name));
        if (orderBy && !inKeys) this.fail('UndefinedVariable', `Variable \`${e.name}\` not defined`, e.start);
        this.fail('AmbiguousAggregationExpression', `\`${e.name}\` is neither aggregated nor a grouping key`, e.start);
      }
      let inner = local;
      if (e.type === 'ListComprehension' || e.type === 'Quantifier') inner = new Set(local).add(e.variable);
      if (e.type === 'Reduce') inner = new Set(local).add(e.variable).add(e.accumulator);
      for (const c of children(e)) visit(c, c === (e as { list?: Expr }).list ? local : inner, orderBy);
    };
    for (const item of p.items) if (containsAggregate(item.expr)) visit(item.expr, new Set(), false);
    for (const o of p.orderBy)
      if (containsAggregate(o.expr) && !p.items.some((i) => sameExpression(i.expr, o.expr)))
        visit(o.expr, new Set(), true);
  }

  private checkBound(e: Expr, what: string): void {
    if (freeVariables(e).size > 0) this.fail('NonConstantExpression', `${what} must not depend on variables`, e.start);
    checkExpr(e, new Map(), this.rules());
    if (e.type === 'Literal') {
      if (typeof e.value === 'bigint' && e.value < 0n)
        this.fail('NegativeIntegerArgument', `${what} must not be negative`, e.start);
      if (typeof e.value !== 'bigint') this.fail('InvalidArgumentType', `${what} needs an integer`, e.start);
    }
  }
}

/** The element type of a list literal whose items share one static type ('any' otherwise). */
function elementTypeOf(list: Expr, scope: Scope): StaticType {
  if (list.type !== 'List' || list.items.length === 0) return 'any';
  const types = new Set(list.items.map((i) => staticType(i, scope)));
  return types.size === 1 ? [...types][0]! : 'any';
}

/** Does a subquery end with RETURN (rather than being a unit subquery run for its writes)? */
function returnsRows(q: Query): boolean {
  return q.parts.some((p) => p.clauses.at(-1)?.type === 'Return');
}
