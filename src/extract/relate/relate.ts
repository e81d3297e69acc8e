/**
 * The four scored relations read from each sentence's dependency tree (ANNOTATION.md), sentence
 * by sentence through an article: the frames (frames.ts) read a predicate from the lexicon and
 * its arguments (arguments.ts) by grammatical role; this loop keeps what carries across
 * sentences — salience for pronouns, the speaker of a running quotation — and emits each
 * relation with its trigger, tense and time expression. Negation, conditionals, refusals and
 * quotations are read from the tree (grammar.ts) before anything is emitted.
 */
import type { ScoredRelation } from '../../graph/schema.js';
import { countryOf, countryOfCapital, countryOfDemonym, isCity, isRegion } from '../lexicon/places.js';
import { ANONYMOUS_SOURCES, DOCUMENT_NOUNS, HUMAN_NOUNS, UNNAMED_GROUPS } from '../lexicon/predicates.js';
import { ROLE_HEADS } from '../lexicon/roles.js';
import {
  type Discourse,
  newDiscourse,
  noteDescribed,
  noteDocuments,
  noteGathering,
  noteMeeting,
  noteNamed,
  noteProposal,
  noteSalient,
  noteSpeaker,
  noteSubject,
} from './discourse.js';
import { appositiveDescriptions } from './described.js';
import { rootOf, subtreeSpan } from '../../nlp/index.js';
import { alignTree, childOf, childrenOf, clauseSubject, lemmaOf } from './tree.js';
import type { SentenceView } from './view.js';
import type { Emit, RawRelation, Reference, RelateContext, RelateInput, RelateOutput, Sentence } from './context.js';
import { predicateOf, tenseOf, timeOf } from './grammar.js';
import { argumentReader } from './arguments.js';
import { frameReader } from './frames.js';
import { frontedSetting } from './setting.js';

