/**
 * The Cypher lexer: source text → tokens with offsets. Keywords are not special here (they are
 * identifiers the parser recognises case-insensitively), so `MATCH (match)` works.
 *
 *   Token      : Identifier | EscapedIdentifier | Integer | Float | String | Parameter | Symbol
 *   Integer    : Digits | 0x HexDigits | 0o OctDigits
 *   Float      : Digits? . Digits Exponent? | Digits Exponent
 *   String     : ' chars ' | " chars "   with \t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX
 *   Comment    : // … end of line | /* … *\/
 */
import { compileError } from './errors.js';

export type TokenKind = 'ident' | 'escaped' | 'integer' | 'float' | 'string' | 'param' | 'symbol' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier name, symbol text, unescaped string, or number text. */
  text: string;
  start: number;
  end: number;
}

const SYMBOLS = [
  '..',
  '<>',
  '!=',
  '<=',
  '>=',
  '=~',
  '+=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  ':',
  ';',
  '|',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '=',
  '<',
  '>',
  '$',
];

function isIdentStart(c: string): boolean {
  return /[\p{L}_\p{Nl}]/u.test(c);
}

function isIdentPart(c: string): boolean {
  return /[\p{L}\p{N}_\p{Mn}\p{Mc}\p{Pc}\p{Sc}]/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) throw compileError('UnexpectedSyntax', 'Unterminated comment', source, i);
      i = close + 2;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      const [text, end] = readString(source, i);
      tokens.push({ kind: 'string', text, start, end });
      i = end;
      continue;
    }
    if (c === '`') {
      let text = '';
      i++;
      for (;;) {
        if (i >= n) throw compileError('UnexpectedSyntax', 'Unterminated escaped identifier', source, start);
        if (source[i] === '`') {
          if (source[i + 1] === '`') {
            text += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += source[i++];
      }
      tokens.push({ kind: 'escaped', text, start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(source[i + 1]) && !endsWithValue(tokens))) {
      i = readNumber(source, i, tokens);
      continue;
    }
    if (c === '$') {
      i++;
      let name = '';
      if (source[i] === '`') {
        const close = source.indexOf('`', i + 1);
        if (close < 0) throw compileError('UnexpectedSyntax', 'Unterminated parameter name', source, start);
        name = source.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < n && isIdentPart(source[i]!)) name += source[i++];
      }
      if (!name) throw compileError('UnexpectedSyntax', 'Expected a parameter name after $', source, start);
      tokens.push({ kind: 'param', text: name, start, end: i });
      continue;
    }
    if (isIdentStart(c)) {
      while (i < n && isIdentPart(source[i]!)) i++;
      tokens.push({ kind: 'ident', text: source.slice(start, i), start, end: i });
      continue;
    }
    const sym = SYMBOLS.find((s) => source.startsWith(s, i));
    if (!sym)
      throw compileError(
        c.charCodeAt(0) > 127 ? 'InvalidUnicodeCharacter' : 'UnexpectedSyntax',
        `Unexpected character '${c}'`,
        source,
        i,
      );
    tokens.push({ kind: 'symbol', text: sym, start, end: i + sym.length });
    i += sym.length;
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'RETURN',
  'WITH',
  'WHERE',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'THEN',
  'ELSE',
  'WHEN',
  'CASE',
  'SKIP',
  'LIMIT',
  'UNWIND',
  'BY',
  'CONTAINS',
  'SET',
  'DISTINCT',
]);

/** `a.5` is not a float: a dot after a value is property access (but `RETURN .5` is a float). */
function endsWithValue(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.kind === 'ident') return !KEYWORDS_BEFORE_EXPRESSION.has(last.text.toUpperCase());
  return (
    last.kind === 'escaped' || (last.kind === 'symbol' && (last.text === ')' || last.text === ']' || last.text === '}'))
  );
}

function readNumber(source: string, i: number, tokens: Token[]): number {
  const start = i;
  const bad = (end: number): never => {
    throw compileError('InvalidNumberLiteral', `Invalid number literal '${source.slice(start, end)}'`, source, start);
  };
  const rest = (j: number): number => {
    let k = j;
    while (k < source.length && isIdentPart(source[k]!)) k++;
    return k;
  };
  if (source[i] === '0' && (source[i + 1] === 'x' || source[i + 1] === 'X')) {
    const end = rest(i + 2);
    const digits = source.slice(i + 2, end);
    if (!/^[0-9a-fA-F]+$/.test(digits)) bad(end);
    tokens.push({ kind: 'integer', text: '0x' + digits, start, end });
    return end;
  }
  if (source[i] === '0' && (source[i + 1] === 'o' || source[i + 1] === 'O')) {
    const end = rest(i + 2);
    const digits = source.slice(i + 2, end);
    if (!/^[0-7]+$/.test(digits)) bad(end);
    tokens.push({ kind: 'integer', text: '0o' + digits, start, end });
    return end;
  }
  let j = i;
  let isFloat = false;
  while (isDigit(source[j])) j++;
  if (source[j] === '.' && isDigit(source[j + 1])) {
    isFloat = true;
    j++;
    while (isDigit(source[j])) j++;
  }
  if (
    (source[j] === 'e' || source[j] === 'E') &&
    (isDigit(source[j + 1]) || ((source[j + 1] === '-' || source[j + 1] === '+') && isDigit(source[j + 2])))
  ) {
    isFloat = true;
    j += 2;
    while (isDigit(source[j])) j++;
  }
  if (j < source.length && isIdentPart(source[j]!)) bad(rest(j));
  const text = source.slice(i, j);
  if (!isFloat && text.length > 1 && text.startsWith('0')) {
    if (!/^0[0-7]+$/.test(text)) bad(j);
    tokens.push({ kind: 'integer', text: '0o' + text.slice(1), start, end: j });
    return j;
  }
  tokens.push({ kind: isFloat ? 'float' : 'integer', text, start, end: j });
  return j;
}

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"', '\\': '\\' };

function readString(source: string, i: number): [string, number] {
  const quote = source[i]!;
  const start = i;
  let out = '';
  i++;
  for (;;) {
    if (i >= source.length) throw compileError('UnexpectedSyntax', 'Unterminated string literal', source, start);
    const c = source[i]!;
    if (c === quote) return [out, i + 1];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = source[i + 1];
    if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      const hex = source.slice(i + 2, i + 2 + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw compileError('InvalidUnicodeLiteral', `Invalid unicode escape '\\${e}${hex}'`, source, i);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff)
        throw compileError('InvalidUnicodeLiteral', `Invalid unicode code point \\${e}${hex}`, source, i);
      out += String.fromCodePoint(cp);
      i += 2 + len;
    } else {
      // Unknown escapes keep the backslash, as Neo4j does.
      out += '\\';
      i++;
    }
  }
}
