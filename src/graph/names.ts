/**
 * Name normalisation and the match keys cross-article resolution compares. A strong key is a
 * whole name or alias ("vladimir putin", "putin", "us"); a weak key is a guess (a person's
 * surname, a place's or a 3+-word organisation's initials) that never matches another weak key
 * (see merge.ts for how they pair up).
 */

import { normaliseName } from '../extract/index.js';

const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'du', 'des', 'a', 'an']);
const CORPORATE_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'spa', 'group']);

/**
 * "the U.S." → "us"; "Putin's" → "putin"; "G-20" → "g20"; "São Paulo" → "sao paulo". Punctuation is
 * dropped, not spaced, as the scorer (shared/tools/score-extraction.mjs) normalises names.
 */
export function normalizeName(text: string): string {
  return normaliseName(text.replace(/['’]s\b/giu, ''));
}

export function nameTokens(text: string): string[] {
  const normal = normalizeName(text);
  return normal === '' ? [] : normal.split(' ');
}

/**
 * A name is fuller when it has more words ("Vladimir Putin" over "Putin", "United States" over
 * "US"). Between names of as many words neither is fuller, so the one already stored stays
 * ("Japan" is not replaced by "Nippon" just for having more letters).
 */
export function isFuller(candidate: string, than: string): boolean {
  return nameTokens(candidate).length > nameTokens(than).length;
}

export function strongKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const key = normalizeName(form);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

export function weakKeys(type: string, name: string): string[] {
  const tokens = nameTokens(name);
  if (tokens.length < 2) return [];
  if (type === 'Person') {
    const surname = tokens[tokens.length - 1]!;
    return surname.length > 1 ? [surname] : [];
  }
  if (type === 'Organization' || type === 'Place') {
    const significant = tokens.filter((t) => !STOPWORDS.has(t) && !CORPORATE_SUFFIXES.has(t));
    // Two-word organisation initials collide too often ("EC": Exchange Commission, Exxon Corp).
    if (significant.length < (type === 'Place' ? 2 : 3)) return [];
    return [significant.map((t) => t[0]).join('')];
  }
  return [];
}

/**
 * Two person names can be one person when every word of the shorter appears in the longer
 * (an initial matches a word it starts): "Putin" ~ "Vladimir Putin", "V. Putin" ~ "Vladimir
 * Putin", but not "Lyudmila Putin" ~ "Vladimir Putin".
 */
export function personNamesCompatible(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return shorter.every((word) =>
    longer.some((other) => other === word || (word.length === 1 && other.startsWith(word))),
  );
}