export function relateSentences(input: RelateInput): RelateOutput {
  const { views, trees, proposalTrees, entities, makeEvent, impliedCountry } = input;
  const relations: RawRelation[] = [];
  const references: Reference[] = [];
  const discourse: Discourse = newDiscourse();
  discourse.home = storyCountry(views, entities);
  const settlements = settlementsOf(views, entities);
  const ctx: RelateContext = { views, relations, entities, discourse, makeEvent, impliedCountry };
  const args = argumentReader(ctx);
  const { isEvent, entitiesOf, membersOf, subjectOf, eventOf, gatheringMentions, proposalsOf } = args;
  const { verbRelations, nounRelations, settings, presence, timeForAct } = frameReader(ctx, args);
  // The speaker of the latest quotation, for the sentences that continue it.
  let lastQuote: { speaker: number; sentence: number; paragraph: number } | undefined;

  /**
   * The speaker of a quotation a sentence continues without naming anyone: a sentence that opens
   * inside quotation marks, in the same paragraph as the attributed quotation or the next one
   * (news style runs a quote on across sentences and paragraphs: '"… crisis. I urge them to …"').
   */
  function continuedQuote(view: SentenceView): number | undefined {
    if (!lastQuote || view.index - lastQuote.sentence > 3) return undefined;
    if (view.paragraph !== lastQuote.paragraph && view.paragraph !== lastQuote.paragraph + 1) return undefined;
    const first = view.tokens.findIndex((x) => x.kind === 'word');
    return first >= 0 && view.inQuote[first] ? lastQuote.speaker : undefined;
  }

  for (const view of views) {
    for (const a of view.args) noteNamed(discourse, a.entity, view.index);
    const parse = trees[view.index];
    if (!parse || parse.tokens.length === 0) {
      // A byline ("By Mark O'Neill, Reuters") names the writer, no one the story is about.
      if (/^by$/i.test(view.tokens.find((x) => x.kind === 'word')?.text ?? '')) continue;
      // "X proposed a truce.": no relation, but a proposal a later "the proposal" may name.
      const proposing = proposalTrees?.[view.index];
      if (proposing && proposing.tokens.length > 0) {
        const s: Sentence = { view, t: alignTree(view, proposing), memo: new Map(), quoteSpeaker: undefined };
        for (const { authors, at } of proposalsOf(s)) noteProposal(discourse, authors, view.index, at);
      }
      // No tree (no trigger in the sentence): its first place and its first person still become
      // salient ("Japan faces a slump. … called on the Government to …").
      const first = (type: string): number | undefined =>
        view.args.find((a) => a.type === type && !a.possessive && !view.inQuote[a.tokenStart])?.entity;
      for (const e of [first('Place'), first('Person')])
        if (e !== undefined) noteSalient(discourse, [e], entities, view.index);
      continue;
    }
    // quoteSpeaker set here too (not added later): one hidden class for every sentence the rules read.
    const s: Sentence = { view, t: alignTree(view, parse), memo: new Map(), quoteSpeaker: undefined };
    // Its proposals first, for a later "the proposal" in this sentence too ("X offered talks, but Y rejected the offer").
    for (const { authors, at } of proposalsOf(s)) noteProposal(discourse, authors, view.index, at);
    const found = relationsOf(s, continuedQuote(view));
    if (s.quoteSpeaker !== undefined && view.inQuote.some(Boolean))
      lastQuote = { speaker: s.quoteSpeaker, sentence: view.index, paragraph: view.paragraph };
    relations.push(...found);
    references.push(...referencesOf(s));
    // Its gatherings, for a later "the meeting" to be named by ("will not attend the Lund meeting").
    for (const { head, name } of gatheringMentions(s)) noteGathering(discourse, head, name);
    // What this sentence says its persons are, for descriptions in later sentences (not its own apposition).
    for (const { person, words } of appositiveDescriptions(s.t, entities)) noteDescribed(discourse, person, words);
    // Salience for later pronouns: this sentence's speakers and actors, then its main subject.
    const actors = [...new Set(found.map((r) => r.source))];
    const root = rootOf(s.t.parse);
    const rootSubject = root >= 0 ? childOf(s.t, root, 'nsubj') : undefined;
    // "A and B met …": the coordinated subject is the group a later "they" refers to.
    // Read as the relations read subjects: "Republican candidate | Donald Trump spoke" parsed
    // with two subjects is the titled person.
    const main = rootSubject !== undefined ? subjectOf(s, root) : [];
    noteSalient(discourse, main, entities, view.index);
    for (const a of actors) noteSalient(discourse, [a], entities, view.index);
    if (main.length > 0) noteSalient(discourse, main, entities, view.index);
    noteSubject(discourse, main, view.index);
    const named = main.filter((m) => !isEvent(m));
    noteMeeting(discourse, meetingParties(found, named), view.index);
    // "X published … in an editorial": the document is X's for a later "the editorial".
    const documents: string[] = [];
    s.t.parse.tokens.forEach((w, k) => {
      const det = childOf(s.t, k, 'det');
      const indefinite = det !== undefined && /^(a|an)$/i.test(s.t.parse.tokens[det]!.text);
      if (w.upos !== 'NOUN' || !indefinite || view.inQuote[s.t.token[k]!] || !DOCUMENT_NOUNS.has(lemmaOf(s.t, k)))
        return;
      // "A communique issued by X said …": the agent of the participle is the issuer; "…, the
      // ministry said in a statement": the speaker whose words it carries, whatever the main clause.
      const agent = childrenOf(s.t, k, 'acl').flatMap((v) => childrenOf(s.t, v, 'obl:agent'))[0];
      const head = w.head;
      const speaker = head >= 0 && predicateOf(s.t, head)?.relation === 'STATED' ? subjectOf(s, head) : [];
      const issuers = agent === undefined ? speaker : entitiesOf(s, agent);
      if (issuers.length) noteDocuments(discourse, [lemmaOf(s.t, k)], issuers, view.index);
      else documents.push(lemmaOf(s.t, k));
    });
    noteDocuments(discourse, documents, main, view.index);
    const subjectWord = rootSubject !== undefined ? s.t.parse.tokens[rootSubject]! : undefined;
    if (subjectWord?.xpos === 'NN' && main.length === 0) discourse.thingSubject = view.index;
    if (subjectWord?.xpos === 'NNS' && main.length === 0) discourse.pluralSubject = view.index;
    // The narration's speaker: who the quotation is attributed to, else the speech act outside
    // quotes nearest the root ("X said Y promised …" is X speaking, Y's act one X reports).
    const act = outermostAct(
      s,
      found.filter((r) => r.type === 'STATED' && !view.inQuote[r.triggerStart]),
    );
    const spoke = s.quoteSpeaker ?? act?.source;
    const unnamed = spoke === undefined ? unnamedSpeaker(s) : undefined;
    const voiced = act !== undefined && act.source === spoke && voicedByUnnamedPerson(s, act);
    if (spoke !== undefined) noteSpeaker(discourse, spoke, view.index, false, voiced);
    else if (unnamed !== undefined) noteSpeaker(discourse, null, view.index, unnamed === 'plural');
  }
  return { relations: dedupe(relations), references };

  /** Of a sentence's speech acts, the one whose trigger is nearest the root of its tree (the last of equals). */
  function outermostAct(s: Sentence, acts: RawRelation[]): RawRelation | undefined {
    const depth = (r: RawRelation): number => {
      let k = s.t.token.indexOf(r.triggerStart);
      if (k < 0) return Infinity;
      let d = 0;
      while ((k = s.t.parse.tokens[k]!.head) >= 0) d++;
      return d;
    };
    return acts.reduce<RawRelation | undefined>(
      (best, r) => (best === undefined || depth(r) <= depth(best) ? r : best),
      undefined,
    );
  }

  /**
   * Whether a body's speech act was voiced by a person the article does not name: its subject an
   * indefinite noun of people with no name of its own ("a spokesman for Hitachi said", "an
   * official of the ministry said", "a Finance Ministry spokesman said").
   */
  function voicedByUnnamedPerson(s: Sentence, act: RawRelation): boolean {
    const { t } = s;
    if (entities[act.source]!.type === 'Person') return false;
    const p = t.token.indexOf(act.triggerStart);
    const subject = p < 0 ? undefined : clauseSubject(t, p);
    if (subject === undefined || t.entity[subject] !== undefined || t.parse.tokens[subject]!.xpos !== 'NN')
      return false;
    // Only an indefinite one is someone new: "the union official said" refers back to one named before.
    const indefinite = childrenOf(t, subject, 'det', 'nummod').some((k) =>
      /^(a|an|one|another)$/i.test(t.parse.tokens[k]!.text),
    );
    const noun = lemmaOf(t, subject);
    return indefinite && (HUMAN_NOUNS.has(noun) || ROLE_HEADS.has(noun) || ANONYMOUS_SOURCES.has(noun));
  }

  /**
   * Whether people the article does not name speak in the sentence: one ("a western diplomat
   * said") or several ("diplomatic sources said").
   */
  function unnamedSpeaker(s: Sentence): 'singular' | 'plural' | undefined {
    const { t, view } = s;
    for (let p = 0; p < t.parse.tokens.length; p++) {
      if (t.parse.tokens[p]!.upos !== 'VERB' || view.inQuote[t.token[p]!]) continue;
      const frame = predicateOf(t, p)?.frame;
      if (frame !== 'speech' && frame !== 'telling') continue;
      // "One official blamed X and said …": a conjoined verb's subject is its first conjunct's.
      const subject = clauseSubject(t, p);
      // "One said …", "Another said …", "One delegate said …": an indefinite one of a group is
      // someone unnamed, whom a later "he said" goes on with.
      const indefinite = (k: number): boolean => /^(one|another)$/i.test(t.parse.tokens[k]!.text);
      if (
        subject !== undefined &&
        (indefinite(subject) || childrenOf(t, subject, 'det', 'nummod').some(indefinite)) &&
        membersOf(s, subject).length === 0
      )
        return 'singular';
      // '"…," he said' with "he" resolved to no one: that unknown speaker goes on, and a later
      // "he said" is still them, not a person named before the run.
      const personal = subject !== undefined && /^(he|she)$/i.test(t.parse.tokens[subject]!.text);
      if (personal && membersOf(s, subject).length === 0) return 'singular';
      const tag = subject === undefined ? undefined : t.parse.tokens[subject]!.xpos;
      if (subject === undefined || (tag !== 'NN' && tag !== 'NNS')) continue;
      const noun = lemmaOf(t, subject);
      // "Diplomatic sources said", and "EC sources said" too: unnamed people, whoever they serve.
      const unnamed =
        (tag === 'NNS' && UNNAMED_GROUPS.has(noun)) ||
        ((HUMAN_NOUNS.has(noun) || ROLE_HEADS.has(noun) || ANONYMOUS_SOURCES.has(noun)) &&
          membersOf(s, subject).length === 0);
      if (unnamed) return tag === 'NNS' ? 'plural' : 'singular';
    }
    return undefined;
  }

  /** The pronouns and definite descriptions of a sentence that resolve to entities (for coreference). */
  function referencesOf(s: Sentence): Reference[] {
    const { t, view } = s;
    const out: Reference[] = [];
    t.parse.tokens.forEach((w, i) => {
      if (t.entity[i] !== undefined) return;
      // Inside a quotation "I" is its speaker; "we" only a body that speaks (a person's "we" is a group).
      const we = /^(we|us|our)$/i.test(w.text);
      const pronoun =
        w.upos === 'PRON' && (we || /^(he|him|his|she|her|hers|they|them|their|it|its|i|me|my)$/i.test(w.text));
      const description = w.upos === 'NOUN' && childrenOf(t, i, 'det').some((d) => lemmaOf(t, d) === 'the');
      if (!pronoun && !description) return;
      const found = entitiesOf(s, i);
      if (found.length === 0 || (we && found.some((e) => entities[e]!.type === 'Person'))) return;
      const first = description ? subtreeSpan(t.parse, i, ['acl', 'acl:relcl', 'nmod', 'appos', 'punct']).first : i;
      out.push({ sentence: view.index, tokenStart: t.token[first]!, tokenEnd: t.token[i]! + 1, entities: found });
    });
    return out;
  }

  /**
   * "according to X": X stated. X follows "to" (an attachment elsewhere is a misparse) and runs to
   * the first comma: the phrase's head, or the person named in it however the parser hung the
   * title before the name ("According to Afghan Ambassador to the United States Hamdullah Mohib"),
   * or the person apposed after the comma to a head that names no one ("according to the team's
   * coach, Alireza Mehraban,").
   */
  function accordingTo(s: Sentence, p: number): number[] {
    const { t } = s;
    const words = t.parse.tokens;
    const comma = words.findIndex((w, k) => k > p + 1 && w.text === ',');
    const end = comma < 0 ? words.length : comma;
    const personAt = (k: number): boolean => {
      const e = t.entity[k];
      return e !== undefined && t.argHead[k] && entities[e]!.type === 'Person';
    };
    const h = words[p]!.head;
    const headed = h > p ? membersOf(s, h) : [];
    const person = words.findIndex((_, k) => k > p + 1 && k < end && personAt(k));
    if (headed.length && (person < 0 || headed.some((e) => entities[e]!.type === 'Person'))) return headed;
    if (person >= 0) return membersOf(s, person);
    // The apposition closes with its own comma; a name after the comma followed by its verb is
    // the main clause's subject ("According to Politico's sources, Biden will …").
    if (comma >= 0 && personAt(comma + 1)) {
      let last = comma + 1;
      while (t.entity[last + 1] === t.entity[comma + 1]) last++;
      if (words[last + 1]?.text === ',') return membersOf(s, comma + 1);
    }
    if (h > p) return headed;
    const named = t.entity.findIndex((e, k) => k > p + 1 && k < end && e !== undefined);
    return named >= 0 && named <= p + 6 ? membersOf(s, named) : [];
  }

  /** Everything one sentence says; `inherited` is the speaker of a quotation it continues. */
  function relationsOf(s: Sentence, inherited?: number): RawRelation[] {
    const { view, t } = s;
    const out: RawRelation[] = [];
    const shouting = view.tokens.filter((x) => x.kind === 'word').every((x) => x.text === x.text.toUpperCase());
    if (shouting) return out;
    const emit = (
      type: ScoredRelation,
      sources: number[],
      target: number | null,
      at: number,
      confidence: number,
      extra: number[] = [],
    ): void => {
      for (const source of sources) {
        if (source === target || isEvent(source)) continue;
        if (type === 'ATTENDS' && (target === null || !isEvent(target))) continue;
        // A city is where things happen, not who attends them ("was in Lisbon to brief …").
        if (type === 'ATTENDS' && settlements.has(source)) continue;
        const span = [at, ...extra].map((w) => t.token[w]!);
        const r: RawRelation = {
          type,
          source,
          target,
          sentence: view.index,
          triggerStart: Math.min(...span),
          triggerEnd: Math.max(...span) + 1,
          trigger: [at, ...extra]
            .sort((a, b) => a - b)
            .map((w) => t.parse.tokens[w]!.text)
            .join(' '),
          confidence,
          tense: tenseOf(t, at),
        };
        const time = timeOf(t, at);
        if (time) r.time = time;
        out.push(r);
      }
    };

    for (let p = 0; p < t.parse.tokens.length; p++) {
      if (view.inQuote[t.token[p]!]) continue;
      const w = t.parse.tokens[p]!;
      if (w.text.toLowerCase() === 'according' && t.parse.tokens[p + 1]?.text.toLowerCase() === 'to') {
        const sources = accordingTo(s, p);
        if (sources.length) emit('STATED', sources, null, p, 0.8);
        continue;
      }
      // "was unwilling to accept": an adjective of refusal reads as the verb it paraphrases.
      if (w.upos === 'VERB' || (w.upos === 'ADJ' && w.lemma.toLowerCase() === 'unwilling')) verbRelations(s, p, emit);
      else if (w.upos === 'NOUN') nounRelations(s, p, emit);
    }
    presence(s, emit);
    settings(s, emit);
    // "On Wednesday during the ceremony, X called …": the same setting read from word order.
    const fronted = frontedSetting(s, out);
    const setting = fronted === undefined ? undefined : eventOf(s, fronted.noun);
    if (fronted !== undefined && setting !== undefined)
      emit('ATTENDS', fronted.actors, setting, fronted.preposition, 0.6);
    timeForAct(s, emit);
    // Inside a quotation, "I" and an organisation's "we" are the quoted speaker, when the
    // sentence names exactly one: "'We reject their demand,' the ministry said."
    const stated = [...new Set(out.filter((r) => r.type === 'STATED').map((r) => r.source))];
    const speakers = stated.length === 0 && inherited !== undefined ? [inherited] : stated;
    if (speakers.length === 1) {
      s.quoteSpeaker = speakers[0]!;
      s.memo.clear();
      // Only the speaker's own acts: what the quotation says others did is the speaker's claim.
      const speaker = s.quoteSpeaker;
      const own: Emit = (type, sources, ...rest) => emit(type, sources.includes(speaker) ? [speaker] : [], ...rest);
      for (let p = 0; p < t.parse.tokens.length; p++) {
        if (!view.inQuote[t.token[p]!]) continue;
        const w = t.parse.tokens[p]!;
        if (w.upos === 'VERB') verbRelations(s, p, own);
        else if (w.upos === 'NOUN') nounRelations(s, p, own);
      }
      timeForAct(s, own, speaker);
    }
    return out;
  }

  // ── arguments ────────────────────────────────────────────────────────────────────────────
}

