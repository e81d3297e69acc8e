/** Expressions, by precedence from OR down to atoms (openCypher 9 grammar). */
import type { BinaryOp, ComparisonOp, Expr, MapLiteral, MapProjectionItem, PatternPart, Query } from '../ast.js';
import { TokenCursor, RESERVED } from './base.js';

/**
 * Words that start updating clauses, yet where an expression must begin they can only be a
 * variable (`WITH 1 AS set RETURN set`, as Neo4j reads it).
 */
const CLAUSE_WORDS_AS_NAMES = new Set(['CREATE', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH']);

const INT64_MAX = 9223372036854775807n;

export abstract class ExpressionParser extends TokenCursor {
  abstract parsePatternPart(): PatternPart;
  abstract parseRegularQuery(): Query;

  /** Expression : OrExpression */
  parseExpression(): Expr {
    return this.parseOr();
  }

  /** OrExpression : XorExpression ( OR XorExpression )* — and likewise XOR, AND. */
  private parseOr(): Expr {
    return this.parseBinaryChain('OR', () => this.parseXor());
  }
  private parseXor(): Expr {
    return this.parseBinaryChain('XOR', () => this.parseAnd());
  }
  private parseAnd(): Expr {
    return this.parseBinaryChain('AND', () => this.parseNot());
  }

  private parseBinaryChain(op: 'OR' | 'XOR' | 'AND', next: () => Expr): Expr {
    let left = next();
    while (this.acceptKeyword(op)) {
      const right = next();
      left = { type: 'Binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** NotExpression : NOT* ComparisonExpression */
  private parseNot(): Expr {
    if (this.isKeyword('NOT')) {
      const start = this.tok.start;
      this.pos++;
      const operand = this.parseNot();
      return { type: 'Unary', op: 'NOT', operand, start, end: operand.end };
    }
    return this.parseComparison();
  }

  /** ComparisonExpression : PredicateExpression ( ('=' | '<>' | '<' | '>' | '<=' | '>=') PredicateExpression )* */
  private parseComparison(): Expr {
    const first = this.parsePredicate();
    const operands = [first];
    const ops: ComparisonOp[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'symbol') break;
      const op = t.text === '!=' ? '<>' : t.text;
      if (!['=', '<>', '<', '>', '<=', '>='].includes(op)) break;
      this.pos++;
      ops.push(op as ComparisonOp);
      operands.push(this.parsePredicate());
    }
    if (ops.length === 0) return first;
    return { type: 'Comparison', operands, ops, start: first.start, end: operands[operands.length - 1]!.end };
  }

  /** PredicateExpression : AddOrSubtract ( STARTS WITH x | ENDS WITH x | CONTAINS x | IN x | =~ x | IS [NOT] NULL )* */
  private parsePredicate(): Expr {
    let left = this.parseAdditive();
    for (;;) {
      let op: BinaryOp | null = null;
      if (this.acceptKeyword('STARTS', 'WITH')) op = 'STARTS WITH';
      else if (this.acceptKeyword('ENDS', 'WITH')) op = 'ENDS WITH';
      else if (this.acceptKeyword('CONTAINS')) op = 'CONTAINS';
      else if (this.acceptKeyword('IN')) op = 'IN';
      else if (this.acceptSymbol('=~')) op = '=~';
      else if (this.isKeyword('IS')) {
        this.pos++;
        const negated = this.acceptKeyword('NOT');
        this.expectKeyword('NULL');
        left = { type: 'IsNull', operand: left, negated, start: left.start, end: this.prevEnd };
        continue;
      }
      if (!op) return left;
      const right = this.parseAdditive();
      left = { type: 'Binary', op, left, right, start: left.start, end: right.end };
    }
  }

  /** AddOrSubtract : MultiplyDivideModulo ( ('+' | '-') MultiplyDivideModulo )* */
  private parseAdditive(): Expr {
    let left = this.parseMultiplicative();
    while (this.isSymbol('+') || this.isSymbol('-')) {
      const op = this.tok.text as '+' | '-';
      this.pos++;
      const right = this.parseMultiplicative();
      left = { type: 'Binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** MultiplyDivideModulo : Power ( ('*' | '/' | '%') Power )* */
  private parseMultiplicative(): Expr {
    let left = this.parsePower();
    while (this.isSymbol('*') || this.isSymbol('/') || this.isSymbol('%')) {
      const op = this.tok.text as '*' | '/' | '%';
      this.pos++;
      const right = this.parsePower();
      left = { type: 'Binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** Power : UnaryAddOrSubtract ( '^' UnaryAddOrSubtract )* */
  private parsePower(): Expr {
    let left = this.parseUnary();
    while (this.acceptSymbol('^')) {
      const right = this.parseUnary();
      left = { type: 'Binary', op: '^', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** UnaryAddOrSubtract : ('+' | '-') UnaryAddOrSubtract | PostfixExpression */
  private parseUnary(): Expr {
    if (this.isSymbol('-') || this.isSymbol('+')) {
      const start = this.tok.start;
      const op = this.tok.text as '-' | '+';
      this.pos++;
      if (op === '-' && this.tok.kind === 'integer') {
        const t = this.tok;
        this.pos++;
        const value = -this.integerValue(t.text, t.start, true);
        return this.parsePostfix({ type: 'Literal', value, start, end: t.end });
      }
      const operand = this.parseUnary();
      return { type: 'Unary', op, operand, start, end: operand.end };
    }
    return this.parsePostfix(this.parseAtom());
  }

  /** PostfixExpression : Atom ( '.' PropertyKey | '[' Expr ']' | '[' Expr? '..' Expr? ']' )* NodeLabels? */
  private parsePostfix(atom: Expr): Expr {
    let e = atom;
    for (;;) {
      if (this.isSymbol('.')) {
        this.pos++;
        const key = this.expectName('a property key');
        e = { type: 'Property', object: e, key, start: e.start, end: this.prevEnd };
      } else if (this.isSymbol('[')) {
        this.pos++;
        let from: Expr | null = null;
        if (!this.isSymbol('..')) from = this.parseExpression();
        if (this.acceptSymbol('..')) {
          const to = this.isSymbol(']') ? null : this.parseExpression();
          this.expectSymbol(']');
          e = { type: 'Slice', object: e, from, to, start: e.start, end: this.prevEnd };
        } else {
          this.expectSymbol(']');
          e = { type: 'Index', object: e, index: from!, start: e.start, end: this.prevEnd };
        }
      } else if (this.isSymbol(':') && (this.peekAt(1).kind === 'ident' || this.peekAt(1).kind === 'escaped')) {
        const labels: string[] = [];
        while (this.acceptSymbol(':')) labels.push(this.expectName('a label'));
        e = { type: 'LabelCheck', operand: e, labels, start: e.start, end: this.prevEnd };
      } else {
        return e;
      }
    }
  }

  protected integerValue(text: string, offset: number, negated = false): bigint {
    const v = text.startsWith('0x') ? BigInt(text) : text.startsWith('0o') ? BigInt(text) : BigInt(text);
    if (v > (negated ? INT64_MAX + 1n : INT64_MAX)) {
      throw this.error(
        'IntegerOverflow',
        `Integer literal ${negated ? '-' : ''}${text} is too large for a 64-bit integer`,
        offset,
      );
    }
    return v;
  }

  /** Atom : Literal | Parameter | CASE … | COUNT(*) | comprehensions | quantifiers | pattern | ( Expr ) | call | variable */
  private parseAtom(): Expr {
    const t = this.tok;
    const start = t.start;
    switch (t.kind) {
      case 'integer':
        this.pos++;
        return { type: 'Literal', value: this.integerValue(t.text, t.start), start, end: t.end };
      case 'float': {
        this.pos++;
        const value = Number(t.text);
        if (!Number.isFinite(value))
          throw this.error('FloatingPointOverflow', `Float literal ${t.text} is too large`, start);
        return { type: 'Literal', value, start, end: t.end };
      }
      case 'string':
        this.pos++;
        return { type: 'Literal', value: t.text, start, end: t.end };
      case 'param':
        this.pos++;
        return { type: 'Parameter', name: t.text, start, end: t.end };
      case 'escaped':
        this.pos++;
        return this.variableOrProjection(t.text, start);
      case 'symbol':
        if (t.text === '[') return this.parseBracket();
        if (t.text === '{') return this.parseMapLiteral();
        if (t.text === '(') return this.parseParenthesized();
        throw this.unexpected('an expression');
      case 'ident':
        return this.parseWordAtom();
      default:
        throw this.unexpected('an expression');
    }
  }

  private parseWordAtom(): Expr {
    const t = this.tok;
    const start = t.start;
    const word = t.text.toUpperCase();
    if (word === 'NULL') return this.literal(null);
    if (word === 'TRUE') return this.literal(true);
    if (word === 'FALSE') return this.literal(false);
    if (word === 'CASE') return this.parseCase();
    if (word === 'COUNT' && this.isSymbol('(', 1) && this.isSymbol('*', 2)) {
      this.pos += 3;
      this.expectSymbol(')');
      return { type: 'CountStar', start, end: this.prevEnd };
    }
    if ((word === 'EXISTS' || word === 'COUNT') && this.isSymbol('{', 1))
      return this.parseExistsSubquery(word === 'COUNT');
    if (word === 'COLLECT' && this.isSymbol('{', 1)) {
      const start = this.tok.start;
      this.pos += 2;
      const query = this.parseRegularQuery();
      this.expectSymbol('}');
      return { type: 'Collect', query, start, end: this.prevEnd };
    }
    if (
      ['ALL', 'ANY', 'NONE', 'SINGLE'].includes(word) &&
      this.isSymbol('(', 1) &&
      this.peekAt(2).kind !== 'symbol' &&
      this.isKeyword('IN', 3)
    ) {
      this.pos += 2;
      const variable = this.expectName('a variable');
      this.expectKeyword('IN');
      const list = this.parseExpression();
      const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
      this.expectSymbol(')');
      return {
        type: 'Quantifier',
        quantifier: word.toLowerCase() as 'all',
        variable,
        list,
        where,
        start,
        end: this.prevEnd,
      };
    }
    if (word === 'REDUCE' && this.isSymbol('(', 1)) {
      this.pos += 2;
      const accumulator = this.expectName('an accumulator');
      this.expectSymbol('=');
      const init = this.parseExpression();
      this.expectSymbol(',');
      const variable = this.expectName('a variable');
      this.expectKeyword('IN');
      const list = this.parseExpression();
      this.expectSymbol('|');
      const expression = this.parseExpression();
      this.expectSymbol(')');
      return { type: 'Reduce', accumulator, init, variable, list, expression, start, end: this.prevEnd };
    }
    // FunctionInvocation : Namespace? Name '(' DISTINCT? ( Expr ( ',' Expr )* )? ')'
    let ahead = 1;
    while (this.isSymbol('.', ahead) && this.peekAt(ahead + 1).kind === 'ident') ahead += 2;
    if (this.isSymbol('(', ahead)) {
      const parts: string[] = [];
      for (let i = 0; i < ahead; i += 2) parts.push(this.peekAt(i).text);
      this.pos += ahead + 1;
      const distinct = this.acceptKeyword('DISTINCT');
      const args: Expr[] = [];
      if (!this.isSymbol(')')) {
        do args.push(this.parseExpression());
        while (this.acceptSymbol(','));
      }
      this.expectSymbol(')');
      return { type: 'Call', name: parts.join('.'), args, distinct, start, end: this.prevEnd };
    }
    if (RESERVED.has(word) && !['ALL', 'ANY', 'NONE', 'SINGLE'].includes(word) && !CLAUSE_WORDS_AS_NAMES.has(word))
      throw this.unexpected('an expression');
    this.pos++;
    return this.variableOrProjection(t.text, start);
  }

  private literal(value: null | boolean): Expr {
    const t = this.tok;
    this.pos++;
    return { type: 'Literal', value, start: t.start, end: t.end };
  }

  /** MapProjection : Variable '{' ( '.' Key | '.*' | Key ':' Expr | Variable ) ( ',' … )* '}' */
  private variableOrProjection(name: string, start: number): Expr {
    if (!this.isSymbol('{')) return { type: 'Variable', name, start, end: this.prevEnd };
    this.pos++;
    const items: MapProjectionItem[] = [];
    if (!this.isSymbol('}')) {
      do {
        if (this.acceptSymbol('.')) {
          if (this.acceptSymbol('*')) items.push({ kind: 'all' });
          else items.push({ kind: 'property', key: this.expectName('a property key') });
        } else {
          const key = this.expectName('a key');
          if (this.acceptSymbol(':')) items.push({ kind: 'literal', key, value: this.parseExpression() });
          else items.push({ kind: 'variable', name: key });
        }
      } while (this.acceptSymbol(','));
    }
    this.expectSymbol('}');
    return { type: 'MapProjection', variable: name, items, start, end: this.prevEnd };
  }

  /** CaseExpression : CASE Expr? ( WHEN Expr THEN Expr )+ ( ELSE Expr )? END */
  private parseCase(): Expr {
    const start = this.tok.start;
    this.pos++;
    const test = this.isKeyword('WHEN') ? null : this.parseExpression();
    const whens: [Expr, Expr][] = [];
    while (this.acceptKeyword('WHEN')) {
      const cond = this.parseExpression();
      this.expectKeyword('THEN');
      whens.push([cond, this.parseExpression()]);
    }
    if (whens.length === 0) throw this.unexpected("'WHEN'");
    const otherwise = this.acceptKeyword('ELSE') ? this.parseExpression() : null;
    this.expectKeyword('END');
    return { type: 'Case', test, whens, otherwise, start, end: this.prevEnd };
  }

  /** MapLiteral : '{' ( Key ':' Expr ( ',' Key ':' Expr )* )? '}' */
  parseMapLiteral(): MapLiteral {
    const start = this.expectSymbol('{').start;
    const entries: [string, Expr][] = [];
    if (!this.isSymbol('}')) {
      do {
        const key = this.expectName('a map key');
        this.expectSymbol(':');
        entries.push([key, this.parseExpression()]);
      } while (this.acceptSymbol(','));
    }
    this.expectSymbol('}');
    return { type: 'Map', entries, start, end: this.prevEnd };
  }

  /** '[' : list comprehension, pattern comprehension or list literal. */
  private parseBracket(): Expr {
    const start = this.tok.start;
    const nameAhead = this.peekAt(1).kind === 'ident' || this.peekAt(1).kind === 'escaped';
    if (nameAhead && this.isKeyword('IN', 2)) {
      this.pos++;
      const variable = this.expectName();
      this.expectKeyword('IN');
      const list = this.parseExpression();
      const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
      const projection = this.acceptSymbol('|') ? this.parseExpression() : null;
      this.expectSymbol(']');
      return { type: 'ListComprehension', variable, list, where, projection, start, end: this.prevEnd };
    }
    if ((nameAhead && this.isSymbol('=', 2)) || this.isSymbol('(', 1)) {
      const comprehension = this.attempt(() => {
        this.pos++;
        const pattern = this.parsePatternPart();
        if (pattern.rels.length === 0) throw this.unexpected('a relationship pattern');
        const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
        this.expectSymbol('|');
        const projection = this.parseExpression();
        this.expectSymbol(']');
        return { type: 'PatternComprehension' as const, pattern, where, projection, start, end: this.prevEnd };
      });
      if (comprehension) return comprehension;
    }
    this.pos++;
    const items: Expr[] = [];
    if (!this.isSymbol(']')) {
      do items.push(this.parseExpression());
      while (this.acceptSymbol(','));
    }
    this.expectSymbol(']');
    return { type: 'List', items, start, end: this.prevEnd };
  }

  /** '(' : a relationship pattern used as a predicate, or a parenthesised expression. */
  private parseParenthesized(): Expr {
    const pattern = this.attempt(() => {
      const p = this.parsePatternPart();
      if (p.rels.length === 0) throw this.unexpected('a relationship pattern');
      return p;
    });
    if (pattern) return { type: 'PatternPredicate', pattern, start: pattern.start, end: pattern.end };
    const start = this.expectSymbol('(').start;
    const inner = this.parseExpression();
    this.expectSymbol(')');
    // The parentheses belong to the expression's text (column names use it).
    return { ...inner, start, end: this.prevEnd };
  }

  /** ExistentialSubquery : ( EXISTS | COUNT ) '{' ( RegularQuery | Pattern ( WHERE Expr )? ) '}' */
  private parseExistsSubquery(count: boolean): Expr {
    const start = this.tok.start;
    this.pos += 2;
    const patterns = this.attempt(() => {
      const parts = [this.parsePatternPart()];
      while (this.acceptSymbol(',')) parts.push(this.parsePatternPart());
      const where = this.acceptKeyword('WHERE') ? this.parseExpression() : null;
      this.expectSymbol('}');
      return { parts, where };
    });
    if (patterns)
      return {
        type: 'Exists',
        count,
        patterns: patterns.parts,
        where: patterns.where,
        query: null,
        start,
        end: this.prevEnd,
      };
    const query = this.parseRegularQuery();
    this.expectSymbol('}');
    return { type: 'Exists', count, patterns: null, where: null, query, start, end: this.prevEnd };
  }
}
