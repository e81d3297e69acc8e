import { normaliseName } from '../extract/resolve/normalise.js';

/**
 * The scorer's name normalisation (ANNOTATION.md "Scoring"): compatibility decomposition,
 * accents dropped, lower case, punctuation and symbols removed, spaces collapsed, a leading
 * "the" dropped. "the U.S." = "US", "G-20" = "G20", "Agnès" = "Agnes".
 */
export function normaliseForScoring(value: unknown): string {
  // Extraction resolves names with the very same normalisation; one implementation serves both.
  return typeof value === 'string' ? normaliseName(value) : '';
}

/** The normalised name set of an entity: its name and every alias. */
export function nameSet(name: unknown, aliases: unknown): Set<string> {
  const out = new Set<string>();
  for (const v of [name, ...(Array.isArray(aliases) ? aliases : [])]) {
    const n = normaliseForScoring(v);
    if (n) out.add(n);
  }
  return out;
}

export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
