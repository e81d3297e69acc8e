import { appositiveDescriptions } from './described.js';
import { partiesBetween } from './setting.js';
import {
  AGENT_NOUNS,
  ANSWERING_VERBS,
  DELEGATION_NOUNS,
  DELIVERED_SPEECH,
  COMMISSIVES,
  DOCUMENT_NOUNS,
  FACING_VERBS,
  HUMAN_NOUNS,
  ISSUING_VERBS,
  LIGHT_VERBS,
  OBJECT_CONTROL,
  LEADING_PARTICIPLES,
  PROPOSAL_DESCRIPTIONS,
  PROPOSAL_NOUNS,
  PROPOSING_VERBS,
  RETRACTING_VERBS,
  SENDING_NOUNS,
  SOLE_OFFICES,
  SPEECH_NOUNS,
} from '../lexicon/predicates.js';
import {
  ATTENDABLE_HEADS,
  GATHERING_HEADS,
  GATHERING_OUTCOMES,
  MEETING_HEADS,
  PART_OF_EVENT,
  PERSON_PARTICIPLES,
  SERVICE_KINDS,
  SINGULAR_EVENT_HEADS,
  SITTING_HEADS,
  UNNAMING_ADJECTIVES,
} from '../lexicon/events.js';
import { PERSON_TITLES, PORTFOLIOS, ROLE_HEADS, ROLE_WORDS } from '../lexicon/roles.js';
import { countryOf, countryOfDemonym } from '../lexicon/places.js';
import { COUNTERPART_CASES } from '../lexicon/words.js';
import { isChamberWord, ORG_HEADS } from '../lexicon/organizations.js';
import { describedHolder, earlierGathering, resolveDescription, resolvePair, resolvePronoun } from './discourse.js';
import { clauseOf, conjuncts, descendants, hasLabel, isNegated, rootOf, subtreeSpan, voice } from '../../nlp/index.js';
import {
  afterQuote,
  clauseSubject,
  caseOf,
  childOf,
  childrenOf,
  closingSubject,
  foldedSubject,
  lemmaOf,
  markOf,
  participleSubject,
  strandedSubject,
  type Tree,
  measuredWord,
} from './tree.js';
import type { EntityInfo, SentenceView } from './view.js';
import type { RelateContext, Sentence } from './context.js';
import {
  coordinated,
  factual,
  governedByAdposition,
  predicateOf,
  prepositional,
  relativeClauseObject,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
} from './grammar.js';

/**
 * "Y refused her request", "Y did not accept his offer", "Y ignored / complied with her demands":
 * the possessor of a proposal its own clause answers is never that clause's subject (one does not
 * refuse one's own request), so the subject is returned to be passed over; withdrawing one's own
 * proposal is no answer to it.
 */
function answeredProposal(t: Tree, w: number): number | undefined {
  const word = t.parse.tokens[w]!;
  if (word.deprel !== 'nmod:poss' || word.head < 0 || !PROPOSAL_NOUNS.has(lemmaOf(t, word.head))) return undefined;
  const noun = t.parse.tokens[word.head]!;
  if (!/^(obj|obl)/.test(noun.deprel) || noun.head < 0) return undefined;
  // "rejected his own proposal": "own" binds the possessive to the subject.
  if (childrenOf(t, word.head, 'amod').some((k) => lemmaOf(t, k) === 'own')) return undefined;
  const verb = lemmaOf(t, noun.head);
  const frame = predicateOf(t, noun.head)?.frame;
  const answers = frame === 'reject' || frame === 'accept' || FACING_VERBS.has(verb) || ANSWERING_VERBS.has(verb);
  if (!answers || RETRACTING_VERBS.has(verb)) return undefined;
  return clauseSubject(t, noun.head);
}

/**
 * The arguments of the relation rules: who a word stands for (a name, a pronoun, a description,
 * an office's holder, a spokesman's body), who does what a predicate says (subject, agent,
 * controller, the speaker of a closing "…, X said"), whose a rejected proposal is, and which
 * event a phrase names.
 */

/** The argument readers of one article, sharing its entities, discourse and event maker. */
/** Documents that call for things themselves: "a plan calling for cuts". */
const PLAN_NOUNS = new Set([
  'plan',
  'bill',
  'budget',
  'proposal',
  'measure',
  'package',
  'legislation',
  'amendment',
  'draft',
  'programme',
  'program',
  'resolution',
  'report',
]);
/**
 * Words naming a party or side within a body ("the Senate's Republican leaders", "the Senate
 * majority leader"): its leaders head that faction, not the body.
 */
const FACTION_WORDS = new Set([
  'democratic',
  'republican',
  'conservative',
  'liberal',
  'socialist',
  'communist',
  'labour',
  'labor',
  'majority',
  'minority',
  'opposition',
]);
/** Nouns of a body's top post: "the FBI chief", "the head of the agency". */
const TOP_POSTS = new Set(['chief', 'head', 'boss', 'director', 'chairman', 'chairwoman', 'leader', 'president']);

/** Subordinators of an adverbial gerund ("after meeting Y", "in opening the meeting"): its subject is the main clause's. */
/** Quantifiers that pick some of a group ("some", "several", "a few", "many", "most"), not all of it. */
const SOME_OF_A_GROUP = new Set(['some', 'several', 'few', 'many', 'most', 'other', 'certain', 'various']);

const TIME_SUBORDINATORS = new Set(['on', 'upon', 'after', 'before', 'while', 'when', 'since', 'in']);

