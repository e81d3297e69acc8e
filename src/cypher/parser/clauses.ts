/** Queries and clauses. */
import type {
  Clause,
  Expr,
  PatternPart,
  Projection,
  ProjectionItem,
  Query,
  RemoveItem,
  SetItem,
  SingleQuery,
  SortItem,
  Variable,
} from '../ast.js';
import { PatternParser } from './patterns.js';

export class CypherParser extends PatternParser {
  /** Statement : RegularQuery ';'? EOF */
  parseStatement(): Query {
    const q = this.parseRegularQuery();
    this.acceptSymbol(';');
    if (this.tok.kind !== 'eof') throw this.unexpected('a clause or the end of the query');
    return q;
  }

  /** RegularQuery : SingleQuery ( UNION ALL? SingleQuery )* */
  parseRegularQuery(): Query {
    const start = this.tok.start;
    const parts = [this.parseSingleQuery()];
    const unionAll: boolean[] = [];
    while (this.acceptKeyword('UNION')) {
      unionAll.push(this.acceptKeyword('ALL'));
      parts.push(this.parseSingleQuery());
    }
    return { type: 'Query', parts, unionAll, start, end: this.prevEnd };
  }

  /** SingleQuery : Clause+ */
  private parseSingleQuery(): SingleQuery {
    const start = this.tok.start;
    const clauses: Clause[] = [];
    for (;;) {
      const clause = this.parseClause();
      if (!clause) break;
      clauses.push(clause);
    }
    if (clauses.length === 0) throw this.unexpected('a clause (MATCH, RETURN, CREATE, …)');
    return { clauses, start, end: this.prevEnd };
  }

  private parseClause(): Clause | null {
    const start = this.tok.start;
    const done = <T extends object>(c: T): T & { start: number; end: number } => ({ ...c, start, end: this.prevEnd });
    if (this.acceptKeyword('OPTIONAL')) {
      if (this.acceptKeyword('CALL')) return done(this.parseSubqueryBody(true));
      this.expectKeyword('MATCH');
      return done(this.parseMatchBody(true));
    }
    if (this.acceptKeyword('MATCH')) return done(this.parseMatchBody(false));
    if (this.acceptKeyword('UNWIND')) {
      const expr = this.parseExpression();
      this.expectKeyword('AS');
      return done({ type: 'Unwind' as const, expr, variable: this.expectName('a variable') });
    }
    if (this.acceptKeyword('WITH')) {
      const projection = this.parseProjection(start);
      const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
      return done({ type: 'With' as const, projection, where });
    }
    if (this.acceptKeyword('RETURN')) return done({ type: 'Return' as const, projection: this.parseProjection(start) });
    if (this.acceptKeyword('CREATE')) return done({ type: 'Create' as const, patterns: this.parsePattern() });
    if (this.acceptKeyword('MERGE')) return done(this.parseMergeBody());
    if (this.acceptKeyword('SET')) return done({ type: 'Set' as const, items: this.parseSetItems() });
    if (this.acceptKeyword('REMOVE')) {
      const items: RemoveItem[] = [];
      do items.push(this.parseRemoveItem());
      while (this.acceptSymbol(','));
      return done({ type: 'Remove' as const, items });
    }
    if (this.isKeyword('DETACH') || this.isKeyword('DELETE')) {
      const detach = this.acceptKeyword('DETACH');
      this.expectKeyword('DELETE');
      const exprs: Expr[] = [];
      do exprs.push(this.parseExpression());
      while (this.acceptSymbol(','));
      return done({ type: 'Delete' as const, detach, exprs });
    }
    if (this.acceptKeyword('CALL'))
      return done(this.isSymbol('{') || this.isSymbol('(') ? this.parseSubqueryBody(false) : this.parseCallBody());
    if (this.acceptKeyword('FOREACH')) return done(this.parseForeachBody());
    return null;
  }

  private parseMatchBody(optional: boolean): Clause {
    const patterns = this.parsePattern();
    const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
    return { type: 'Match', optional, patterns, where, start: 0, end: 0 };
  }

