/**
 * A fronted setting read from word order: "On Wednesday during the opening ceremony of the
 * pipeline, X called for …" places X at the ceremony. The tree rules read the same setting as an
 * oblique of the verb (frames.ts `settings`); this reading does not depend on where the parser
 * hangs the phrase, which it often gets wrong after a fronted time phrase (the day made the root,
 * the verb a clause under the name).
 */
import { MEETING_HEADS } from '../lexicon/events.js';
import type { RawRelation, Sentence } from './context.js';
import { TIME_WORDS } from './grammar.js';
import { lemmaOf } from './tree.js';

/** The prepositions that place an act inside an event. */
const SETTING_PREPOSITIONS = /^(at|during)$/i;

export interface FrontedSetting {
  /** The word of the event noun (parse index), and of its preposition. */
  noun: number;
  preposition: number;
  /** Who acts in the main clause: the sources of the sentence's relations named first after the comma. */
  actors: number[];
}

/**
 * The setting a sentence opens with and who acts in it. The opening, up to its first comma, is
 * at most a time phrase ("On Wednesday", "Late on Tuesday") and "at/during" a gathering; the main
 * clause starts with the actor's name (titles before it allowed, no verb): a relation of this
 * sentence with that name as source and its trigger after it is an act done at the gathering.
 */
export function frontedSetting(s: Sentence, found: readonly RawRelation[]): FrontedSetting | undefined {
  const { t, view } = s;
  const words = t.parse.tokens;
  const comma = words.findIndex((w) => w.text === ',');
  if (comma < 2 || view.inQuote[t.token[comma]!]) return undefined;
  const preposition = words.findIndex((w, k) => k < comma && SETTING_PREPOSITIONS.test(w.text));
  if (preposition < 0) return undefined;
  // Before the preposition only a time phrase: "On Wednesday", "Late on Tuesday", "Earlier this week".
  const timeOnly = words
    .slice(0, preposition)
    .every((w) => /^(ADP|DET|ADV|NUM|ADJ)$/.test(w.upos) || TIME_WORDS.test(w.text));
  if (!timeOnly) return undefined;
  // The gathering is the first event noun of the phrase ("the opening ceremony of the pipeline").
  let noun = -1;
  for (let k = preposition + 1; k < comma && noun < 0; k++) {
    // A clause ends the phrase; a participle modifying the noun ("the opening ceremony") does not.
    if (/^(VERB|AUX)$/.test(words[k]!.upos) && words[k]!.deprel !== 'amod') return undefined;
    if ((words[k]!.upos === 'NOUN' || words[k]!.upos === 'PROPN') && MEETING_HEADS.has(lemmaOf(t, k))) noun = k;
  }
  if (noun < 0) return undefined;
  // The main clause's first name, before any verb: "Turkish president Erdoğan called …".
  const after = t.token[comma]! + 1;
  const first = view.args.find((a) => a.tokenStart >= after && !a.possessive);
  if (first === undefined) return undefined;
  for (let k = comma + 1; k < words.length && t.token[k]! < first.tokenStart; k++)
    if (/^(VERB|AUX)$/.test(words[k]!.upos)) return undefined;
  const acts = found.some(
    (r) => r.sentence === view.index && r.source === first.entity && r.triggerStart >= first.tokenEnd,
  );
  return acts ? { noun, preposition, actors: [first.entity] } : undefined;
}

/**
 * Where "between" stands after a gathering noun, right after it or past the time and place the
 * meeting is set in ("meetings this week in London between A and B", "talks on Monday between A
 * and B"): a few words, each a time word ("last / next / earlier" too), a determiner, a number, "in / at / on" or a name in a
 * phrase opened by "in" or "at"; -1 if none.
 */
function betweenAfterSetting(words: readonly { text: string; upos: string }[], from: number): number {
  let place = false;
  for (let k = from; k < Math.min(words.length, from + 7); k++) {
    const w = words[k]!;
    const text = w.text.toLowerCase();
    if (text === 'between') return k;
    if (/^(in|at)$/.test(text)) place = true;
    else if (/^(on|last|next|earlier|later)$/.test(text) || TIME_WORDS.test(w.text) || /^(DET|NUM)$/.test(w.upos))
      continue;
    else if (!(w.upos === 'PROPN' && place)) return -1;
  }
  return -1;
}

/**
 * The two parties of "<gathering> between A and B" read from word order, for parses that hang
 * "between" elsewhere ("a meeting between then-candidate X and President Y" with "then-candidate"
 * read as a verb). "Between" takes exactly two noun phrases joined by "and"; each may open with
 * title words before its name, and neither holds a comma.
 */
export function partiesBetween(s: Sentence, noun: number): number[] {
  const { t } = s;
  const words = t.parse.tokens;
  const between = betweenAfterSetting(words, noun + 1);
  if (between < 0) return [];
  // The name a noun phrase from `from` ends with (English puts the head last: "Dorvian President
  // X" is X), within a few words and before a comma, "and" or a verb; and the word after it.
  const nameFrom = (from: number): { entity: number; after: number } | undefined => {
    let found: { entity: number; after: number } | undefined;
    for (let k = from; k < Math.min(words.length, from + 8); k++) {
      const w = words[k]!;
      if (/^(,|and|or|;|\.)$/i.test(w.text)) break;
      if (found !== undefined && w.upos === 'VERB' && w.deprel !== 'amod') break;
      const e = t.entity[k];
      if (e === undefined || t.entity[k - 1] === e) continue;
      let after = k + 1;
      while (t.entity[after] === e) after++;
      found = { entity: e, after };
    }
    return found;
  };
  const first = nameFrom(between + 1);
  if (first === undefined || words[first.after]?.text.toLowerCase() !== 'and') return [];
  const second = nameFrom(first.after + 1);
  return second === undefined ? [] : [first.entity, second.entity];
}
