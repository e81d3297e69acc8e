/** Patterns: nodes, relationships, paths, shortestPath. */
import type { MapLiteral, NodePattern, Parameter, PatternPart, RelPattern } from '../ast.js';
import { ExpressionParser } from './expressions.js';

export abstract class PatternParser extends ExpressionParser {
  /** PatternPart : ( Variable '=' )? ( shortestPath '(' PatternElement ')' | PatternElement ) */
  parsePatternPart(): PatternPart {
    const start = this.tok.start;
    let variable: string | null = null;
    if ((this.tok.kind === 'ident' || this.tok.kind === 'escaped') && this.isSymbol('=', 1)) {
      variable = this.tok.text;
      this.pos += 2;
    }
    let shortest: 'shortest' | 'all' | null = null;
    if (this.tok.kind === 'ident' && this.isSymbol('(', 1)) {
      const word = this.tok.text.toLowerCase();
      if (word === 'shortestpath' || word === 'allshortestpaths') {
        shortest = word === 'shortestpath' ? 'shortest' : 'all';
        this.pos += 2;
      }
    }
    const { nodes, rels } = this.parsePatternElement();
    if (shortest) this.expectSymbol(')');
    return { type: 'PatternPart', variable, shortest, nodes, rels, start, end: this.prevEnd };
  }

  /** PatternElement : NodePattern ( RelationshipPattern NodePattern )* | '(' PatternElement ')' */
  private parsePatternElement(): { nodes: NodePattern[]; rels: RelPattern[] } {
    if (this.isSymbol('(') && this.isSymbol('(', 1)) {
      this.pos++;
      const inner = this.parsePatternElement();
      this.expectSymbol(')');
      return inner;
    }
    const nodes = [this.parseNodePattern()];
    const rels: RelPattern[] = [];
    while (this.isSymbol('-') || (this.isSymbol('<') && this.isSymbol('-', 1))) {
      rels.push(this.parseRelPattern());
      nodes.push(this.parseNodePattern());
    }
    return { nodes, rels };
  }

  /** NodePattern : '(' Variable? ( ( ':' Label )+ | ':' Label ( '|' Label )+ )? Properties? ')' */
  parseNodePattern(): NodePattern {
    const start = this.expectSymbol('(').start;
    let variable: string | null = null;
    if (this.tok.kind === 'ident' || this.tok.kind === 'escaped') variable = this.expectName();
    const labels: string[] = [];
    let anyLabels: string[] | null = null;
    while (this.acceptSymbol(':')) labels.push(this.expectName('a label'));
    if (labels.length === 1 && this.isSymbol('|')) {
      anyLabels = [labels.pop()!];
      while (this.acceptSymbol('|')) {
        this.acceptSymbol(':');
        anyLabels.push(this.expectName('a label'));
      }
    }
    const properties = this.parseProperties();
    this.expectSymbol(')');
    return { type: 'NodePattern', variable, labels, anyLabels, properties, start, end: this.prevEnd };
  }

  /** Properties : MapLiteral | Parameter */
  private parseProperties(): MapLiteral | Parameter | null {
    if (this.isSymbol('{')) return this.parseMapLiteral();
    if (this.tok.kind === 'param') {
      const t = this.tok;
      this.pos++;
      return { type: 'Parameter', name: t.text, start: t.start, end: t.end };
    }
    return null;
  }

  /**
   * RelationshipPattern : '<'? '-' ( '[' Variable? ( ':' Type ( '|' ':'? Type )* )? Range? Properties? ']' )? '-' '>'?
   * Range : '*' Integer? ( '..' Integer? )?
   */
  private parseRelPattern(): RelPattern {
    const start = this.tok.start;
    const leftArrow = this.acceptSymbol('<');
    this.expectSymbol('-');
    let variable: string | null = null;
    const types: string[] = [];
    let range: RelPattern['range'] = null;
    let properties: MapLiteral | Parameter | null = null;
    if (this.acceptSymbol('[')) {
      if (this.tok.kind === 'ident' || this.tok.kind === 'escaped') variable = this.expectName();
      if (this.acceptSymbol(':')) {
        types.push(this.expectName('a relationship type'));
        while (this.acceptSymbol('|')) {
          this.acceptSymbol(':');
          types.push(this.expectName('a relationship type'));
        }
      }
      if (this.acceptSymbol('*')) range = this.parseRange();
      else if (this.isSymbol('..') || this.tok.kind === 'integer') {
        throw this.error(
          'InvalidRelationshipPattern',
          "A variable-length relationship needs '*' before its bounds, as in [:TYPE*1..3]",
          this.tok.start,
        );
      }
      properties = this.parseProperties();
      this.expectSymbol(']');
    }
    this.expectSymbol('-');
    const rightArrow = this.acceptSymbol('>');
    // <--> is undirected, as in Neo4j.
    const direction = leftArrow === rightArrow ? 'both' : leftArrow ? 'in' : 'out';
    return { type: 'RelPattern', variable, types, direction, properties, range, start, end: this.prevEnd };
  }

  private parseRange(): { min: number | null; max: number | null } {
    const bound = (): number | null => {
      if (this.isSymbol('-'))
        throw this.error('InvalidRelationshipPattern', 'A variable-length bound cannot be negative', this.tok.start);
      if (this.tok.kind !== 'integer') return null;
      const t = this.tok;
      this.pos++;
      return Number(this.integerValue(t.text, t.start));
    };
    const min = bound();
    if (this.acceptSymbol('..')) return { min, max: bound() };
    return min === null ? { min: null, max: null } : { min, max: min };
  }
}
