/**
 * Wire copy that ran a dotted initialism into the next word as if a sentence had ended there
 * capitalises that word: "the U.S. Did not accept", "the U.S. Will also press Japan", "U.S.
 * Officials said". Such a capital marks no name, and read as one it hides the verb from the
 * tagger or makes "U.S. Officials" a body. Taken back to lower case are function words,
 * auxiliaries and plural common nouns before a lower-case word; a capitalised singular may begin
 * a name ("U.S. House of Representatives", "E.D.F. Man").
 */
import { isEnglishWord, isFunctionWord } from '../lexicon/words.js';
import { ORG_HEADS } from '../lexicon/organizations.js';
import type { Token } from './tokens.js';

const DOTTED_INITIALISM = /^(?:[A-Z]\.){2,}$/;

export function undoInitialismCapitals(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    const before = tokens[i - 1];
    if (!t.cap || before === undefined || !DOTTED_INITIALISM.test(before.text)) return t;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !artefact(t.norm, tokens[i + 1])) return t;
    // Built field by field in tokenize's order: a spread copy would get another hidden class, and
    // every rule compiled for tokens would deoptimise when the first such token reached it.
    return {
      text: t.text[0]!.toLowerCase() + t.text.slice(1),
      norm: t.norm,
      start: t.start,
      end: t.end,
      kind: t.kind,
      cap: false,
    };
  });
}

function artefact(lower: string, next: Token | undefined): boolean {
  // A weekday keeps its capital in any case ("the U.S. Thursday said" is no artefact to undo).
  if ((isFunctionWord(lower) && !/day$/.test(lower)) || AUXILIARIES.has(lower)) return true;
  // "U.S. Officials said", "U.S. Planes to overfly": a plural common noun before a lower-case word
  // begins no name, unless it is a body's head ("U.S. Banks Association" has a capital after it anyway).
  if (!/[^s]s$/.test(lower) || next === undefined || next.cap || next.kind !== 'word') return false;
  const singular = lower.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''));
  if (ORG_HEADS.has(lower) || ORG_HEADS.has(singular)) return false;
  return isEnglishWord(singular);
}

const AUXILIARIES = new Set(
  'is are was were be been has have had do does did will would shall should can could must'.split(' '),
);
