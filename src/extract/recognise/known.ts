/**
 * Words a gazetteer knows to be part of a name, before the sentence is tagged: the tagger reads a
 * sentence-initial "Italy" as an adverb (its "-ly") and "United" in "The United Nations" as a
 * verb, and the tree built on those tags loses the name's role. Marking them lets the tagger
 * take them as proper nouns.
 */
import { tokenTexts, type Token } from '../segment/tokens.js';
import { isDemonym, isKnownPlace } from '../lexicon/places.js';
import { isTitleWord } from '../lexicon/roles.js';
import { isKnownOrganization } from '../lexicon/organizations.js';
import { isAdjective, isCommonWord, isEnglishWord, isFunctionWord, NAME_PARTICLES } from '../lexicon/words.js';

/** A capitalised word of letters that is no English word, title, demonym or adjective by its ending. */
function unknownCapitalised(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isDemonym(t.text) || isTitleWord(t.norm)) return false;
  return !isEnglishWord(t.norm) && !isAdjective(t.norm) && !isFunctionWord(t.norm);
}

/** Longest run of words looked up as one name ("United Nations Security Council"). */
const MAX_NAME_WORDS = 5;

/** Whether a run of capitalised words is a place or organisation a gazetteer names. */
export function isGazetteerName(surface: string): boolean {
  return isKnownPlace(surface) || isKnownOrganization(surface.toLowerCase(), surface);
}

/** An acronym in capitals ("WHO", "U.N.", "G7"), not a clock or screen word. */
const ACRONYM = /^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z0-9&]{1,5}$/;
const NOT_ACRONYMS = new Set(['AM', 'PM', 'TV', 'OK', 'GMT', 'UTC', 'EST', 'EDT', 'BST', 'CET']);

/**
 * For each token of a sentence: whether it lies inside a name a gazetteer knows, or is an
 * acronym, which the tagger may read as a word ("WHO" as a pronoun).
 */
export function knownNameTokens(tokens: readonly Token[]): boolean[] {
  const marked = tokens.map(() => false);
  // A shouted headline has no names to tell apart by case.
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length > 1 && words.every((t) => t.text === t.text.toUpperCase())) return marked;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !ACRONYM.test(t.text) || NOT_ACRONYMS.has(t.text)) return;
    // "NOTE:", "SPOT": a label or an ordinary word set in capitals is no acronym.
    const label = tokens[i + 1]?.text === ':' || (t.text.length > 3 && isCommonWord(t.norm));
    if (!label) marked[i] = true;
  });
  // "Oskar Lind, the minister, said": a capitalised first word no dictionary has, before another
  // capitalised word, is a name's first word, which the tagger may read as an adjective or a
  // preposition for its place alone.
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first >= 0 && unknownCapitalised(tokens[first]!) && tokens[first + 1]?.cap) marked[first] = true;
  for (let a = 0; a < tokens.length; a++) {
    // "The" opens a name's mention ("The United Nations"), not the name.
    if (!tokens[a]!.cap || tokens[a]!.norm === 'the') continue;
    // The longest known run starting here.
    let b = a;
    // A particle inside a name goes with it ("Dar es Salaam", "Rio de Janeiro").
    const inName = (k: number): boolean =>
      tokens[k]!.cap || (NAME_PARTICLES.has(tokens[k]!.norm) && k > a && !!tokens[k + 1]?.cap);
    while (b < tokens.length && b - a < MAX_NAME_WORDS && inName(b)) b++;
    for (let end = b; end > a; end--) {
      if (!isGazetteerName(tokenTexts(tokens, a, end))) continue;
      for (let k = a; k < end; k++) marked[k] = true;
      a = end - 1;
      break;
    }
  }
  return marked;
}