  /** Pattern : PatternPart ( ',' PatternPart )* */
  private parsePattern(): PatternPart[] {
    const parts = [this.parsePatternPart()];
    while (this.acceptSymbol(',')) parts.push(this.parsePatternPart());
    return parts;
  }

  /** Merge : MERGE PatternPart ( ON ( MATCH | CREATE ) SET SetItems )* */
  private parseMergeBody(): Clause {
    const pattern = this.parsePatternPart();
    const onCreate: SetItem[] = [];
    const onMatch: SetItem[] = [];
    while (this.acceptKeyword('ON')) {
      const target = this.acceptKeyword('CREATE') ? onCreate : (this.expectKeyword('MATCH'), onMatch);
      this.expectKeyword('SET');
      target.push(...this.parseSetItems());
    }
    return { type: 'Merge', pattern, onCreate, onMatch, start: 0, end: 0 };
  }

  /** SetItem : PropertyExpr '=' Expr | Variable ( '=' | '+=' ) Expr | Variable ( ':' Label )+ */
  private parseSetItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      const start = this.tok.start;
      const variable = this.parseVariable();
      if (this.isSymbol(':')) {
        const labels: string[] = [];
        while (this.acceptSymbol(':')) labels.push(this.expectName('a label'));
        items.push({ kind: 'labels', variable, labels, start, end: this.prevEnd });
        continue;
      }
      if (this.acceptSymbol('+=')) {
        items.push({ kind: 'merge', variable, value: this.parseExpression(), start, end: this.prevEnd });
        continue;
      }
      if (this.acceptSymbol('=')) {
        items.push({ kind: 'replace', variable, value: this.parseExpression(), start, end: this.prevEnd });
        continue;
      }
      const target = this.parsePropertyChain(variable);
      this.expectSymbol('=');
      items.push({ kind: 'property', target, value: this.parseExpression(), start, end: this.prevEnd });
    } while (this.acceptSymbol(','));
    return items;
  }

  private parseRemoveItem(): RemoveItem {
    const start = this.tok.start;
    const variable = this.parseVariable();
    if (this.isSymbol(':')) {
      const labels: string[] = [];
      while (this.acceptSymbol(':')) labels.push(this.expectName('a label'));
      return { kind: 'labels', variable, labels, start, end: this.prevEnd };
    }
    return { kind: 'property', target: this.parsePropertyChain(variable), start, end: this.prevEnd };
  }

  private parseVariable(): Variable {
    const t = this.tok;
    if (t.kind === 'symbol' && t.text === '(') {
      // SET (n).prop = … : a parenthesised variable
      this.pos++;
      const v = this.parseVariable();
      this.expectSymbol(')');
      return v;
    }
    const name = this.expectName('a variable');
    return { type: 'Variable', name, start: t.start, end: t.end };
  }

  private parsePropertyChain(variable: Variable): Extract<Expr, { type: 'Property' }> {
    let object: Expr = variable;
    do {
      this.expectSymbol('.');
      const key = this.expectName('a property key');
      object = { type: 'Property', object, key, start: variable.start, end: this.prevEnd };
    } while (this.isSymbol('.'));
    return object as Extract<Expr, { type: 'Property' }>;
  }

  /** ProjectionBody : DISTINCT? ( '*' | Item ) ( ',' Item )* Order? Skip? Limit? */
  private parseProjection(start: number): Projection {
    const distinct = this.acceptKeyword('DISTINCT');
    let star = false;
    const items: ProjectionItem[] = [];
    if (this.acceptSymbol('*')) {
      star = true;
      if (!this.acceptSymbol(',')) return this.parseProjectionTail({ distinct, star, items, start });
    }
    do {
      const expr = this.parseExpression();
      const alias = this.acceptKeyword('AS') ? this.expectName('an alias') : null;
      items.push({ expr, alias, text: this.source.slice(expr.start, expr.end), start: expr.start, end: this.prevEnd });
    } while (this.acceptSymbol(','));
    return this.parseProjectionTail({ distinct, star, items, start });
  }

  private parseProjectionTail(head: Pick<Projection, 'distinct' | 'star' | 'items' | 'start'>): Projection {
    const orderBy: SortItem[] = [];
    if (this.acceptKeyword('ORDER')) {
      this.expectKeyword('BY');
      do {
        const expr = this.parseExpression();
        let descending = false;
        if (this.acceptKeyword('DESC') || this.acceptKeyword('DESCENDING')) descending = true;
        else if (!this.acceptKeyword('ASC')) this.acceptKeyword('ASCENDING');
        orderBy.push({ expr, descending, start: expr.start, end: this.prevEnd });
      } while (this.acceptSymbol(','));
    }
    const skip = this.acceptKeyword('SKIP') ? this.parseExpression() : null;
    const limit = this.acceptKeyword('LIMIT') ? this.parseExpression() : null;
    return { ...head, orderBy, skip, limit, end: this.prevEnd };
  }

  /** Subquery : OPTIONAL? CALL ( '(' ( '*' | Variable ( ',' Variable )* )? ')' )? '{' RegularQuery '}' */
  private parseSubqueryBody(optional: boolean): Clause {
    let imports: string[] | '*' | null = null;
    if (this.acceptSymbol('(')) {
      if (this.acceptSymbol('*')) imports = '*';
      else {
        imports = [];
        if (!this.isSymbol(')')) {
          do imports.push(this.expectName('a variable to import'));
          while (this.acceptSymbol(','));
        }
      }
      this.expectSymbol(')');
    }
    this.expectSymbol('{');
    const query = this.parseRegularQuery();
    this.expectSymbol('}');
    let inTransactions = false;
    let batchRows: Expr | null = null;
    if (this.isKeyword('IN') && this.isKeyword('TRANSACTIONS', 1)) {
      this.pos += 2;
      inTransactions = true;
      if (this.acceptKeyword('OF')) {
        batchRows = this.parseExpression();
        if (!this.acceptKeyword('ROWS')) this.expectKeyword('ROW');
      }
    }
    return { type: 'Subquery', optional, imports, query, inTransactions, batchRows, start: 0, end: 0 };
  }

  /** Foreach : FOREACH '(' Variable IN Expr '|' Clause+ ')' */
  private parseForeachBody(): Clause {
    this.expectSymbol('(');
    const variable = this.expectName('a variable');
    this.expectKeyword('IN');
    const list = this.parseExpression();
    this.expectSymbol('|');
    const clauses: Clause[] = [];
    for (;;) {
      const clause = this.parseClause();
      if (!clause) break;
      clauses.push(clause);
    }
    if (clauses.length === 0) throw this.unexpected('an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)');
    this.expectSymbol(')');
    return { type: 'Foreach', variable, list, clauses, start: 0, end: 0 };
  }

  /** Call : CALL Name ( '(' Args ')' )? ( YIELD ( '*' | Item ( ',' Item )* ) ( WHERE Expr )? )? */
  private parseCallBody(): Clause {
    let name = this.expectName('a procedure name');
    while (this.acceptSymbol('.')) name += '.' + this.expectName('a procedure name');
    let args: Expr[] | null = null;
    if (this.acceptSymbol('(')) {
      args = [];
      if (!this.isSymbol(')')) {
        do args.push(this.parseExpression());
        while (this.acceptSymbol(','));
      }
      this.expectSymbol(')');
    }
    let yields: { name: string; alias: string | null; start: number }[] | null = null;
    let yieldStar = false;
    let where: Expr | null = null;
    if (this.acceptKeyword('YIELD')) {
      if (this.acceptSymbol('*')) yieldStar = true;
      else {
        yields = [];
        do {
          const start = this.tok.start;
          const field = this.expectName('a field');
          yields.push({ name: field, alias: this.acceptKeyword('AS') ? this.expectName('an alias') : null, start });
        } while (this.acceptSymbol(','));
      }
      if (this.acceptKeyword('WHERE')) where = this.parseExpression();
    }
    return { type: 'Call', procedure: name, args, yields, yieldStar, where, start: 0, end: 0 };
  }
}
