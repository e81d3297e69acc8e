/**
 * Wire copy that ran a dotted initialism into the next word as if a sentence had ended there
 * capitalises that word: "the U.S. Did not accept", "the U.S. Will also press Japan", "U.S. And
 * Japanese banks". Such a capital marks no name, and read as one it hides the verb from the
 * tagger. Only closed-class words and auxiliaries are taken back to lower case: a capitalised
 * noun there may begin a name ("U.S. House of Representatives", "E.D.F. Man").
 */
import { isFunctionWord } from '../lexicon/words.js';
import type { Token } from './tokens.js';

const DOTTED_INITIALISM = /^(?:[A-Z]\.){2,}$/;

export function undoInitialismCapitals(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    const before = tokens[i - 1];
    if (!t.cap || before === undefined || !DOTTED_INITIALISM.test(before.text)) return t;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !artefact(t.norm)) return t;
    return { ...t, text: t.text[0]!.toLowerCase() + t.text.slice(1), cap: false };
  });
}

function artefact(lower: string): boolean {
  // A weekday keeps its capital in any case ("the U.S. Thursday said" is no artefact to undo).
  return (isFunctionWord(lower) && !/day$/.test(lower)) || AUXILIARIES.has(lower);
}

const AUXILIARIES = new Set(
  'is are was were be been has have had do does did will would shall should can could must'.split(' '),
);
