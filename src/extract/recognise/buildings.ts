/**
 * Seats of government named for their building ("the White House", "the Kremlin"): the body that
 * sits there when it acts or is addressed, the building itself, a Place (ANNOTATION.md: named
 * buildings and sites are Places), when the article names it only as somewhere to be or to go.
 */
import type { Token } from '../segment/tokens.js';
import type { Mention } from './mention.js';
import { normaliseName } from '../resolve/normalise.js';

/** Institutions the lexicon names by their building. */
const SEAT_BUILDINGS = new Set(['white house', 'kremlin', 'elysee', 'elysee palace', 'blue house']);

/** Prepositions of being or going somewhere: "at the White House", "inside the Kremlin". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'into', 'near', 'around', 'on']);

/** Parts of a building an "of" phrase names it with: "the Cabinet Room of the White House". */
const BUILDING_PARTS = new Set(['room', 'lawn', 'grounds', 'steps', 'gates', 'gate', 'roof', 'wing', 'walls', 'halls']);

/** Words of bringing or going before "to": "bring it to the White House", "invited to the Kremlin". */
const MOTION =
  /^(?:bring|brings|brought|take|took|come|comes|came|go|goes|went|invited?|invitation|visits?|trip|returns?|returned|travell?ed|walked|marched|moved)$/;

/** Words that open what follows a noun phrase, not a noun it modifies: "at the White House in May". */
const PHRASE_FOLLOWERS = new Set([
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'and',
  'or',
  'but',
  'that',
  'where',
  'when',
  'before',
  'after',
  'during',
  'since',
  'as',
  'last',
  'this',
  'next',
  'today',
  'yesterday',
  'tomorrow',
]);

function locative(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.tokenEnd];
  // "White House officials", "the Kremlin's stance": a modifier or an owner is the body.
  if (next && ((next.kind === 'word' && !next.cap && !PHRASE_FOLLOWERS.has(next.norm)) || next.norm === "'s"))
    return false;
  let k = m.tokenStart - 1;
  if (tokens[k]?.norm === 'the') k--;
  const prep = tokens[k]?.norm ?? '';
  if (PLACE_PREPOSITIONS.has(prep)) return true;
  if (prep === 'of') return BUILDING_PARTS.has(tokens[k - 1]?.norm ?? '');
  return prep === 'to' && [k - 1, k - 2, k - 3].some((j) => MOTION.test(tokens[j]?.norm ?? ''));
}

/** Retypes in place the seats of government every mention of which names a place to be or go. */
export function seatsAsBuildings(mentions: Mention[], sentenceTokens: Token[][]): void {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.cue !== 'institution') continue;
    const key = normaliseName(m.text);
    if (!SEAT_BUILDINGS.has(key)) continue;
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  for (const group of byName.values()) {
    if (!group.every((m) => locative(sentenceTokens[m.sentence]!, m))) continue;
    for (const m of group) {
      m.type = 'Place';
      m.cue = 'building';
    }
  }
}
