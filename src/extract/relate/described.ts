/**
 * What a sentence says a person is, by apposition ("Ivo Marek, the Republican candidate,", "the
 * party's leader, Ivo Marek,") or by a description right before the name ("Republican presidential
 * candidate Ivo Marek", of which the title read with the name keeps only its head): the noun and
 * the words before it, for a later "the Republican candidate" to find the person by (coreference,
 * discourse.ts).
 */
import { childrenOf, lemmaOf, type Tree } from './tree.js';
import type { EntityInfo } from './view.js';

export function appositiveDescriptions(t: Tree, entities: EntityInfo[]): { person: number; words: string[] }[] {
  const out: { person: number; words: string[] }[] = [];
  const person = (k: number): number | undefined => {
    const e = t.entity[k];
    return e !== undefined && t.argHead[k] && entities[e]!.type === 'Person' ? e : undefined;
  };
  // The modifiers before the noun, a name's words within a compound too ("Dorvan Party member").
  const modifiers = (noun: number): number[] =>
    childrenOf(t, noun, 'amod', 'compound')
      .filter((k) => k < noun)
      .flatMap((k) => [...modifiers(k), k]);
  // "a leader of the Ostrava Party" says what "Ostrava Party leader" says: the body of an "of"
  // phrase reads as a modifier before the noun.
  const ofBody = (noun: number): string[] =>
    childrenOf(t, noun, 'nmod').flatMap((k) => {
      const e = t.entity[k];
      const of = childrenOf(t, k, 'case').some((c) => lemmaOf(t, c).toLowerCase() === 'of');
      return k > noun && of && e !== undefined && entities[e]!.type === 'Organization' ? entities[e]!.words : [];
    });
  const words = (noun: number): string[] => [
    ...ofBody(noun),
    ...modifiers(noun)
      .sort((a, b) => a - b)
      .map((k) => lemmaOf(t, k).toLowerCase()),
    lemmaOf(t, noun).toLowerCase(),
  ];
  t.parse.tokens.forEach((w, k) => {
    const next = t.entity[k + 1];
    const titled = next !== undefined && next !== t.entity[k - 1] && entities[next]!.type === 'Person';
    if (w.xpos === 'NN' && t.entity[k] === undefined && titled) out.push({ person: next, words: words(k) });
    if (w.upos !== 'NOUN' && person(k) === undefined) return;
    for (const a of childrenOf(t, k, 'appos')) {
      const named = w.upos === 'NOUN' ? person(a) : undefined;
      if (named !== undefined && t.entity[k] === undefined) out.push({ person: named, words: words(k) });
      const holder = person(k);
      // "X, a lawyer and party member,": each coordinated noun of the apposition describes X.
      const nouns = [a, ...childrenOf(t, a, 'conj')].filter((n) => t.parse.tokens[n]!.upos === 'NOUN');
      if (holder !== undefined) for (const n of nouns) out.push({ person: holder, words: words(n) });
    }
  });
  return out;
}
