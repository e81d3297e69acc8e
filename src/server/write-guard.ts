/**
 * A lexical check for updating clauses, run before a read-only query reaches the store (which
 * refuses them too): string literals, comments and `quoted` names are skipped, so
 * RETURN 'CREATE' passes while CREATE (n) does not.
 */

const UPDATING = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'DROP', 'LOAD']);

export interface UpdatingClause {
  keyword: string;
  offset: number;
  line: number;
  column: number;
}

export function findUpdatingClause(query: string): UpdatingClause | null {
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(query, i, c);
    } else if (c === '/' && query[i + 1] === '/') {
      const nl = query.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (c === '/' && query[i + 1] === '*') {
      const close = query.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z0-9_]/.test(query[i] as string)) i++;
      const word = query.slice(start, i).toUpperCase();
      if (UPDATING.has(word) && !isNameContext(query, start, i))
        return { keyword: word, offset: start, ...lineColumn(query, start) };
    } else {
      i++;
    }
  }
  return null;
}

function skipQuoted(text: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** `n.set`, `:Create`, `$delete` and `{merge: 1}` use the word as a name, not a clause. */
function isNameContext(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trimEnd();
  const prev = before[before.length - 1];
  if (prev === '.' || prev === ':' || prev === '$') return true;
  return /^\s*:/.test(text.slice(end));
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const head = text.slice(0, offset);
  const line = head.split('\n').length;
  return { line, column: offset - (head.lastIndexOf('\n') + 1) + 1 };
}
