/**
 * Name normalisation for matching names within an article: NFKD, accents, case, punctuation
 * and a leading "the" do not matter ("the U.S." = "US", "G-20" = "G20", "Erdoğan" = "Erdogan").
 */
const cache = new Map<string, string>();

export function normaliseName(value: string): string {
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const out = normaliseUncached(value);
  if (cache.size > 50_000) cache.clear();
  cache.set(value, out);
  return out;
}

function normaliseUncached(value: string): string {
  let s = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  // "New People's Party" is also written "New People Party": one name either way.
  s = s
    .replace(/\bpeople['’]s\b/g, 'people')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** A URL- and id-safe slug of a name: "Sergei Lavrov" → "sergei-lavrov", "G-20" → "g-20". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The surname of a normalised person's name: its last word, past a generation ("r j dalton jr" → "dalton"). */
export function surnameOf(normalisedName: string): string {
  const words = normalisedName.split(' ');
  const last =
    words.length > 1 && /^(?:jr|sr|ii|iii|iv)$/.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  return words[last]!;
}