/**
 * The places of an article that are no state, and so attend nothing: a city or capital the gazetteer
 * knows, a region it knows (a continent, a sea, a province: "Haryana's assembly" is no gathering
 * Haryana attends), a name of settlement shape ("Dorvia City"), or a place the article names only as
 * a setting ("in Lund", "at Varn"). A place no gazetteer knows that the article names otherwise
 * ("Kestan will attend", "officials from Kestan") may be a state, and attends.
 */
function settlementsOf(views: readonly SentenceView[], entities: RelateInput['entities']): Set<number> {
  const asActor = new Set<number>();
  for (const view of views)
    for (const a of view.args) {
      let k = a.tokenStart - 1;
      while (k >= 0 && view.tokens[k]!.kind !== 'word') k--;
      if (k < 0 || !LOCATIVE_PREPOSITIONS.has(view.tokens[k]!.text.toLowerCase())) asActor.add(a.entity);
    }
  const out = new Set<number>();
  entities.forEach((e, i) => {
    if (e.type !== 'Place' || countryOf(e.name)) return;
    const known = isCity(e.name) || countryOfCapital(e.name) !== undefined || isRegion(e.name);
    if (known || SETTLEMENT_NAME.test(e.name) || !asActor.has(i)) out.add(i);
  });
  return out;
}