export function argumentReader(ctx: RelateContext) {
  const { views, entities, discourse, makeEvent, impliedCountry } = ctx;
  const isEvent = (i: number): boolean => entities[i]!.type === 'Event';

  /**
   * The meeting an oblique places an act at: the meeting itself ("at the summit"), a part of it
   * ("at the conclusion of the conference", "on the sidelines of the summit"), or a speech given
   * there ("in an address to the General Assembly", "in his inauguration speech").
   */
  function settingEvent(s: Sentence, o: number): number | undefined {
    const { t } = s;
    const word = t.parse.tokens[o]!;
    // "after two days of talks", "during the first day of the summit": the gathering measured out
    // (not when the measure is itself a name: "the Uruguay round of trade negotiations").
    const measured = t.entity[o] === undefined ? measuredWord(t.parse, o) : o;
    if (measured !== o) return settingEvent(s, measured);
    const named = t.entity[o] !== undefined ? entities[t.entity[o]!]! : undefined;
    const gathering = named
      ? named.type === 'Event' && MEETING_HEADS.has(named.words[named.words.length - 1] ?? '')
      : false;
    if (MEETING_HEADS.has(lemmaOf(t, o)) || MEETING_HEADS.has(word.text.toLowerCase()) || gathering)
      return eventOf(s, o);
    if (PART_OF_EVENT.has(lemmaOf(t, o))) {
      const of = childrenOf(t, o, 'nmod').find((k) => caseOf(t, k) === 'of');
      return of === undefined ? undefined : eventOf(s, of);
    }
    if (SPEECH_NOUNS.has(lemmaOf(t, o))) {
      const to = childrenOf(t, o, 'nmod').find((k) => /^(to|at|before)$/.test(caseOf(t, k) ?? ''));
      if (to !== undefined) return eventOf(s, to);
      const kind = childrenOf(t, o, 'compound').find((k) => eventOf(s, k) !== undefined);
      return kind === undefined ? undefined : eventOf(s, kind);
    }
    return undefined;
  }

  /** The entities named by words and their conjuncts ("A, B and C"), each once, in order. */
  function namedBy(t: Tree, words: number[]): number[] {
    const found = words.flatMap((w) => conjuncts(t.parse, w)).flatMap((k) => t.entity[k] ?? []);
    return [...new Set(found)];
  }

  /** The entities a word stands for: a name, a pronoun, a description, a spokesman for someone. */
  function entitiesOf(s: Sentence, w: number, depth = 0): number[] {
    const cached = s.memo.get(w);
    if (cached) return cached;
    // A word asked about again while it is being resolved (a pronoun whose subject is a role whose
    // possessor is that pronoun) stands for no one: the question has no answer, not an endless one.
    s.memo.set(w, []);
    const found = entitiesOfUncached(s, w, depth);
    s.memo.set(w, found);
    return found;
  }

  function entitiesOfUncached(s: Sentence, w: number, depth: number): number[] {
    const { t, view } = s;
    if (depth > 4) return [];
    const word = t.parse.tokens[w]!;
    const own = t.entity[w];
    // "Kestrel Foreign Minister Ivan Petrov", "Union leader Roger Dale": a person named inside the
    // phrase (by flat, title or apposition) is its referent; the country or body is a modifier.
    const person = personWithin(t, w);
    if (person !== undefined && person !== own) return [person];
    // "the Ohio Democrat said" parsed as the place with the party noun flat on it: a party member, not the place.
    const member =
      own !== undefined && entities[own]!.type === 'Place'
        ? childrenOf(t, w, 'flat').find((k) => /^(democrat|republican)$/i.test(t.parse.tokens[k]!.text))
        : undefined;
    if (member !== undefined)
      return resolveDescription([lemmaOf(t, member)], entities, discourse, false, view.index) ?? [];
    // "The Governor of the Central Bank of Kestan urged …" parsed with the title a compound of the
    // body's last word: the title, whose "of" phrase names the body, heads the phrase.
    const titleOfBody =
      own !== undefined && entities[own]!.type === 'Organization'
        ? childrenOf(t, w, 'compound').find(
            (k) =>
              k < w &&
              t.entity[k] === undefined &&
              (ROLE_HEADS.has(lemmaOf(t, k)) || TOP_POSTS.has(lemmaOf(t, k))) &&
              childrenOf(t, k, 'nmod').some((n) => n < w && caseOf(t, n) === 'of' && t.entity[n] === own),
          )
        : undefined;
    if (titleOfBody !== undefined) return entitiesOf(s, titleOfBody, depth + 1);
    if (own !== undefined) return [own];
    // "The delegation, led by X, said", "the mission, headed by X, met Y": a party sent under a
    // named leader acts through them.
    if ((word.upos === 'NOUN' && DELEGATION_NOUNS.has(lemmaOf(t, w))) || lemmaOf(t, w) === 'group') {
      const leader = childrenOf(t, w, 'acl')
        .filter((c) => /^(lead|head)$/.test(lemmaOf(t, c)))
        .flatMap((c) => childrenOf(t, c, 'obl:agent'))
        .flatMap((k) => membersOf(s, k))
        .filter((e) => entities[e]!.type === 'Person');
      if (leader.length) return leader;
    }
    // "the news agency Telam said", parsed with the name as a flat of the noun: the body named.
    if (t.parse.tokens[w]!.upos === 'NOUN') {
      const named = childrenOf(t, w, 'flat')
        .map((k) => t.entity[k])
        .find((e) => e !== undefined && entities[e]!.type === 'Organization');
      if (named !== undefined) return [named];
    }
    const lemma = lemmaOf(t, w);
    if (word.upos === 'PRON' || word.upos === 'DET') return pronounReferents(s, w, depth);
    // "the two leaders", "both men", "the two": a pair the nearest sentence names together.
    const pair =
      childrenOf(t, w, 'det').some((k) => /^(the|both)$/i.test(t.parse.tokens[k]!.text)) &&
      (/^(both|two)$/i.test(word.text) ||
        childrenOf(t, w, 'det', 'nummod').some((k) => /^(both|two)$/i.test(t.parse.tokens[k]!.text)));
    if (pair && (word.xpos === 'NNS' || word.upos === 'NUM')) {
      const head = word.upos === 'NUM' ? undefined : lemma;
      return resolvePair(head, recentNames(view, t.token[w]!, false), entities) ?? [];
    }
    if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return [];
    // "the Swiss must resolve …", "the Americans": a nation's people stand for the state the article names.
    const nation = childOf(t, w, 'det') !== undefined ? countryOfDemonym(word.text)?.name : undefined;
    if (nation !== undefined && /^\p{Lu}/u.test(word.text)) {
      const state = entities.findIndex((e) => e.type === 'Place' && countryOf(e.name)?.name === nation);
      return state >= 0 ? [state] : [];
    }
    // "sites such as Gawker.com", "critics like Colin Yeo and Caitlin Boswell", "ministers,
    // including A and B,": a plural noun given by its named examples stands for them.
    if (word.xpos === 'NNS') {
      const examples = namedBy(
        t,
        childrenOf(t, w, 'nmod').filter((k) => k > w && /^(such as|like|include|including)$/.test(caseOf(t, k) ?? '')),
      );
      if (examples.length) return examples;
    }
    // "the DAG and HBV unions", "the Labour and Liberal parties": a plural body noun whose
    // coordinated modifiers name its members (one name alone, "the U.S. banks", names no member).
    if (word.xpos === 'NNS' && ORG_HEADS.has(lemma)) {
      const named = namedBy(t, childrenOf(t, w, 'compound'));
      if (named.length > 1) return named;
    }
    // "a spokesman, Scott Whiffen," / "its chief, Tedros": the apposed name.
    for (const a of childrenOf(t, w, 'appos')) {
      // "his counterparts, A, B and C": the apposed names, all of them.
      if (t.entity[a] === undefined) continue;
      const named = namedBy(t, [a]);
      // "The chairman of the employers' organization, SVZ, Jacques Schoufour,": a person's role
      // is held by the person; the body named beside it is the role's.
      const persons = named.filter((e) => entities[e]!.type === 'Person');
      const human = HUMAN_NOUNS.has(lemma) || ROLE_HEADS.has(lemma);
      return human && persons.length ? persons : named;
    }
    // "The Commission released a statement saying …": a document's author is who issued it (not
    // who rejected or read it: "Kenya vetoed Uganda's resolution").
    const issuing =
      word.head >= 0 && (LIGHT_VERBS.has(lemmaOf(t, word.head)) || ISSUING_VERBS.has(lemmaOf(t, word.head)));
    if (
      DOCUMENT_NOUNS.has(lemma) &&
      hasLabel(word.deprel, 'obj') &&
      issuing &&
      childOf(t, w, 'nmod:poss') === undefined
    ) {
      const issuers = subjectOf(s, word.head, depth + 1);
      if (issuers.length) return issuers;
    }
    // "Russia's defence minister", "the president of Bolivia": one office's holder is a person, not
    // the state; the article's person of that office if it names one, else no one.
    if (SOLE_OFFICES.has(lemma) && /^NNP?$/.test(word.xpos) && childrenOf(t, w, 'nmod:poss', 'det').length > 0)
      return officeHolderReferents(s, w, depth);
    // "Ambassador X urged his government to …": a person's government, asked or addressed, is
    // their country's (as its subject, "his government said", it stays the person's own words).
    const possessor = childOf(t, w, 'nmod:poss');
    if (
      lemma === 'government' &&
      possessor !== undefined &&
      /^(his|her)$/i.test(t.parse.tokens[possessor]!.text) &&
      !hasLabel(word.deprel, 'nsubj')
    )
      return ownersCountry(s, w, possessor, depth);
    if (AGENT_NOUNS.has(lemma) || DOCUMENT_NOUNS.has(lemma)) {
      const spokenFor = agentNounReferents(s, w, depth);
      if (spokenFor !== undefined) return spokenFor;
    }
    // "Russia's defence minister said his country …": a person's country is the country of their title.
    const owner = childOf(t, w, 'nmod:poss');
    if (
      /^(country|nation)$/.test(lemma) &&
      owner !== undefined &&
      /^(his|her|their)$/i.test(t.parse.tokens[owner]!.text)
    ) {
      return ownersCountry(s, w, owner, depth);
    }
    // "X, a veteran Dorvan Party member, urged his party to …": a person's party is the one their
    // title or description names.
    if (lemma === 'party' && owner !== undefined && /^(his|her)$/i.test(t.parse.tokens[owner]!.text))
      return ownersParty(s, owner, depth);
    // "the president", "the ministry", "the agency": a definite description.
    const det = childOf(t, w, 'det');
    if (det !== undefined && lemmaOf(t, det) === 'the') {
      const modifiers = childrenOf(t, w, 'amod', 'compound')
        .filter((k) => k < w)
        .map((k) => lemmaOf(t, k));
      // "The group, a partnership of A and B,": an apposition says what the group is; it is new, no anaphor.
      if (/^(group|organi[sz]ation)$/.test(lemma) && childOf(t, w, 'appos') !== undefined) return [];
      // "After talks with Belgium, the government …": a party named before it as the other side of
      // an act ("with", "from", "against", "to", "by" X) is not the one the description means.
      const counterparts = new Set(
        t.parse.tokens.flatMap((_, k) =>
          k < w && t.argHead[k] && COUNTERPART_CASES.has(caseOf(t, k) ?? '') ? [t.entity[k]!] : [],
        ),
      );
      const before = recentNames(view, t.token[w]!, false)[0]!.filter((e) => !counterparts.has(e));
      const plural = word.xpos === 'NNS';
      // Parties its own sentence names after it, not those modifying a noun ("IBM vice president").
      const after = t.parse.tokens.flatMap((x, k) =>
        k > w && t.argHead[k] && !/^(compound|nmod:poss|flat)/.test(x.deprel) ? [t.entity[k]!] : [],
      );
      return resolveDescription([...modifiers, lemma], entities, discourse, plural, view.index, before, after) ?? [];
    }
    return [];
  }
  /** Who a pronoun stands for: a relative pronoun's antecedent, a quotation's speaker, or the one agreement and recency pick. */
  function pronounReferents(s: Sentence, w: number, depth: number): number[] {
    const { t, view } = s;
    const word = t.parse.tokens[w]!;
    const lemma = lemmaOf(t, w);
    if (RELATIVE_PRONOUNS.has(lemma)) {
      const clause = word.head;
      // A relative clause, also when the parser calls it adverbial ("advcl:relcl").
      const deprel = clause >= 0 ? t.parse.tokens[clause]!.deprel : '';
      // (An "advcl:relcl" hung on a verb, "will hear an address from X, who this week criticised …",
      // is read below from the name before its comma.)
      const noun = clause >= 0 ? t.parse.tokens[clause]!.head : -1;
      const onVerb = deprel === 'advcl:relcl' && noun >= 0 && t.parse.tokens[noun]!.upos === 'VERB';
      if ((hasLabel(deprel, 'acl') || deprel === 'advcl:relcl') && !onVerb) {
        return noun >= 0 ? entitiesOf(s, noun, depth + 1) : [];
      }
      // "met Chen Shibiao, who said that …" parsed as a clause beside the sentence (parataxis),
      // "X, who is attending the summit, said" parsed as the verb's complement: the antecedent of
      // "who" is still the name just before its comma (not of "which", which after a comma may
      // stand for the whole clause before: "…, which means that …").
      const comma = t.parse.tokens[w - 1];
      // (Also a copular "who is under pressure" hung on the verb as an oblique phrase.)
      const copular = /^(obl|nmod)/.test(deprel) && childOf(t, clause, 'cop') !== undefined;
      if (
        clause > w &&
        comma?.text === ',' &&
        (/^(parataxis|ccomp|advcl)/.test(deprel) || copular) &&
        /^who/.test(lemma)
      ) {
        let k = w - 2;
        while (k >= 0 && /^(flat|compound)/.test(t.parse.tokens[k]!.deprel) && t.parse.tokens[k]!.head < k)
          k = t.parse.tokens[k]!.head;
        if (k >= 0 && /^(NOUN|PROPN)$/.test(t.parse.tokens[k]!.upos)) return entitiesOf(s, k, depth + 1);
      }
      return [];
    }
    // "It is unclear whether …", "it seems that …": an expletive "it" stands for no one.
    if (word.deprel === 'expl') return [];
    if (s.quoteSpeaker !== undefined && view.inQuote[t.token[w]!]) {
      const speaker = entities[s.quoteSpeaker]!;
      if (/^(i|me|my)$/.test(lemma) || /^(i|me|my)$/i.test(word.text)) return [s.quoteSpeaker];
      // "we" of a spokesman is the body that speaks through them: the speaker stands for it.
      if (/^(we|us|our)$/i.test(word.text)) return speaker.type === 'Event' ? [] : [s.quoteSpeaker];
      return [];
    }
    // "In his inauguration speech, Mugabe said …": a possessive in a phrase fronted before its
    // clause's subject looks ahead to that subject.
    if (hasLabel(word.deprel, 'nmod:poss')) {
      const clause = clauseOf(t.parse, w);
      const subject = clause >= 0 ? childOf(t, clause, 'nsubj') : undefined;
      if (subject !== undefined && w < subject) {
        const ahead = entitiesOf(s, subject, depth + 1);
        const person = /^(his|her)$/i.test(word.text);
        const agrees = ahead.length === 1 && (entities[ahead[0]!]!.type === 'Person') === person;
        if (agrees && !/^their$/i.test(word.text)) return ahead;
        // "In his speech, the minister said": the unnamed person the subject is, no one named before.
        const noun = lemmaOf(t, subject);
        if (person && ahead.length === 0 && (HUMAN_NOUNS.has(noun) || ROLE_HEADS.has(noun))) return [];
      }
    }
    const local: number[] = [];
    const personal = /^(he|him|his|she|her)$/i.test(word.text);
    const plural = /^(they|them|their)$/i.test(word.text);
    const quotedBefore = (k: number): boolean => view.inQuote[t.token[k]!] === true && !view.inQuote[t.token[w]!];
    for (let k = w - 1; k >= 0; k--) {
      // '"… the government has struggled …," it said': what a quotation names is what was said,
      // not who says it.
      if (quotedBefore(k)) continue;
      const e = t.entity[k];
      // "The spokesman described the talks, which he called private", "leading ministers ended
      // their talks": the nearer subject is unnamed people, and the pronoun is theirs, no one the
      // article names.
      const near = t.parse.tokens[k]!;
      const agrees = (personal && near.xpos === 'NN') || (plural && near.xpos === 'NNS');
      if (agrees && local.length === 0 && e === undefined && /^nsubj/.test(near.deprel)) {
        const noun = lemmaOf(t, k);
        const human = (HUMAN_NOUNS.has(noun) || ROLE_HEADS.has(noun)) && noun !== 'delegation' && noun !== 'family';
        if (human && !entitiesOf(s, k).some((x) => entities[x]!.type === 'Person')) return [];
        // "Opposition parties said they …": a plural subject no entity stands for is what "they" means.
        if (plural && entitiesOf(s, k).length === 0) return [];
      }
      // "The government set this figure when it announced …": a definite description that is a
      // subject before the pronoun is an antecedent as a name would be.
      const definite = childOf(t, k, 'det');
      if (e === undefined && definite !== undefined && lemmaOf(t, definite) === 'the' && near.upos === 'NOUN') {
        const meant = /^nsubj/.test(near.deprel) ? entitiesOf(s, k, depth + 1) : [];
        if (meant.length === 1 && !local.includes(meant[0]!)) local.push(meant[0]!);
      }
      if (e !== undefined && t.argHead[k] && /^nsubj/.test(t.parse.tokens[k]!.deprel) && !local.includes(e)) {
        // "A and B say they want …": a plural pronoun takes a coordinated or collective subject before it.
        const group = membersOf(s, k);
        const plural = group.length > 1 || (group.length === 1 && entities[group[0]!]!.type !== 'Person');
        if (/^(they|them|their)$/i.test(word.text) && plural) return group;
        local.push(e);
      }
    }
    const subject = /^nsubj/.test(word.deprel);
    const frame = subject && word.head >= 0 ? predicateOf(t, word.head)?.frame : undefined;
    // The subject of a subordinate clause may look back within its sentence ("Nakasone's demand
    // when he arrives"); the main clause's subject does not ("After meeting Putin, he said").
    const clause = word.head >= 0 ? t.parse.tokens[word.head]! : undefined;
    const mainSubject = subject && (clause === undefined || clause.head < 0 || hasLabel(clause.deprel, 'conj'));
    // An object pronoun is free in its clause: not the subject of its own verb, nor the
    // understood subject of a participle or infinitive ("X wrote to Y, asking her to …").
    // So is the subject of a clause asked for ("X called for him to step down" asks someone else).
    const askedFor =
      subject && clause !== undefined && clause.head >= 0 && markOf(t, word.head) === 'for'
        ? predicateOf(t, clause.head)?.relation === 'DEMANDED'
        : false;
    const coSubject = askedFor
      ? clauseSubject(t, clause!.head)
      : /^(obj|iobj)$/.test(word.deprel) && word.head >= 0
        ? clauseSubject(t, word.head)
        : answeredProposal(t, w);
    const coArguments = coSubject === undefined || t.entity[coSubject] === undefined ? [] : [t.entity[coSubject]!];
    const speech = frame === 'speech' || frame === 'telling';
    // '"He took these steps …," he said': the quotation's own "he" is someone other than its speaker.
    const gender = /^(he|him|his)$/i.test(word.text) ? /^(he|him|his|himself)$/i : /^(she|her|hers|herself)$/i;
    const quotesThirdPerson =
      speech &&
      personal &&
      !view.inQuote[t.token[w]!] &&
      t.parse.tokens.some((x, k) => view.inQuote[t.token[k]!] && x.upos === 'PRON' && gender.test(x.text));
    // "he added", "she continued", "he went on": the subject speaks on.
    const verb = subject && word.head >= 0 ? lemmaOf(t, word.head) : '';
    const continuing =
      speech &&
      (/^(add|continue)$/.test(verb) ||
        (verb === 'go' && childrenOf(t, word.head, 'compound:prt').some((k) => lemmaOf(t, k) === 'on')));
    const context = {
      local,
      coArguments,
      quotesThirdPerson,
      continuing,
      subject,
      mainSubject,
      speech,
      recent: recentNames(view, t.token[w]!, speech),
    };
    return resolvePronoun(word.text, entities, discourse, view.index, context) ?? [];
  }

  /**
   * "Russia's defence minister", "the president of Bolivia": one office's holder is a person, not
   * the state; the article's person of that office if it names one, else no one.
   */
  function officeHolderReferents(s: Sentence, w: number, depth: number): number[] {
    const { t, view } = s;
    const lemma = lemmaOf(t, w);
    // The portfolio tells offices apart ("defence minister"); a demonym does not ("Italian").
    const portfolio = childrenOf(t, w, 'amod', 'compound')
      .map((k) => lemmaOf(t, k).toLowerCase())
      .filter((m) => PORTFOLIOS.has(m) || ROLE_WORDS.has(m));
    // "a minister" is someone new, never a minister named before.
    const definite = childrenOf(t, w, 'det').some((k) => lemmaOf(t, k) === 'the');
    if (!definite && childOf(t, w, 'nmod:poss') === undefined) return [];
    // "the president of the central bank": the head of a body, not of a state, is the article's
    // person whose title names that body ("Senate Finance Committee chairman X" for "the
    // chairman of the Senate committee"), never the state's president.
    const of = childrenOf(t, w, 'nmod').find((k) => caseOf(t, k) === 'of');
    const state = (e: number): boolean => entities[e]!.type === 'Place' && countryOf(entities[e]!.name) !== undefined;
    if (of !== undefined && !entitiesOf(s, of, depth + 1).some(state)) {
      const body = lemmaOf(t, of).toLowerCase();
      const titled = (i: number): string[] => [
        ...entities[i]!.roles.flatMap((r) => r.toLowerCase().split(/\s+/)),
        ...(entities[i]!.roleBodies ?? []).flatMap((b) => entities[b]!.words),
      ];
      return officeHolder(lemma, portfolio).filter((i) => titled(i).includes(body));
    }
    const holder = officeHolder(lemma, portfolio);
    if (holder.length || portfolio.includes('former') || childOf(t, w, 'nmod:poss') !== undefined) return holder;
    // "X, the mayor of Lima, … '…,' the mayor said": the one person an apposition gave the office.
    const described = describedHolder([...portfolio, lemma], discourse, view.index);
    if (described.length) return described;
    // '"…," the prime minister said' of a story's one untitled person: news gives the office of
    // who it is about, unless the office was mentioned as someone else's just before.
    const recent = discourse.persons.filter((p) => (discourse.salientIn.get(p) ?? -1) >= view.index - 2);
    const office = new RegExp(`\\b${lemma}`, 'i');
    const mentioned = views
      .slice(Math.max(0, view.index - 3), view.index)
      .some((v) => v.tokens.some((x) => office.test(x.text)));
    return recent.length === 1 && entities[recent[0]!]!.roles.length === 0 && !mentioned ? recent : [];
  }

  /** Whom an agent or document noun speaks for: "the ministry's spokesman", "X officials", "a letter from X"; undefined if none. */
  function agentNounReferents(s: Sentence, w: number, depth: number): number[] | undefined {
    const { t } = s;
    const lemma = lemmaOf(t, w);
    // "the ministry's spokesman", "a spokesman for X", "X officials", "a letter from X".
    // Whose they are before where they are: "a WHO spokeswoman in Geneva" speaks for the WHO.
    const modifiers = childrenOf(t, w, 'nmod:poss', 'nmod', 'compound');
    // A compound names the body itself ("China's Xinhua news agency" is Xinhua).
    const ranked = [
      ...modifiers.filter((k) => hasLabel(t.parse.tokens[k]!.deprel, 'compound')),
      ...modifiers.filter(
        (k) =>
          !hasLabel(t.parse.tokens[k]!.deprel, 'compound') &&
          (!prepositional(t, k) || /^(of|for|from|at|by)$/.test(caseOf(t, k) ?? '')),
      ),
      // "officials in Moscow" speak for where they serve; "sources in Manila" are only there.
      ...modifiers.filter(
        (k) => prepositional(t, k) && caseOf(t, k) === 'in' && AGENT_NOUNS.has(lemma) && !/^sources?$/.test(lemma),
      ),
    ];
    // "told its chief, Tovar Lenk, in a letter" with the name parsed as a second object: the person
    // named right after the comma is the apposition, the head meant.
    if (TOP_POSTS.has(lemma)) {
      const after = subtreeSpan(t.parse, w).last + 1;
      const named = t.parse.tokens[after]?.text === ',' ? t.entity[after + 1] : undefined;
      if (named !== undefined && entities[named]!.type === 'Person') return [named];
    }
    // "the FBI chief", "the head of the FBI": the article's one person titled in that body.
    if (TOP_POSTS.has(lemma)) {
      const bodies = new Set(modifiers.flatMap((k) => entitiesOf(s, k, depth + 1)));
      const holders = entities.flatMap((e, i) =>
        e.type === 'Person' && (e.roleBodies ?? []).some((b) => bodies.has(b)) ? [i] : [],
      );
      if (holders.length === 1) return holders;
    }
    // "the White House budget chief", "the Senate's Democratic and Republican leaders": the head of
    // one department or faction of a body is a person in it, not its voice (its spokesman is).
    const sectionHead =
      TOP_POSTS.has(lemma) &&
      childrenOf(t, w, 'compound', 'amod').some(
        (k) =>
          FACTION_WORDS.has(lemmaOf(t, k).toLowerCase()) ||
          (t.parse.tokens[k]!.upos === 'NOUN' && t.entity[k] === undefined && /^\p{Ll}/u.test(t.parse.tokens[k]!.text)),
      );
    // "some EC leaders told him", "two OPEC ministers said": some of a body's members, counted or
    // quantified, are members speaking, not the body (which "EC leaders said" may be).
    const someMembers =
      t.parse.tokens[w]!.xpos === 'NNS' &&
      childrenOf(t, w, 'det', 'amod', 'nummod').some(
        (k) => SOME_OF_A_GROUP.has(lemmaOf(t, k).toLowerCase()) || t.parse.tokens[k]!.upos === 'NUM',
      );
    // A person's spokesman or office speaks for them; their chief of staff, aides or adviser only
    // for themselves.
    const speaksFor = /^spokes/.test(lemma) || lemma === 'office';
    for (const k of ranked) {
      // "the leaders of A, B and C": each of them.
      const found = conjuncts(t.parse, k)
        .flatMap((c) => entitiesOf(s, c, depth + 1))
        .filter((e, i, all) => !isEvent(e) && all.indexOf(e) === i);
      const possessor = t.parse.tokens[k]!.deprel === 'nmod:poss';
      // (A person's statement or letter is theirs: only people speak for themselves.)
      const own = possessor && !speaksFor && !DOCUMENT_NOUNS.has(lemma);
      if (own && found.length && found.every((e) => entities[e]!.type === 'Person')) return [];
      // "Manila banking sources", "Frankfurt dealers' sources": sources speak for a country, not a city they are in.
      const city = (e: number): boolean => entities[e]!.type === 'Place' && countryOf(entities[e]!.name) === undefined;
      if (/^sources?$/.test(lemma) && found.length && found.every(city)) continue;
      // "the head of the Kestan Steel Corporation", "the union's leader": the head of a body is a
      // person, who speaks as one, not the body (its spokesman speaks for it); a country's leader
      // still stands for the state, and "union leaders" together are the body's leadership.
      const headOfBody =
        TOP_POSTS.has(lemma) &&
        t.parse.tokens[w]!.xpos !== 'NNS' &&
        found.every((e) => entities[e]!.type === 'Organization');
      if (found.length) return sectionHead || headOfBody || someMembers ? [] : found;
    }
    // "the Chinese foreign ministry": a demonym names the country; still not an entity of its own.
    return undefined;
  }

  /** The one party a person's titles and descriptions name ("Dorvan Party leader X", "X, a Dorvan Party member"). */
  function ownersParty(s: Sentence, owner: number, depth: number): number[] {
    const persons = entitiesOf(s, owner, depth + 1).filter((e) => entities[e]!.type === 'Person');
    if (persons.length !== 1) return [];
    const person = entities[persons[0]!]!;
    // Its own sentence's appositions too ("X, a veteran Dorvan Party member, urged his party").
    const descriptions = [
      ...person.roles.map((r) => r.toLowerCase().split(/\s+/)),
      ...(discourse.described.get(persons[0]!) ?? []),
      ...appositiveDescriptions(s.t, entities).flatMap((d) => (d.person === persons[0] ? [d.words] : [])),
    ];
    const parties = entities.flatMap((e, i) =>
      e.type === 'Organization' &&
      e.words.at(-1) === 'party' &&
      ((person.roleBodies ?? []).includes(i) || descriptions.some((words) => e.words.every((w) => words.includes(w))))
        ? [i]
        : [],
    );
    return parties.length === 1 ? parties : [];
  }

  /** "his country" of a person: the country of their title, or of the unnamed speaker's title. */
  function ownersCountry(s: Sentence, w: number, owner: number, depth: number): number[] {
    const { t } = s;
    const word = t.parse.tokens[w]!;
    const owners = entitiesOf(s, owner, depth + 1);
    // "Shultz said his country welcomed …" is what '"We welcome …," Shultz said' is: the country
    // speaks through the one reporting it, who is the source of its acts there.
    const clause = hasLabel(word.deprel, 'nsubj') ? t.parse.tokens[word.head] : undefined;
    const verb = clause && hasLabel(clause.deprel, 'ccomp') ? clause.head : -1;
    // The subject nearest the verb: a dateline may be parsed as a first one ("MUNICH -- X said").
    const speaker =
      verb >= 0 && predicateOf(t, verb)?.frame === 'speech' ? childrenOf(t, verb, 'nsubj').at(-1) : undefined;
    if (owners.length === 1 && speaker !== undefined && entitiesOf(s, speaker, depth + 1).includes(owners[0]!))
      return owners;
    // "Russia's defence minister said his country …", "the Russian minister said his country …":
    // an unnamed speaker's country is the one the title names.
    if (owners.length === 0 && speaker !== undefined) {
      const titled = titleCountry(s, speaker);
      if (titled !== undefined) return [titled];
    }
    const countries = new Set(owners.map((e) => entities[e]!.country));
    const [country] = countries;
    if (countries.size !== 1 || country === undefined) return [];
    const state = entities.findIndex((e) => e.type === 'Place' && countryOf(e.name)?.name === country);
    // "Peruvian Ambassador X": a country only the demonym of a title names is implied.
    return [state >= 0 ? state : impliedCountry(country)];
  }

  /**
   * The entities named in a sentence before a token, then in each of the three sentences before
   * it. For the speaker of a quotation, names quoted are what was said, not who may be speaking.
   */
  function recentNames(view: SentenceView, token: number, speech: boolean): number[][] {
    const named = (v: SentenceView, before = Infinity): number[] =>
      v.args.filter((a) => a.tokenStart < before && !(speech && v.inQuote[a.tokenStart])).map((a) => a.entity);
    const earlier = views.slice(Math.max(0, view.index - 3), view.index).reverse();
    return [named(view, token), ...earlier.map((v) => named(v))];
  }

  /** The one person of the article whose title is this office ("defence minister"), if exactly one. */
  function officeHolder(office: string, modifiers: string[]): number[] {
    // "the former president" is who held it; "the president" who holds it now, never a former holder.
    const former = modifiers.includes('former');
    const holders = entities.flatMap((e, i) => {
      if (e.type !== 'Person') return [];
      const fits = e.roles.some((r) => {
        const words = r.toLowerCase().split(/\s+/);
        return words[words.length - 1] === office && modifiers.every((m) => words.includes(m) || m === 'former');
      });
      return fits ? [i] : [];
    });
    const formerly = (e: EntityInfo): boolean => !!e.former || e.roles.some((r) => /^former\b/i.test(r));
    const now = holders.filter((i) => formerly(entities[i]!) === former);
    return now.length === 1 ? now : [];
  }

  /**
   * Who a threat's condition means by its pronoun ("strike Iraq unless it …", "halt funding for
   * the WHO if it does not …"): the party the threat names, the object first, else the one party
   * of the clause outside the condition that agrees with the pronoun.
   */
  function threatenedBy(s: Sentence, clauses: number[], condition: number, pronoun: number): number[] {
    const { t } = s;
    const objects = clauses.flatMap((k) => childrenOf(t, k, 'obj')).flatMap((o) => membersOf(s, o));
    if (objects.length) return objects;
    const person = /^(he|him|she|her)$/i.test(t.parse.tokens[pronoun]!.text);
    // Outside the condition and the threatening party's own phrase ("U.S. President X").
    const subjects = clauses.flatMap((k) => childrenOf(t, k, 'nsubj'));
    const inCondition = new Set([condition, ...subjects].flatMap((k) => descendants(t.parse, k)));
    const named = clauses
      .flatMap((k) => descendants(t.parse, k))
      .filter((k) => !inCondition.has(k) && t.entity[k] !== undefined && t.argHead[k])
      .map((k) => t.entity[k]!)
      .filter((e) => !isEvent(e) && (entities[e]!.type === 'Person') === person);
    const parties = [...new Set(named)];
    return parties.length === 1 ? parties : [];
  }

  /** The Person entity inside a name phrase: its flat, title, compound and apposition words. */
  function personWithin(t: Tree, w: number, depth = 0): number | undefined {
    if (depth > 3) return undefined;
    // A name hanging under the phrase by a misparse ("vocative", "dep", "list") still names it.
    for (const k of childrenOf(t, w, 'flat', 'nmod:desc', 'appos', 'compound', 'vocative', 'dep', 'list')) {
      const e = t.entity[k];
      if (e !== undefined && entities[e]!.type === 'Person') return e;
      const inner = personWithin(t, k, depth + 1);
      if (inner !== undefined) return inner;
    }
    // "the ambassador to Poland, Dan Fried,": a person apposed to the role's place or body
    // names the role's holder (a place or body takes no person as its apposition).
    if (depth === 0 && AGENT_NOUNS.has(lemmaOf(t, w))) {
      const title = t.parse.tokens[w]!.text.toLowerCase();
      for (const k of childrenOf(t, w, 'nmod', 'compound')) {
        // "Chancellor of the Exchequer Nigel Lawson" parsed with the name under "of": the person
        // whose own title this word opens.
        const e = t.entity[k];
        const titled = e !== undefined && entities[e]!.roles.some((r) => r.toLowerCase().split(/\s+/)[0] === title);
        if (titled && entities[e]!.type === 'Person') return e;
        // A conjunct after a comma with no "and" of its own is an apposition misparsed.
        const apposed = [
          ...childrenOf(t, k, 'appos'),
          ...childrenOf(t, k, 'conj').filter((c) => childOf(t, c, 'cc') === undefined),
        ];
        for (const a of apposed) {
          const e = t.entity[a];
          if (e !== undefined && entities[e]!.type === 'Person' && t.entity[k] !== e) return e;
        }
      }
    }
    return undefined;
  }

  /**
   * "The Governor of Wexmoor, Tilda Harrow, said" parsed as a coordination without "and": a person
   * named after a comma behind a title is the title's holder, not a second party.
   */
  function apposedHolder(s: Sentence, group: number[]): number | undefined {
    const { t } = s;
    if (group.length !== 2 || childOf(t, group[1]!, 'cc') !== undefined) return undefined;
    const title = lemmaOf(t, group[0]!);
    if (!AGENT_NOUNS.has(title) && !ROLE_WORDS.has(title)) return undefined;
    if (t.parse.tokens[subtreeSpan(t.parse, group[1]!, ['punct']).first - 1]?.text !== ',') return undefined;
    const named = entitiesOf(s, group[1]!);
    return named.length === 1 && entities[named[0]!]!.type === 'Person' ? named[0] : undefined;
  }

  /** A word's entities with its conjuncts: "A and B" gives both. */
  function membersOf(s: Sentence, w: number): number[] {
    const group = coordinated(s.t, w);
    const holder = apposedHolder(s, group);
    if (holder !== undefined) return [holder];
    const out: number[] = [];
    for (const c of group) for (const e of entitiesOf(s, c)) if (!out.includes(e)) out.push(e);
    if (out.length <= 1) {
      const pair = titledPair(s, w);
      if (pair.length) return pair;
      const names = namedPair(s, w);
      if (names.length) return names;
      const holder = titledHolder(s.t, w, out[0]);
      if (holder !== undefined) return [holder];
    }
    return out.length > 1 ? withoutTitleBodies(s.view, out) : out;
  }

  /**
   * "The Tarn Workers Union and Kestan Motors Corp agreed …" parsed with the first name a compound
   * of the second: a subject whose words are two names joined by "and" (an article allowed), and
   * nothing else, is each of them.
   */
  function namedPair(s: Sentence, w: number): number[] {
    const { t } = s;
    if (!/^nsubj/.test(t.parse.tokens[w]!.deprel)) return [];
    const span = subtreeSpan(t.parse, w);
    const ands: number[] = [];
    const named: number[] = [];
    for (let k = span.first; k <= span.last; k++) {
      const e = t.entity[k];
      if (e !== undefined) {
        if (named.at(-1) !== e) named.push(e);
      } else if (/^and$/i.test(t.parse.tokens[k]!.text)) ands.push(k);
      else if (!/^the$/i.test(t.parse.tokens[k]!.text)) return [];
    }
    // Each name on its own side of the "and".
    if (ands.length !== 1 || named.length !== 2 || named[0] === named[1] || named.some(isEvent)) return [];
    const and = ands[0]!;
    const before = (k: number): boolean => k < and;
    const sides = named.map((e) => t.entity.flatMap((x, k) => (x === e ? [before(k)] : [])));
    return sides[0]!.every((b) => b) && sides[1]!.every((b) => !b) ? named : [];
  }

  /**
   * "House Speaker Jim Wright and Senate Majority Leader Robert Byrd told …" parsed flat: a
   * subject whose words are titled names joined by "and", nothing else between them, is each of
   * those persons.
   */
  function titledPair(s: Sentence, w: number): number[] {
    const { t, view } = s;
    if (!/^nsubj/.test(t.parse.tokens[w]!.deprel)) return [];
    const span = subtreeSpan(t.parse, w);
    const words = t.parse.tokens.slice(span.first, span.last + 1);
    const named = (k: number): boolean => t.entity[k] !== undefined;
    // Only capitalised words (names, titles), "and" and name particles.
    const plain = words.every(
      (x, i) => x.text === 'and' || named(span.first + i) || /^\p{Lu}/u.test(x.text) || x.upos === 'PUNCT',
    );
    const ands = words.filter((x) => x.text === 'and').length;
    if (!plain || ands !== 1) return [];
    const persons: number[] = [];
    for (let k = span.first; k <= span.last; k++) {
      const e = t.entity[k];
      if (e !== undefined && entities[e]!.type === 'Person' && !persons.includes(e)) persons.push(e);
    }
    const and = span.first + words.findIndex((x) => x.text === 'and');
    const before = persons.filter((e) => view.args.some((a) => a.entity === e && t.token[and]! > a.tokenStart));
    return persons.length === 2 && before.length === 1 ? persons : [];
  }

  const TITLE_GLUE = new Set(['of', 'the', 'and', 'for', '&']);

  /**
   * "U.K. Chancellor of the Exchequer Nigel Lawson has told …", "Office of Management and Budget
   * Director James Miller said": a phrase of a body, a title and a name ending in a person's name
   * is that person, titled, however the parser hung its words (here on the body).
   */
  function titledHolder(t: Tree, w: number, body: number | undefined): number | undefined {
    if (body !== undefined && entities[body]!.type === 'Person') return undefined;
    const words = t.parse.tokens;
    // After the body's last word; with no body, from the phrase's own first word ("told Trade
    // and Industry Minister X to …", parsed with "Trade" as the object).
    let bodyEnd = w - 1;
    if (body !== undefined) {
      const span = subtreeSpan(t.parse, w);
      bodyEnd = -1;
      for (let k = w; k <= span.last; k++) if (t.entity[k] === body) bodyEnd = k;
      if (bodyEnd < 0) return undefined;
    } else if (t.entity[w] !== undefined || !/^\p{Lu}/u.test(words[w]!.text)) return undefined;
    // The title's words run from the body to the name: capitalised, or glue ("of the", "and").
    // They may run past the phrase the parser gave the body ("U.S. | Comptroller of the Currency
    // Robert Bench said" with "of the" hung on the verb): contiguity decides.
    let titled = false;
    for (let k = bodyEnd + 1; k < words.length; k++) {
      const e = t.entity[k];
      // "Governor of Washington Chris Gregoire": the title's own place or body, then the holder.
      if (e !== undefined && titled && entities[e]!.type !== 'Person' && /^(of|to|for)$/i.test(words[k - 1]!.text)) {
        while (t.entity[k + 1] === e) k++;
        continue;
      }
      if (e !== undefined) return titled && entities[e]!.type === 'Person' ? e : undefined;
      const text = words[k]!.text;
      const lower = text.toLowerCase();
      if (!TITLE_GLUE.has(lower) && !/^\p{Lu}/u.test(text)) return undefined;
      titled ||= ROLE_WORDS.has(lower) || PERSON_TITLES.has(lower);
    }
    return undefined;
  }

  /**
   * "House Ways and Means Committee chairman Dan Rostenkowski": a body or place named right
   * before a title and a person's name modifies the title, whatever the parser made of its
   * words; the person is the party.
   */
  function withoutTitleBodies(view: SentenceView, members: number[]): number[] {
    const spans = view.args;
    const modifies = (e: number): boolean =>
      entities[e]!.type !== 'Person' &&
      spans.some((a) => {
        if (a.entity !== e) return false;
        const person = spans.find(
          (b) => b.tokenStart > a.tokenEnd - 1 && members.includes(b.entity) && entities[b.entity]!.type === 'Person',
        );
        if (person === undefined || person.tokenStart === a.tokenEnd) return false;
        const between = view.tokens.slice(a.tokenEnd, person.tokenStart);
        return between.every((x) => x.kind === 'word' && (ROLE_WORDS.has(x.norm) || PERSON_TITLES.has(x.norm)));
      });
    const kept = members.filter((e) => !modifies(e));
    return kept.length ? kept : members;
  }

  /** Whether a word names a party that can act (a person, body or country), not a thing. */
  function actorLike(s: Sentence, w: number): boolean {
    const es = membersOf(s, w);
    return es.length > 0 && es.every((e) => !isEvent(e));
  }

  /**
   * A phrase after a comma the parser hung elsewhere, with its own conjuncts only ("…, A and B
   * said"), not what it was coordinated with before the comma ("Speaking to X of PBS, | Y said").
   */
  /**
   * "Chairman of the Lund Council Mara Velt said", "After the vote, CEO of the Lund Council Mara
   * Velt told …": a title, "of" and the body it heads, then the person's name right before the
   * verb, opening the clause, is the person, however the parser split the run of names.
   */
  function titledOfBodyBefore(s: Sentence, p: number): number | undefined {
    const { t } = s;
    const words = t.parse.tokens;
    let k = p - 1;
    const person = t.entity[k];
    if (person === undefined || entities[person]!.type !== 'Person') return undefined;
    while (k >= 0 && t.entity[k] === person) k--;
    const body = t.entity[k];
    if (body === undefined || !/^(Organization|Place)$/.test(entities[body]!.type)) return undefined;
    while (k >= 0 && t.entity[k] === body) k--;
    if (words[k]?.text.toLowerCase() === 'the') k--;
    if (words[k]?.text.toLowerCase() !== 'of') return undefined;
    k--;
    // "Director of the Lund chapter of the Kestan Council X": a part of the body, itself "of" it.
    if (words[k]?.upos === 'NOUN' && !ROLE_WORDS.has(words[k]!.text.toLowerCase())) {
      let j = k;
      while (j >= 0 && (words[j]!.upos === 'NOUN' || t.entity[j] !== undefined)) j--;
      if (words[j]?.text.toLowerCase() === 'the') j--;
      if (words[j]?.text.toLowerCase() === 'of') k = j - 1;
    }
    const isTitle = (w: string): boolean => ROLE_WORDS.has(w) || PERSON_TITLES.has(w) || ROLE_HEADS.has(w);
    let titles = 0;
    for (; k >= 0 && t.entity[k] === undefined; k--) {
      const w = words[k]!.text.toLowerCase();
      if (isTitle(w)) titles++;
      else if (w !== '-') break;
    }
    // The title opens the sentence or the clause after a fronted phrase's comma.
    if (titles === 0 || (k >= 0 && words[k]!.text !== ',')) return undefined;
    return person;
  }

  function ownMembers(s: Sentence, w: number): number[] {
    const own = coordinated(s.t, w).filter((c) => c >= w);
    return [...new Set(own.flatMap((c) => entitiesOf(s, c)))];
  }

  /** Whether a phrase stands in brackets: "(…)", "<…>", "[…]". */
  function bracketed(t: Tree, w: number): boolean {
    const words = t.parse.tokens;
    const first = subtreeSpan(t.parse, w).first;
    const opening = (k: number): boolean => /^[(<[]$/.test(words[k]?.text ?? '');
    return opening(first) || opening(first - 1);
  }

  /** The country of an unnamed official's title: "Russia's defence minister", "the Russian minister". */
  function titleCountry(s: Sentence, w: number): number | undefined {
    const { t } = s;
    if (!ROLE_HEADS.has(lemmaOf(t, w)) || t.entity[w] !== undefined) return undefined;
    for (const k of childrenOf(t, w, 'nmod:poss', 'amod', 'compound')) {
      const place = t.entity[k];
      if (k > w) continue;
      if (place !== undefined && entities[place]!.type === 'Place' && countryOf(entities[place]!.name)) return place;
      const country = countryOfDemonym(t.parse.tokens[k]!.text);
      if (country && /^\p{Lu}/u.test(t.parse.tokens[k]!.text)) {
        const named = entities.findIndex((e) => e.type === 'Place' && countryOf(e.name)?.name === country.name);
        return named >= 0 ? named : impliedCountry(country.name);
      }
    }
    return undefined;
  }

  /** The agent of a passive ("by X"), or nothing. */
  function agentOf(s: Sentence, p: number): number[] {
    const { t } = s;
    // "called on by Kenya": the stranded particle may be parsed as a second preposition of the agent.
    const byPhrase = childrenOf(t, p, 'obl').find((k) => childrenOf(t, k, 'case').some((c) => lemmaOf(t, c) === 'by'));
    const agent = [childOf(t, p, 'obl:agent'), byPhrase].find((k) => k !== undefined && markedByBy(t, k));
    const titled = agent ?? titledAgent(t, p);
    return titled !== undefined ? membersOf(s, titled) : [];
  }

  /**
   * Whether an agent phrase has its "by", in it or right before it, wherever the parser hung the
   * preposition: a noun the parser made the agent without one is no agent ("was accused of forcing
   * the contractor, the Lumo Corp., to …": the contractor's apposition).
   */
  function markedByBy(t: Tree, k: number): boolean {
    const { first } = subtreeSpan(t.parse, k);
    for (let i = first - 1; i <= k; i++) if (t.parse.tokens[i]?.text.toLowerCase() === 'by') return true;
    return false;
  }

  /**
   * "attended by visiting Defense Minister X" parsed as "by" a gerund with the name its object: a
   * participle that describes a person ("visiting", "outgoing") is part of the agent's title.
   */
  function titledAgent(t: Tree, p: number): number | undefined {
    const gerund = childrenOf(t, p, 'advcl').find(
      (c) => markOf(t, c) === 'by' && PERSON_PARTICIPLES.has(t.parse.tokens[c]!.text.toLowerCase()),
    );
    if (gerund === undefined) return undefined;
    // The person named in the phrase, however the parser hung the title words before the name.
    const last = subtreeSpan(t.parse, gerund).last;
    for (let k = gerund + 1; k <= last; k++) {
      const e = t.entity[k];
      if (e !== undefined && entities[e]!.type === 'Person') return k;
    }
    return undefined;
  }

  /** Who does what a predicate says: subject, passive agent, controller, relative antecedent. */
  function subjectOf(s: Sentence, p: number, depth = 0): number[] {
    const { t } = s;
    if (depth > 5) return [];
    if (voice(t.parse, p) === 'passive') return agentOf(s, p);
    // "as stated by X", "a plan backed by X": a participle with its agent and no subject.
    if (t.parse.tokens[p]!.xpos === 'VBN' && childOf(t, p, 'nsubj') === undefined) {
      const agents = agentOf(s, p);
      if (agents.length) return agents;
      // An "agent" with no "by" is the parser's misreading of the phrase after the participle: the
      // participle names no one rather than whatever else the tree offers.
      if (childOf(t, p, 'obl:agent') !== undefined) return [];
    }
    // ", the U.S. Agriculture Department said." closing a sentence: the phrase after the comma is
    // the speaker, wherever the parser hung it.
    const closing = closingSubject(t, p, (e) => entities[e]!.type);
    if (closing !== undefined) return ownMembers(s, closing);
    const titled = titledOfBodyBefore(s, p);
    if (titled !== undefined) return [titled];
    // "who this week criticised …" parsed with "week" the subject and "who" the object: a time
    // phrase is no subject, and the relative pronoun before the verb is.
    const timed = childrenOf(t, p, 'nsubj').filter((k) => TIME_WORDS.test(t.parse.tokens[k]!.text));
    const relativeObject = childrenOf(t, p, 'obj').find((k) => k < p && RELATIVE_PRONOUNS.has(lemmaOf(t, k)));
    if (timed.length && relativeObject !== undefined) return membersOf(s, relativeObject);
    // A noun behind a preposition is no subject ("… is in the Emirates …, officials said" parsed
    // with "Emirates" as the subject of "said"): the parse went wrong, so it names no one.
    // Of two, a name in brackets ("a broker at investment firm <Sige Spa>, said") is an aside.
    // Of two, a time phrase ("X, an aide, earlier this week met Y" with "week" a subject) is none.
    const unmarked = childrenOf(t, p, 'nsubj').filter((k) => !governedByAdposition(t, k));
    const untimed = unmarked.length > 1 ? unmarked.filter((k) => !TIME_WORDS.test(t.parse.tokens[k]!.text)) : unmarked;
    const heads = untimed.length > 1 ? untimed.filter((k) => !bracketed(t, k)) : untimed;
    // "Kenya, along with Uganda, rejected …", "X together with Y said": the companion acts too.
    const companions = (k: number): number[] =>
      childrenOf(t, k, 'nmod').filter((c) =>
        /^(along|together) with$/.test(
          childrenOf(t, c, 'case')
            .map((x) => lemmaOf(t, x))
            .join(' '),
        ),
      );
    const subjects = heads.map((k) => [...membersOf(s, k), ...companions(k).flatMap((c) => membersOf(s, c))]);
    // Two subjects side by side are a misparsed title ("U.N. | Ambassador John Bolton said"): the
    // person. Apart, the first belongs to a clause the parser lost ("X's minister is Y, …, the
    // government said"): the one nearer the verb, also when the lost clause's copula hangs on the
    // first, whose span then runs up to the second ("X's minister is | Y, …, | the government said").
    const adjacent =
      heads.length > 1 &&
      childOf(t, heads[0]!, 'cop') === undefined &&
      subtreeSpan(t.parse, heads[0]!).last + 1 >= subtreeSpan(t.parse, heads[1]!).first;
    if (adjacent) {
      // "The Italian foreign minister, | Luigi Di Maio, joined": the name, not what the description
      // might resolve to.
      const isPerson = (e: number): boolean => entities[e]!.type === 'Person';
      const named = heads.findIndex((k) => t.entity[k] !== undefined && isPerson(t.entity[k]!));
      const described = heads.some((k) => t.entity[k] === undefined && t.parse.tokens[k]!.upos === 'NOUN');
      if (named >= 0 && described) return subjects[named]!;
      const persons = subjects.find((m) => m.length > 0 && m.every(isPerson));
      if (persons) return persons;
    }
    // "X, who represents | a neighborhood …, said": the object a relative clause lost is no
    // second subject; the one the clause describes speaks.
    if (heads.length === 2) {
      const relative = childrenOf(t, heads[0]!, 'acl:relcl').find(
        (v) =>
          childOf(t, v, 'obj') === undefined &&
          subtreeSpan(t.parse, v).last + 1 === subtreeSpan(t.parse, heads[1]!).first,
      );
      if (relative !== undefined && subjects[0]!.length > 0) return subjects[0]!;
    }
    // Else the nearest: a dateline ("PEKING, March 3 - China called …") is none, nor the subject
    // of a clause the parser lost; when the nearest names no one, no one speaks.
    if (subjects.length) return subjects[subjects.length - 1]!;
    // "X, seeking to …, said" parsed with X as the participle's subject: a participle clause has
    // no subject of its own, so the subject before it is the verb's.
    for (const c of childrenOf(t, p, 'ccomp', 'advcl', 'xcomp')) {
      // A progressive ("he ain't going …", with its auxiliary) is a finite clause, not a participle.
      if (c > p || t.parse.tokens[c]!.xpos !== 'VBG' || childOf(t, c, 'aux') !== undefined) continue;
      const stray = childOf(t, c, 'nsubj');
      if (stray !== undefined && stray < c) return membersOf(s, stray);
    }
    const stranded = strandedSubject(t, p) ?? foldedSubject(t, p);
    if (stranded !== undefined) return ownMembers(s, stranded);
    // '"…," Congressman X, a Y, said': the name between the closing quotation mark and the verb.
    const attributed = afterQuote(t, p);
    if (attributed !== undefined) return entitiesOf(s, attributed);
    const strayName = participleSubject(t, p);
    if (strayName !== undefined) return entitiesOf(s, strayName);
    const w = t.parse.tokens[p]!;
    const head = w.head;
    if (head < 0) return [];
    const rel = w.deprel;
    // "quoted X as saying …", "X was quoted / cited / reported as saying …": the one quoted is the speaker.
    if (/^(quote|cite|report)$/.test(lemmaOf(t, head)) && markOf(t, p) === 'as') {
      const quoted = childOf(t, head, voice(t.parse, head) === 'passive' ? 'nsubj:pass' : 'obj');
      if (quoted !== undefined) return membersOf(s, quoted);
    }
    if (hasLabel(rel, 'xcomp')) {
      // "urged X to attend": object control; "refused to attend", "is expected to attend": subject control.
      const h = lemmaOf(t, head);
      if (OBJECT_CONTROL.has(h) && !(voice(t.parse, head) === 'passive')) {
        const controller =
          childOf(t, head, 'obj', 'iobj') ??
          childrenOf(t, head, 'obl').find((k) => /^(on|upon)$/.test(caseOf(t, k) ?? ''));
        if (controller !== undefined) return membersOf(s, controller);
      }
      if (voice(t.parse, head) === 'passive') {
        const patient = childOf(t, head, 'nsubj:pass');
        return patient !== undefined ? membersOf(s, patient) : [];
      }
      return subjectOf(s, head, depth + 1);
    }
    if (hasLabel(rel, 'conj') && t.parse.tokens[head]!.upos === 'VERB') {
      const shared = subjectOf(s, head, depth + 1);
      if (shared.length) return shared;
      // "Kestan's original proposal was to pay nothing, but is now insisting that …": a proposal
      // insists on nothing; the one who acts in the second clause is its author, the possessor.
      const proposal = childOf(t, head, 'nsubj');
      const author =
        proposal !== undefined && PROPOSAL_NOUNS.has(lemmaOf(t, proposal))
          ? childOf(t, proposal, 'nmod:poss')
          : undefined;
      return author !== undefined ? membersOf(s, author) : [];
    }
    // "raised prices to encourage farmers …": a purpose infinitive shares the main clause's subject.
    if (hasLabel(rel, 'advcl') && markOf(t, p) === 'to' && t.parse.tokens[head]!.upos === 'VERB')
      return subjectOf(s, head, depth + 1);
    // A participle after a comma parsed as a complement (", asking X to …") is an adverbial one.
    const participle = hasLabel(rel, 'ccomp') && w.xpos === 'VBG' && t.parse.tokens[p - 1]?.text === ',';
    // "On arriving at the summit, X said", "after meeting Y, X flew home": a participle after a
    // subordinator of time is the main clause's too.
    const unmarkedOrTimed = markOf(t, p) === undefined || (w.xpos === 'VBG' && TIME_SUBORDINATORS.has(markOf(t, p)!));
    if ((hasLabel(rel, 'advcl') || rel === 'acl' || participle) && unmarkedOrTimed) {
      // ", saying …" / "Speaking to reporters, X said": the main clause's subject. A progressive
      // or passive with its own auxiliary ("the U.S. is rejecting …, Wallis said") is a finite
      // clause whose subject the parser lost, not a participle.
      if (/^VB[GN]$/.test(w.xpos) && childOf(t, p, 'aux', 'aux:pass') === undefined) {
        // "The Senate takes up a plan …, calling for cuts": the plan calls for them, and a plan
        // only taken up, debated or rejected is not its taker's; one adopted or issued is.
        const root = rootOf(t.parse);
        const plan = root >= 0 && root < p ? childOf(t, root, 'obj') : undefined;
        if (
          plan !== undefined &&
          plan < p &&
          PLAN_NOUNS.has(lemmaOf(t, plan)) &&
          !ISSUING_VERBS.has(lemmaOf(t, root)) &&
          t.parse.tokens[p - 1]?.text === ',' &&
          predicateOf(t, p)?.relation === 'DEMANDED'
        )
          return [];
        // ", saying …" at a sentence's end hung on a verb inside a complement ("… a controversy over
        // whether France is positioning itself, saying …"): the participle is the main clause's.
        const hd = t.parse.tokens[head]!.deprel;
        if (
          p > head &&
          t.parse.tokens[p - 1]?.text === ',' &&
          /^(ccomp|acl|advcl|xcomp)/.test(hd) &&
          root >= 0 &&
          root < p
        ) {
          const main = subjectOf(s, root, depth + 1);
          if (main.length) return main;
        }
        const hw = t.parse.tokens[head]!;
        // "X is on his way home after attending …": a gerund after a subordinator is adverbial, so
        // on a copular predicate it is the clause's, whose subject is the copula's.
        const clausal = markOf(t, p) !== undefined && childOf(t, head, 'cop') !== undefined;
        // "X rejected the plan, telling Reuters that …", "thought of Y as a traitor, adding: …" with
        // the participle hung on a noun before it: a thing says nothing (a document does: "a note,
        // saying …"), so the one speaking is the main clause's subject.
        if (
          hw.upos === 'NOUN' &&
          t.parse.tokens[p - 1]?.text === ',' &&
          predicateOf(t, p)?.relation === 'STATED' &&
          /^(telling|speech)$/.test(predicateOf(t, p)!.frame) &&
          !DOCUMENT_NOUNS.has(lemmaOf(t, head)) &&
          !actorLike(s, head) &&
          root >= 0 &&
          root < head
        ) {
          const main = subjectOf(s, root, depth + 1);
          if (main.length) return main;
        }
        if ((hw.upos === 'NOUN' || hw.upos === 'PROPN') && !clausal) return membersOf(s, head);
        return subjectOf(s, head, depth + 1);
      }
    }
    if (hasLabel(rel, 'acl') && !rel.startsWith('acl:relcl')) {
      // "negotiations with the union as requested by X", "the plan demanded by X": the noun a past
      // participle describes is what was done to, never its doer (whose "by" phrase the parser lost).
      if (w.xpos === 'VBN') return [];
      // "X was in Lisbon to attend the summit": an infinitive on a copular predicate says what the
      // subject was there for.
      const purpose = markOf(t, p) === 'to' && childOf(t, head, 'cop') !== undefined;
      const subject = purpose ? childOf(t, head, 'nsubj') : undefined;
      if (subject !== undefined) return membersOf(s, subject);
      const members = membersOf(s, head);
      // "the first country to reject the plan" acts; "a rally at the Palace of Conventions to
      // demand X" (the infinitive hung on the place) does not: a place that is no state is no agent.
      if (markOf(t, p) !== 'to') return members;
      return members.filter(
        (e) =>
          entities[e]!.type !== 'Event' &&
          (entities[e]!.type !== 'Place' || countryOf(entities[e]!.name) !== undefined),
      );
    }
    return [];
  }

  /** Whose demand, proposal or claim a rejected object is: its author, or the object itself. */
  function authorOf(s: Sentence, obj: number): number[] {
    const { t } = s;
    const own = membersOf(s, obj);
    if (own.length) return own;
    const lemma = lemmaOf(t, obj);
    const ev = eventOf(s, obj);
    if (ev !== undefined) return [ev];
    if (!PROPOSAL_NOUNS.has(lemma) && t.parse.tokens[obj]!.upos !== 'NOUN') return [];
    // "X's proposal", "the demands of X", "a request by X", "a call from X", "the U.S. view".
    for (const k of childrenOf(t, obj, 'nmod:poss', 'nmod', 'compound', 'amod')) {
      if (prepositional(t, k) && !/^(of|by|from|between)$/.test(caseOf(t, k) ?? '')) continue;
      const found = membersOf(s, k);
      if (found.length) return found;
      // "the conclusions of the summit", "the outcome of the talks": what a gathering decided is its own.
      const gathering = caseOf(t, k) === 'of' && GATHERING_OUTCOMES.has(lemma) ? eventOf(s, k) : undefined;
      if (gathering !== undefined) return [gathering];
      // "two aspects of X's proposals", "parts of the X plan": a part of a proposal is its author's.
      if (caseOf(t, k) === 'of' && PROPOSAL_NOUNS.has(lemmaOf(t, k))) {
        const whole = authorOf(s, k);
        if (whole.length) return whole;
      }
    }
    // "a Canadian proposal", "the Soviet offer": the country a demonym names made it (an entity
    // only as this argument, ANNOTATION.md's implied entity).
    for (const k of childrenOf(t, obj, 'amod')) {
      const country = k < obj ? countryOfDemonym(t.parse.tokens[k]!.text) : undefined;
      if (country && /^\p{Lu}/u.test(t.parse.tokens[k]!.text) && PROPOSAL_NOUNS.has(lemma))
        return [impliedCountry(country.name)];
    }
    // "a Varn-backed proposal", "NATO-led troops": the name joined to the participle before the noun.
    for (const k of childrenOf(t, obj, 'amod')) {
      if (k > obj || t.parse.tokens[k]!.xpos !== 'VBN' || !LEADING_PARTICIPLES.has(lemmaOf(t, k))) continue;
      const named = childrenOf(t, k, 'obl', 'compound', 'nsubj').filter(
        (c) => c < k && t.parse.tokens[k - 1]?.text === '-',
      );
      const found = named.flatMap((c) => membersOf(s, c));
      if (found.length) return found;
    }
    // "the deployment of X's troops", "the dispatch of Varn Alliance troops": whoever the forces sent belong to.
    if (SENDING_NOUNS.has(lemma)) {
      const of = childrenOf(t, obj, 'nmod').find((k) => k > obj && caseOf(t, k) === 'of');
      const whose = of === undefined ? [] : authorOf(s, of);
      if (whose.length) return whose;
    }
    // "the allegations made by X", "a resolution drafted by X": the agent of the participle.
    for (const k of childrenOf(t, obj, 'acl')) {
      if (t.parse.tokens[k]!.xpos !== 'VBN') continue;
      const found = agentOf(s, k);
      if (found.length) return found;
    }
    // "X made a proposal, which Y rejected", "rejected the offer X put forward": whoever made it.
    if (PROPOSAL_NOUNS.has(lemma)) {
      const w = t.parse.tokens[obj]!;
      const maker =
        w.deprel === 'obj' && w.head >= 0 && LIGHT_VERBS.has(lemmaOf(t, w.head))
          ? w.head
          : childrenOf(t, obj, 'acl:relcl').find(
              (k) => LIGHT_VERBS.has(lemmaOf(t, k)) && relativeClauseObject(t, k) === obj,
            );
      const found = maker === undefined ? [] : subjectOf(s, maker);
      if (found.length) return found;
    }

    // "rejected the demand that X …" / "a request by textile makers": no named author.
    return [];
  }

  /**
   * The proposals a sentence puts forward, each with its word and its authors, none for one the
   * article does not name ("a trader offered …", "a proposal to cut taxes"): the subject of a verb of
   * proposing ("X proposed talks", "X put forward a plan"; the agent of a passive one; demands are
   * the DEMANDED relations) or of a wish that another act ("X wants Y to share power"), and a proposal or
   * demand noun with an author of its own ("X's plan", "a proposal by X", "the Kestan offer") or an
   * indefinite one ("a proposal"). A proposal denied or only supposed ("did not propose", "might
   * offer") is none, and a definite noun with no author ("the proposal") names one made before.
   */
  function proposalsOf(s: Sentence): { authors: number[]; at: number }[] {
    const { t } = s;
    const out: { authors: number[]; at: number }[] = [];
    const verbLemma = (k: number): string =>
      childrenOf(t, k, 'compound:prt').some((c) => lemmaOf(t, c) === 'forward')
        ? `${lemmaOf(t, k)} forward`
        : lemmaOf(t, k);
    t.parse.tokens.forEach((w, k) => {
      if (w.upos === 'VERB') {
        const lemma = verbLemma(k);
        // "Kestan wants Lund to share power": a wish that another act is put forward as a demand is.
        const wish =
          lemma === 'want' &&
          childOf(t, k, 'obj') !== undefined &&
          childrenOf(t, k, 'xcomp').some((c) => markOf(t, c) === 'to');
        if (!(PROPOSING_VERBS.has(lemma) || wish) || isNegated(t.parse, k) || !factual(t, k, false)) return;
        const authors = voice(t.parse, k) === 'passive' || w.xpos === 'VBN' ? agentOf(s, k) : subjectOf(s, k);
        out.push({ authors: authors.filter((e) => !isEvent(e)), at: k });
      } else if (w.upos === 'NOUN' && w.deprel !== 'root' && PROPOSAL_DESCRIPTIONS.has(lemmaOf(t, k))) {
        // (A proposal noun as the root is a verb mistagged: "Lyng plans to ask …".)
        const own = authorOf(s, k).filter((e) => !isEvent(e));
        // "X put forward / unveiled / issued a plan": whoever did so made it.
        const head = w.deprel === 'obj' ? w.head : -1;
        const issued =
          head >= 0 &&
          (PROPOSING_VERBS.has(verbLemma(head)) ||
            ISSUING_VERBS.has(lemmaOf(t, head)) ||
            LIGHT_VERBS.has(lemmaOf(t, head)));
        const authors = own.length || !issued ? own : subjectOf(s, head).filter((e) => !isEvent(e));
        const indefinite = childrenOf(t, k, 'det').some((d) => /^(a|an|another)$/i.test(t.parse.tokens[d]!.text));
        if (authors.length || indefinite) out.push({ authors, at: k });
      }
    });
    return out;
  }

  /** An Event a word names: an Event argument, or an attendable event noun phrase. */
  function eventOf(s: Sentence, w: number): number | undefined {
    const { t, view } = s;
    const own = t.entity[w];
    if (own !== undefined) return isEvent(own) ? own : undefined;
    const word = t.parse.tokens[w]!;
    if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return undefined;
    const text = word.text.toLowerCase();
    // "joined the firm in March, 1986": the month, not a protest march ("the Long March" has its article).
    if (word.text === 'March' && childOf(t, w, 'det') === undefined) return undefined;
    // "a phone call", "a video call": a call one takes part in (not "a call for restraint").
    const called =
      lemmaOf(t, w) === 'call' &&
      childrenOf(t, w, 'compound', 'amod').some((k) => /^(phone|telephone|video|conference)$/.test(lemmaOf(t, k)));
    // "a memorial service", "a church service": a service held, not one provided ("news service").
    const service =
      lemmaOf(t, w) === 'service' && childrenOf(t, w, 'compound', 'amod').some((k) => SERVICE_KINDS.has(lemmaOf(t, k)));
    if (!ATTENDABLE_HEADS.has(text) && !ATTENDABLE_HEADS.has(lemmaOf(t, w)) && !called && !service) return undefined;
    // "the opening session of the talks", "the final sitting of the conference": a sitting of a
    // gathering is that gathering.
    if (SITTING_HEADS.has(lemmaOf(t, w))) {
      const of = childrenOf(t, w, 'nmod').find((k) => k > w && caseOf(t, k) === 'of');
      const whole = of === undefined ? undefined : eventOf(s, of);
      if (whole !== undefined) return whole;
    }
    // "the meetings", and "IMF and World Bank meetings": a named body's meetings are particular ones;
    // so are those of two named parties ("meetings this week between A and B").
    const definite =
      childrenOf(t, w, 'det').some((d) => /^(the|these|those)$/.test(lemmaOf(t, d))) ||
      // (A name the parser hung as an adjective is a name all the same: "for the IMF | and World Bank spring meetings".)
      childrenOf(t, w, 'compound', 'amod').some((k) => t.entity[k] !== undefined) ||
      partiesBetween(s, w).length === 2;
    if (word.xpos === 'NNS' && SINGULAR_EVENT_HEADS.has(lemmaOf(t, w)) && !definite && !childOf(t, w, 'nummod'))
      return undefined;
    const { start, end } = eventSpan(s, w);
    const tokenStart = t.token[start]!;
    const tokenEnd = t.token[end]! + 1;
    // "the meeting" after "… will not attend the Lund trade ministers' meeting": the bare definite
    // noun is named by the fullest earlier mention of its gathering, related or not.
    const det = childOf(t, w, 'det');
    const earlier =
      start === end && det !== undefined && lemmaOf(t, det) === 'the' && GATHERING_HEADS.has(text)
        ? earlierGathering(discourse, text)
        : undefined;
    return makeEvent(view, { start: tokenStart, end: tokenEnd, head: text }, earlier);
  }

  /**
   * The words naming the event a noun heads, as tree indices: the noun with the modifiers that say
   * what it is and where, not who holds it or when.
   */
  function eventSpan(s: Sentence, w: number): { start: number; end: number } {
    const { t } = s;
    // The name: the noun with the modifiers that say what kind of event it is ("the G-20 summit",
    // "the bilateral meeting", "the monthly press conference") and where ("talks in Washington");
    // not who holds it ("his", "Putin's"), nor how it is judged or when ("upcoming", "formal").
    let start = w;
    for (const k of childrenOf(t, w, 'compound', 'amod', 'flat', 'nmod:poss', 'nummod')) {
      if (k > w) continue;
      const rel = t.parse.tokens[k]!.deprel;
      // (A plural common noun's "s'" names the kind of gathering, as a compound would: "the
      // agriculture ministers' meeting" is an agriculture ministers meeting.)
      const kindOfPeople =
        t.parse.tokens[k]!.xpos === 'NNS' &&
        t.parse.tokens[k]!.upos === 'NOUN' &&
        t.parse.tokens[k + 1]?.text === "'" &&
        t.entity[k] === undefined;
      if (rel === 'nmod:poss' && !kindOfPeople && !(t.entity[k] !== undefined && isEvent(t.entity[k]!))) continue;
      if (rel === 'amod' && UNNAMING_ADJECTIVES.has(lemmaOf(t, k))) continue;
      if (rel === 'nummod') continue;
      const span = subtreeSpan(t.parse, k);
      // "the March 31-April 2 meeting" with the day a compound of its own: a bare number is a
      // date's day or a count, no name.
      if (t.parse.tokens[k]!.upos === 'NUM' && span.first === span.last) continue;
      // "the Dec. 28 meeting": when it is, not what it is.
      if (
        TIME_WORDS.test(
          t.parse.tokens
            .slice(span.first, span.last + 1)
            .map((x) => x.text)
            .join(' '),
        )
      )
        continue;
      start = Math.min(start, span.first);
    }
    // Nor does a preposition the parser hung on a modifier ("for the IMF and World Bank meetings").
    while (start < w && /^(DET|PART|PUNCT|PRON|ADP)$/.test(t.parse.tokens[start]!.upos)) start++;
    let end = w;
    const place = childrenOf(t, w, 'nmod').find(
      (k) => k > w && caseOf(t, k) === 'in' && t.entity[k] !== undefined && entities[t.entity[k]!]!.type === 'Place',
    );
    // "talks in Vienna on Tuesday" with the day hung on the city: the place's name ends the phrase.
    // ("meetings this week in London": the place is no longer next to the noun, when is no name.)
    const timed = place !== undefined && t.parse.tokens.slice(w + 1, place).some((x) => TIME_WORDS.test(x.text));
    if (place !== undefined && !timed)
      end = Math.max(place, ...childrenOf(t, place, 'flat', 'compound', 'fixed').filter((k) => k > place));
    // "the opening ceremony of the TurkStream gas pipeline": "of" a name belongs to the name.
    // So does the body whose meeting it is ("the meeting of the Group of Seven").
    // So does a body named by its members or organ ("the meeting of GCC finance ministers", "of the
    // ICO council"): a common noun with a named organisation before it.
    const bodyNamed = (k: number): boolean =>
      t.parse.tokens[k]!.upos === 'NOUN' &&
      childrenOf(t, k, 'compound', 'amod', 'flat').some((m) => {
        const e = t.entity[m];
        return m < k && e !== undefined && entities[e]!.type === 'Organization';
      });
    const ofName = childrenOf(t, w, 'nmod').find(
      (k) =>
        k > w &&
        caseOf(t, k) === 'of' &&
        ((t.parse.tokens[k]!.upos === 'PROPN' &&
          (t.entity[k] === undefined || entities[t.entity[k]!]!.type === 'Organization')) ||
          bodyNamed(k)),
    );
    if (place === undefined && ofName !== undefined) {
      // Without a clause on the body ("a meeting of EC farm ministers which ended today").
      end = subtreeSpan(t.parse, ofName, ['acl', 'acl:relcl', 'appos', 'punct']).last;
      // A named body ends where its name ends ("of the Group of 24", however "24" is hung).
      const body = t.entity[ofName];
      if (body !== undefined) while (t.entity[end + 1] === body) end++;
    }
    // A comma the parser hung on the last name closes the phrase, no part of it.
    while (end > w && /^[,;:.]$/.test(t.parse.tokens[end]!.text)) end--;
    return { start, end };
  }

  /**
   * The gatherings a sentence mentions, by head and name ("meeting", "Lund trade ministers'
   * meeting"; '' for one "a meeting" introduces), whether or not a relation uses them.
   */
  function gatheringMentions(s: Sentence): { head: string; name: string }[] {
    const { t, view } = s;
    const found: { head: string; name: string }[] = [];
    t.parse.tokens.forEach((word, w) => {
      const head = word.text.toLowerCase();
      if (word.upos !== 'NOUN' || !GATHERING_HEADS.has(head) || t.entity[w] !== undefined) return;
      const { start, end } = eventSpan(s, w);
      const det = childOf(t, w, 'det');
      const indefinite = det !== undefined && /^an?$/.test(lemmaOf(t, det));
      if (start === end) {
        if (indefinite) found.push({ head, name: '' });
        return;
      }
      const tokens = view.tokens.slice(t.token[start]!, t.token[end]! + 1);
      const name = tokens.map((x, i) => (i > 0 && x.start > tokens[i - 1]!.end ? ' ' : '') + x.text).join('');
      found.push({ head, name });
    });
    return found;
  }

  /** The event an attendance verb goes to: its object, or an oblique of place or purpose. */
  function eventTargetOf(s: Sentence, p: number): number | undefined {
    return eventTargetsOf(s, p)[0];
  }

  /**
   * The events attended, the first found with its conjuncts ("attended the summit and the state
   * dinner": both).
   */
  function eventTargetsOf(s: Sentence, p: number): number[] {
    const first = eventTargetWord(s, p);
    if (first === undefined) return [];
    const [word, ev] = first;
    if (word === undefined) return [ev];
    const more = conjuncts(s.t.parse, word)
      .filter((k) => k !== word)
      .flatMap((k) => eventOf(s, k) ?? []);
    return [...new Set([ev, ...more])];
  }

  /** The event an attendance verb names and the word that names it (none for a relative pronoun's antecedent). */
  function eventTargetWord(s: Sentence, p: number): [number | undefined, number] | undefined {
    const { t } = s;
    // A light verb's own object ("cast a vote in the election") is part of the predicate, not what is attended.
    const light = predicateOf(t, p)?.lemma.split(' ')[1];
    for (const o of childrenOf(t, p, 'obj')) {
      if (lemmaOf(t, o) === light) continue;
      const ev = eventOf(s, o);
      if (ev !== undefined) return [o, ev];
      // "the summit, which both leaders will attend": the relative pronoun's antecedent, the
      // clause's head noun, or (when the clause hangs elsewhere) the nearest event noun before it.
      if (RELATIVE_PRONOUNS.has(lemmaOf(t, o))) {
        if (hasLabel(t.parse.tokens[p]!.deprel, 'acl')) {
          const antecedent = eventOf(s, t.parse.tokens[p]!.head);
          if (antecedent !== undefined) return [undefined, antecedent];
        }
        for (let k = o - 1; k >= Math.max(0, o - 20); k--) {
          const antecedent = eventOf(s, k);
          if (antecedent !== undefined) return [undefined, antecedent];
        }
      }
    }
    for (const o of childrenOf(t, p, 'obl', 'nmod')) {
      // "will visit Lund next month for talks" with the purpose hung on the time phrase: the verb's.
      if (caseOf(t, o) === undefined && TIME_WORDS.test(t.parse.tokens[o]!.text)) {
        const purpose = childrenOf(t, o, 'nmod').find((k) => /^(for|to)$/.test(caseOf(t, k) ?? ''));
        const timed = purpose !== undefined ? eventOf(s, purpose) : undefined;
        if (timed !== undefined) return [purpose, timed];
      }
      // "returned from the summit", "emerged from the final session": one comes from where one
      // was; "presided over the meeting": one chairs a gathering one is at.
      if (!/^(in|at|for|to|into|on|from|over)$/.test(caseOf(t, o) ?? '')) continue;
      const ev = eventOf(s, o);
      if (ev !== undefined) return [o, ev];
      // "travelled to Bali for the summit": the purpose phrase may hang under the place.
      for (const k of childrenOf(t, o, 'nmod')) {
        if (caseOf(t, k) !== 'for') continue;
        const inner = eventOf(s, k);
        if (inner !== undefined) return [k, inner];
      }
    }
    // "arrived in Lisbon ahead of the summit": one arrives for the gathering one comes before
    // (not so one who returns or leaves ahead of it).
    if (/^(arrive|travel)$/.test(lemmaOf(t, p)))
      for (const a of childrenOf(t, p, 'advmod').filter((k) => lemmaOf(t, k) === 'ahead'))
        for (const k of childrenOf(t, a, 'obl', 'nmod')) {
          const ev = caseOf(t, k) === 'of' ? eventOf(s, k) : undefined;
          if (ev !== undefined) return [k, ev];
        }
    // "take part in": the oblique hangs under "part".
    for (const o of childrenOf(t, p, 'obj')) {
      for (const k of childrenOf(t, o, 'nmod')) {
        const ev = eventOf(s, k);
        if (ev !== undefined) return [k, ev];
      }
    }
    return undefined;
  }

  /** "the summit was attended by X" / "the meeting, attended by X,". */
  function eventTargetOfPassive(s: Sentence, p: number): number | undefined {
    const { t } = s;
    // The patient; a participle with an agent and a plain subject ("Summit, attended by X,") has
    // its patient for that subject.
    const patient = childOf(t, p, 'nsubj:pass') ?? childOf(t, p, 'nsubj');
    if (patient !== undefined) return eventOf(s, patient);
    const head = t.parse.tokens[p]!.head;
    if (head < 0) return undefined;
    if (hasLabel(t.parse.tokens[p]!.deprel, 'acl')) return eventOf(s, head);
    // "The Harbour Summit, attended by X, ended" / "spoke at a meeting, attended by X" parsed as an
    // adverbial clause: the event named last before it in the clause it modifies.
    // Also when that event sits deeper ("criticised remarks made at a meeting in Florida, attended
    // by X": the nearest gathering before the participle).
    if (!hasLabel(t.parse.tokens[p]!.deprel, 'advcl')) return undefined;
    const before = childrenOf(t, head, 'nsubj', 'obl', 'obj').filter((k) => k < p);
    for (let i = before.length - 1; i >= 0; i--) {
      const ev = eventOf(s, before[i]!);
      if (ev !== undefined) return ev;
    }
    for (let k = p - 1; k > head; k--) {
      const ev = t.parse.tokens[k]!.upos === 'NOUN' ? eventOf(s, k) : undefined;
      if (ev !== undefined) return ev;
    }
    return undefined;
  }

  /** The meeting a "meet" refers to: an Event headed "meeting"/"talks" in the article, else a new one. */
  function meetingEvent(s: Sentence, p: number): number | undefined {
    const token = s.t.token[p]!;
    return makeEvent(s.view, { start: token, end: token + 1, head: 'meeting' }, 'meeting');
  }

  /** An actor named by a nominal predicate: "X's refusal", "a call from X", "the Kremlin's demand". */
  function actorOf(s: Sentence, n: number): number[] {
    const { t } = s;
    const poss = childOf(t, n, 'nmod:poss');
    if (poss !== undefined) return membersOf(s, poss).filter((e) => !isEvent(e));
    for (const k of childrenOf(t, n, 'nmod', 'compound')) {
      if (prepositional(t, k) && !/^(by|from|of)$/.test(caseOf(t, k) ?? '')) continue;
      // A place acts through "of/by/from" ("at the urging of Malta") or as the modifier of a demand
      // or statement it makes ("U.S. demands", a country for its government), not as the modifier
      // of a gathering ("the Malta talks").
      const placeActs = (prepositional(t, k) && caseOf(t, k) !== undefined) || !MEETING_HEADS.has(lemmaOf(t, n));
      // "a House speech", "his Senate testimony": a chamber before a speech is where it was given.
      if (!prepositional(t, k) && isChamberWord(t.parse.tokens[k]!.text) && DELIVERED_SPEECH.has(lemmaOf(t, n)))
        continue;
      const found = membersOf(s, k).filter((e) => !isEvent(e) && (entities[e]!.type !== 'Place' || placeActs));
      if (found.length) return found;
    }
    return [];
  }

  /** Whether a speech verb has content: a clause, a quotation, a colon, or a parenthetical use. */
  function hasContent(s: Sentence, p: number): boolean {
    const { t, view } = s;
    if (childOf(t, p, 'ccomp', 'parataxis') !== undefined) return true;
    // "promised to act" has content; "continued to oppose", "added to the pressure" do not.
    if (COMMISSIVES.has(lemmaOf(t, p)) && childOf(t, p, 'xcomp') !== undefined) return true;
    if (hasLabel(t.parse.tokens[p]!.deprel, 'parataxis')) return true;
    if (childrenOf(t, p, 'punct').some((k) => t.parse.tokens[k]!.text === ':')) return true;
    // A quotation in the sentence is what was said, unless the verb has a thing for its object
    // ("wanted to maintain the export shares … 'objective criteria'": keeping, not saying) that it
    // does not describe "as" something ("described Iraq as an 'axis of evil'").
    const described = childrenOf(t, p, 'obl', 'advcl', 'xcomp').some(
      (k) => caseOf(t, k) === 'as' || markOf(t, k) === 'as',
    );
    // "described the ruling as historic" (the "as" phrase on the verb or, misparsed, on its
    // object): describing something as something says so.
    const obj = childOf(t, p, 'obj');
    const asOnObject = obj !== undefined && childrenOf(t, obj, 'nmod').some((k) => caseOf(t, k) === 'as');
    if ((described || asOnObject) && lemmaOf(t, p) === 'describe') return true;
    const kept = obj !== undefined && !described;
    return !kept && view.tokens.some((x) => x.kind === 'quote');
  }

  return {
    isEvent,
    settingEvent,
    entitiesOf,
    threatenedBy,
    membersOf,
    actorLike,
    agentOf,
    subjectOf,
    authorOf,
    proposalsOf,
    eventOf,
    gatheringMentions,
    eventTargetOf,
    eventTargetsOf,
    eventTargetOfPassive,
    meetingEvent,
    actorOf,
    hasContent,
  };
}

export type ArgumentReader = ReturnType<typeof argumentReader>;
