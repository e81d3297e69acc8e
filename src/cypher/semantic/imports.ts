/** Which outer variables a CALL { … } subquery part sees (shared by the checks and the executor). */
import type { ClauseOf, SingleQuery } from '../ast.js';

/**
 * A subquery part written without a scope clause imports through a leading WITH that names
 * outer variables (`CALL { WITH a, b … }`); otherwise it starts with no variables at all.
 */
export function importingWith(part: SingleQuery, isOuter: (name: string) => boolean): ClauseOf<'With'> | null {
  const first = part.clauses[0];
  if (first?.type !== 'With') return null;
  const p = first.projection;
  const imports = p.star || p.items.some((i) => i.expr.type === 'Variable' && isOuter(i.expr.name));
  return imports ? first : null;
}

/** The outer variables visible at the start of a part (before its importing WITH, if any). */
export function importedNames(clause: ClauseOf<'Subquery'>, part: SingleQuery, outer: readonly string[]): string[] {
  if (clause.imports === '*') return [...outer];
  if (clause.imports) return clause.imports.filter((n) => outer.includes(n));
  return importingWith(part, (n) => outer.includes(n)) ? [...outer] : [];
}