/** Prepositions of location: a name only ever after one is where things happen. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
/** The head nouns of settlement names ("Dorvia City", "Port Varn" has none and is left to the tree). */
const SETTLEMENT_NAME = /\s(City|Town|Village)$/;

/**
 * The parties of a gathering the sentence tells of ("X met Y", "talks between X and Y ended"), when
 * its main subject is one of them or it has none: a later "they" or "the two" means them.
 */
function meetingParties(found: RawRelation[], main: number[]): number[] {
  const parties = new Map<number, Set<number>>();
  for (const r of found) {
    if (r.type !== 'ATTENDS' || r.target === null) continue;
    const set = parties.get(r.target) ?? new Set();
    set.add(r.source);
    parties.set(r.target, set);
  }
  const gatherings = [...parties.values()].filter((p) => p.size > 1 && main.every((m) => p.has(m)));
  return gatherings.length === 1 ? [...gatherings[0]!] : [];
}

/**
 * The country the story is about, which "the government" means: the first it names, by name or by
 * a demonym ("Japanese customs turned away shoes from South Korea" is Japan's story) when the
 * article names that country too.
 */
function storyCountry(views: SentenceView[], entities: RelateInput['entities']): number | undefined {
  const country = (e: number): boolean => entities[e]!.type === 'Place' && countryOf(entities[e]!.name) !== undefined;
  for (const v of views) {
    for (let k = 0; k < v.tokens.length; k++) {
      const named = v.args.find((a) => a.tokenStart === k && country(a.entity));
      if (named) return named.entity;
      const text = v.tokens[k]!.text;
      const nation = /^\p{Lu}\p{Ll}/u.test(text) ? countryOfDemonym(text)?.name : undefined;
      if (nation === undefined || v.args.some((a) => a.tokenStart <= k && k < a.tokenEnd)) continue;
      const state = entities.findIndex((e, i) => country(i) && countryOf(e.name)?.name === nation);
      if (state >= 0) return state;
    }
  }
  return undefined;
}

/**
 * One relation per (type, source, target, sentence); a null-target relation is dropped where the
 * same sentence gives the same act with its target ("Speaking to X, he said" is one statement to X).
 */
function dedupe(relations: RawRelation[]): RawRelation[] {
  const seen = new Set<string>();
  const targeted = new Set(
    relations.filter((r) => r.target !== null).map((r) => `${r.type}|${r.source}|${r.sentence}`),
  );
  return relations.filter((r) => {
    if (r.target === null && targeted.has(`${r.type}|${r.source}|${r.sentence}`)) return false;
    const k = `${r.type}|${r.source}|${r.target}|${r.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
