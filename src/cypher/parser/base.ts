/** The token cursor every grammar area builds on. */
import { compileError, type CypherError } from '../errors.js';
import { tokenize, type Token } from '../lexer.js';
import { didYouMean } from '../suggest.js';

const CLAUSE_WORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'CREATE',
  'MERGE',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH DELETE',
  'ORDER BY',
  'SKIP',
  'LIMIT',
  'UNION',
];

/** Words that cannot be bare variable names where an expression may continue. */
export const RESERVED = new Set([
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'CREATE',
  'MERGE',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH',
  'ORDER',
  'BY',
  'SKIP',
  'LIMIT',
  'ASC',
  'ASCENDING',
  'DESC',
  'DESCENDING',
  'UNION',
  'ALL',
  'AS',
  'ON',
  'CALL',
  'YIELD',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'DISTINCT',
  'STARTS',
  'ENDS',
  'CONTAINS',
]);

export class TokenCursor {
  protected readonly tokens: Token[];
  protected pos = 0;

  constructor(readonly source: string) {
    this.tokens = tokenize(source);
  }

  protected get tok(): Token {
    return this.tokens[this.pos]!;
  }

  protected peekAt(ahead: number): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
  }

  protected get prevEnd(): number {
    return this.pos > 0 ? this.tokens[this.pos - 1]!.end : 0;
  }

  /** Is the current token the keyword `word` (case-insensitive, not backquoted)? */
  protected isKeyword(word: string, ahead = 0): boolean {
    const t = this.peekAt(ahead);
    return t.kind === 'ident' && t.text.toUpperCase() === word;
  }

  protected isSymbol(sym: string, ahead = 0): boolean {
    const t = this.peekAt(ahead);
    return t.kind === 'symbol' && t.text === sym;
  }

  protected acceptKeyword(...words: string[]): boolean {
    for (let i = 0; i < words.length; i++) if (!this.isKeyword(words[i]!, i)) return false;
    this.pos += words.length;
    return true;
  }

  protected acceptSymbol(sym: string): boolean {
    if (!this.isSymbol(sym)) return false;
    this.pos++;
    return true;
  }

  protected expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.unexpected(`'${word}'`);
    return this.tokens[this.pos++]!;
  }

  protected expectSymbol(sym: string): Token {
    if (!this.isSymbol(sym)) throw this.unexpected(`'${sym}'`);
    return this.tokens[this.pos++]!;
  }

  /** A symbolic name: identifier (any word, keywords included) or `escaped`. */
  protected expectName(what = 'a name'): string {
    const t = this.tok;
    if (t.kind === 'ident' || t.kind === 'escaped') {
      this.pos++;
      return t.text;
    }
    throw this.unexpected(what);
  }

  protected unexpected(expected: string): CypherError {
    const t = this.tok;
    if (t.kind === 'eof')
      return compileError('UnexpectedSyntax', `Unexpected end of query: expected ${expected}`, this.source, t.start);
    const hint = t.kind === 'ident' ? didYouMean(t.text, CLAUSE_WORDS) : '';
    return compileError(
      'UnexpectedSyntax',
      `Invalid input '${this.source.slice(t.start, t.end)}': expected ${expected}${hint}`,
      this.source,
      t.start,
    );
  }

  protected error(detail: string, message: string, offset: number): CypherError {
    return compileError(detail, message, this.source, offset);
  }

  /** Run `fn`; on a syntax error, rewind and return null (for the few ambiguous spots). */
  protected attempt<T>(fn: () => T): T | null {
    const saved = this.pos;
    try {
      return fn();
    } catch {
      this.pos = saved;
      return null;
    }
  }
}
