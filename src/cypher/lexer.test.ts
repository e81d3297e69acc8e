import { describe, expect, it } from 'vitest';
import { CypherError } from './errors.js';
import { tokenize } from './lexer.js';

const kinds = (q: string) => tokenize(q).map((t) => [t.kind, t.text]);

describe('tokenize', () => {
  it('reads numbers in every base and keeps integers apart from floats', () => {
    expect(kinds('1 0x1F 0o17 1.5 .5 1e3 2E-2')).toEqual([
      ['integer', '1'],
      ['integer', '0x1F'],
      ['integer', '0o17'],
      ['float', '1.5'],
      ['float', '.5'],
      ['float', '1e3'],
      ['float', '2E-2'],
      ['eof', ''],
    ]);
  });

  it('unescapes strings, including unicode escapes', () => {
    const [t] = tokenize(String.raw`'a\'b\n\u00e9\U0001F600'`);
    expect(t).toMatchObject({ kind: 'string', text: "a'b\né😀" });
  });

  it('treats a dot after a value as property access, not a float', () => {
    expect(kinds('a.5')).toEqual([
      ['ident', 'a'],
      ['symbol', '.'],
      ['integer', '5'],
      ['eof', ''],
    ]);
    expect(kinds('RETURN .5')[1]).toEqual(['float', '.5']);
  });

  it('splits ranges and arrows into symbols the parser can combine', () => {
    expect(kinds('*1..3')).toEqual([
      ['symbol', '*'],
      ['integer', '1'],
      ['symbol', '..'],
      ['integer', '3'],
      ['eof', ''],
    ]);
    expect(kinds('<-->').map(([, t]) => t)).toEqual(['<', '-', '-', '>', '']);
  });

  it('skips comments and reads parameters and escaped names', () => {
    expect(kinds('$p // note\n`a b` /* x */ $`odd name`')).toEqual([
      ['param', 'p'],
      ['escaped', 'a b'],
      ['param', 'odd name'],
      ['eof', ''],
    ]);
  });

  it('rejects malformed literals with a position', () => {
    const err = (() => {
      try {
        tokenize('RETURN 0x1G');
      } catch (e) {
        return e as CypherError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(CypherError);
    expect(err.detail).toBe('InvalidNumberLiteral');
    expect(err.position).toEqual({ offset: 7, line: 1, column: 8 });
    expect(() => tokenize("'unterminated")).toThrow(/Unterminated string/);
    expect(() => tokenize(String.raw`'\uZZZZ'`)).toThrow(/unicode/);
  });
});
