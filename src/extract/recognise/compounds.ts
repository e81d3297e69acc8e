/**
 * Names made of a proper noun and a lower-case head: "the G-20 summit", "the Iraq war" (Events),
 * "the Biden administration", "the Butler inquiry" (Organizations). The proper noun keeps its
 * own mention too.
 */
import { countryOf, countryOfDemonym, hasDemonymShape, isDemonym, isKnownPlace } from '../lexicon/places.js';
import { PORTFOLIOS } from '../lexicon/roles.js';
import { isEnglishWord } from '../lexicon/words.js';
import type { Token } from '../segment/tokens.js';
import type { Mention } from './mention.js';

const EVENT_COMPOUND_HEADS = new Set([
  'summit',
  'war',
  // "the Kestan conflict", "the Kestan-Dorvia conflict": a war named by its parties or its land.
  'conflict',
  'talks',
  'conference',
  'election',
  'elections',
  'games',
  'negotiations',
  'forum',
  'referendum',
  'crisis',
  'olympics',
  'convention',
  // "the Uruguay round", "the Doha round": a series of negotiations named by where it opened.
  'round',
  // "the annual Hajj pilgrimage", "the Diwali festival": a rite or feast named before its kind.
  'pilgrimage',
  'festival',
]);
const ORG_COMPOUND_HEADS = new Set(['administration', 'inquiry', 'campaign', 'regime', 'cabinet']);

/** Lower-case institutions named by a nationality or country: "the German government", "Malaysian navy". */
const NATIONAL_BODIES = new Set([
  'government',
  'navy',
  'army',
  'military',
  'police',
  'embassy',
  'parliament',
  'congress',
  'legislature',
  'cabinet',
  'ministry',
  'coast',
  'air',
]);

/** "the German government", "the Cuban government", "the Malaysian navy", "the UK government". */
export function nationalBodies(text: string, tokens: Token[], isNationWord: (t: Token) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!t.cap || !isNationWord(t)) continue;
    let k = i + 1;
    // A portfolio in lower case before the body: "the French finance ministry", "foreign ministry".
    if (
      tokens[k]?.norm === 'foreign' ||
      (tokens[k] !== undefined && !tokens[k]!.cap && PORTFOLIOS.has(tokens[k]!.norm))
    )
      k++;
    const head = tokens[k];
    if (!head || head.cap || !NATIONAL_BODIES.has(head.norm)) continue;
    if (head.norm === 'coast' || head.norm === 'air') {
      if (!(tokens[k + 1] && /^(guard|force)$/.test(tokens[k + 1]!.norm))) continue;
      k++;
    }
    const end = tokens[k]!.end;
    // "the West German government", "the South Korean army": the compass word is the nation's.
    const from = compassOfNation(tokens, i) ? i - 1 : i;
    out.push({
      start: tokens[from]!.start,
      end,
      text: text.slice(tokens[from]!.start, end),
      type: 'Organization',
      sentence: -1,
      tokenStart: from,
      tokenEnd: k + 1,
      roles: [],
      possessive: tokens[k + 1]?.norm === "'s",
      // A ministry named by its portfolio is a body of its own, unlike "the German government".
      cue: portfolioBody(tokens, k - 1) ? 'portfolio-body' : 'national-body',
    });
  }
  return out;
}

/** Whether a capitalised compass word before a people's adjective names a state with it ("West German"). */
function compassOfNation(tokens: Token[], i: number): boolean {
  const compass = tokens[i - 1];
  if (!compass?.cap || !/^(?:west|east|north|south)$/.test(compass.norm)) return false;
  // "Korean" names either Korea: the state is the compass word and the adjective's country.
  const country = countryOfDemonym(tokens[i]!.text)?.name.split(' ').pop() ?? tokens[i]!.text.replace(/n$/, '');
  return countryOf(`${compass.text} ${country}`) !== undefined;
}

/**
 * A state's legislature named by its common noun in lower case, as wire copy writes another
 * country's: "asked congress to declare a state of siege", "urged parliament to approve the budget",
 * "the legislature". A closed class: the one body of that kind a country has.
 */
const LEGISLATURE_NOUNS = new Set(['parliament', 'congress', 'legislature']);

/**
 * "urged parliament to approve …", "told congress that …": a lower-case legislature that is the
 * object of a verb, or of "on", "to" or "with" ("called on parliament", "appealed to congress"), is
 * an Organization named as written, kept only when a relation uses it (as "the German government"
 * is). As a subject it stays out ("parliament rejected the budget" is a vote, not a reply to a
 * demand). One a nationality, country or other name opens ("the Kestan parliament") is that name's,
 * and a modifier of another noun ("parliament speaker") names no body. `addressed(k)` says whether
 * token k is such an object in the sentence's parse (never, unparsed).
 */
export function legislatureBodies(
  text: string,
  tokens: Token[],
  addressed: (token: number) => boolean,
  tag: ((token: number) => string | undefined) | undefined,
): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    if (t.cap || t.kind !== 'word' || !LEGISLATURE_NOUNS.has(t.norm) || !addressed(k)) return;
    const before = tokens[k - 1];
    if (before !== undefined && before.cap && k - 1 > 0) return;
    // A "congress" is also a gathering ("opens a four-day congress", "the party congress"): only
    // a bare one, or a country's ("Peru's congress"), is the legislature.
    const bare = before === undefined || /^(VERB|AUX|ADP|PART|SCONJ|CCONJ|PUNCT)$/.test(tag?.(k - 1) ?? '');
    if (t.norm === 'congress' && !bare) return;
    out.push({
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      type: 'Organization',
      sentence: -1,
      tokenStart: k,
      tokenEnd: k + 1,
      roles: [],
      possessive: tokens[k + 1]?.norm === "'s",
      cue: 'national-body',
    });
  });
  return out;
}

/** Departments of state named by their portfolio: "the defense department", "the justice department". */
const STATE_DEPARTMENT_PORTFOLIOS = new Set([
  'defense',
  'defence',
  'justice',
  'commerce',
  'agriculture',
  'energy',
  'labor',
  'labour',
  'interior',
  'treasury',
  'transportation',
  'education',
  'health',
]);

/**
 * Whether tokens[k] and tokens[k + 1] name a government body by its portfolio in lower case, as
 * current wire style writes it: "the foreign ministry", "the finance ministry", "the defense
 * department" (a "research department" may be a bank's: departments only of a state's portfolios).
 */
function portfolioBody(tokens: Token[], k: number): boolean {
  const portfolio = tokens[k];
  const head = tokens[k + 1];
  if (!portfolio || !head || head.cap || portfolio.kind !== 'word' || (portfolio.cap && k > 0)) return false;
  if (head.norm === 'ministry') return portfolio.norm === 'foreign' || PORTFOLIOS.has(portfolio.norm);
  return (
    head.norm === 'department' && (portfolio.norm === 'foreign' || STATE_DEPARTMENT_PORTFOLIOS.has(portfolio.norm))
  );
}

/**
 * "foreign ministry spokeswoman X said", "its defense department": a ministry or department named
 * by its portfolio alone is an Organization (one a nationality or country opens is nationalBodies').
 */
export function portfolioBodies(text: string, tokens: Token[], isNationWord: (t: Token) => boolean): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    if (!portfolioBody(tokens, k)) return;
    // "the foreign trade ministry": "foreign" before a portfolio is part of it.
    const first = t.norm !== 'foreign' && tokens[k - 1]?.norm === 'foreign' && !tokens[k - 1]!.cap ? k - 1 : k;
    const before = tokens[first - 1];
    if (before !== undefined && before.cap && isNationWord(before)) return;
    const start = tokens[first]!.start;
    const end = tokens[k + 1]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'Organization',
      sentence: -1,
      tokenStart: first,
      tokenEnd: k + 2,
      roles: [],
      possessive: tokens[k + 2]?.norm === "'s",
      cue: 'portfolio-body',
    });
  });
  return out;
}

export function compoundMentions(text: string, tokens: Token[], names: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    if (m.possessive || m.type === 'Event') continue;
    const t = tokens[m.tokenEnd];
    if (!t || t.cap || t.kind !== 'word') continue;
    // "Debt talks between …", "Financing talks": a sentence's first word is capitalised by its
    // place; an ordinary English word there names nothing when nothing else types it.
    const opening = m.tokenStart === 0 && m.tokenEnd === 1 && m.type === 'Unknown';
    if (opening && isEnglishWord(tokens[0]!.norm)) continue;
    let end = m.tokenEnd;
    let type: Mention['type'] | undefined;
    if (EVENT_COMPOUND_HEADS.has(t.norm)) {
      type = 'Event';
      end++;
      if (tokens[end] && tokens[end]!.norm === 'meeting') end++;
    } else if (ORG_COMPOUND_HEADS.has(t.norm) && (m.type === 'Person' || m.type === 'Unknown' || m.type === 'Place')) {
      type = 'Organization';
      end++;
    }
    if (!type) continue;
    const start = type === 'Event' ? yearedStart(tokens, pairedStart(tokens, m.tokenStart)) : m.tokenStart;
    out.push({
      ...m,
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      text: text.slice(tokens[start]!.start, tokens[end - 1]!.end),
      type,
      tokenStart: start,
      tokenEnd: end,
      roles: [],
      possessive: tokens[end]?.norm === "'s",
      cue: 'compound',
    });
  }
  return out;
}

/** A calendar year as written before a named event: "the 1967 war", "the 2006 … conflict". */
const EVENT_YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * "the 1967 Middle East war", "the 2019 Kestan election": a year between the article and the
 * event's name is part of the name (which war, which election); the event starts at the year.
 */
function yearedStart(tokens: Token[], i: number): number {
  const year = tokens[i - 1];
  return year && year.kind === 'number' && EVENT_YEAR.test(year.text) && tokens[i - 2]?.norm === 'the' ? i - 1 : i;
}

/** Wars named by their two sides in one hyphenated word: "the Iran-Iraq war", "the Sino-Kestan conflict". */
const PAIRED_WAR_HEADS = new Set(['war', 'conflict']);

/**
 * "the Israel-Lebanon conflict", "the 1980 Iran-Iraq war": two places joined by a hyphen (a word
 * that names no one alone, as "China-US ties" does not) before "war" or "conflict" name the war, an
 * Event; each place, a proper noun used as a modifier, is a mention of its own.
 */
export function pairedWars(text: string, tokens: Token[], sentence: number): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    const head = tokens[k + 1];
    if (t.kind !== 'word' || !head || head.cap || !PAIRED_WAR_HEADS.has(head.norm)) return;
    const sides = t.text.split('-');
    if (sides.length !== 2 || !sides.every((p) => /^\p{Lu}/u.test(p) && (isKnownPlace(p) || p === 'Sino'))) return;
    const start = yearedStart(tokens, k);
    const base = { sentence, roles: [], possessive: false };
    out.push({
      ...base,
      start: tokens[start]!.start,
      end: head.end,
      text: text.slice(tokens[start]!.start, head.end),
      type: 'Event',
      tokenStart: start,
      tokenEnd: k + 2,
      possessive: tokens[k + 2]?.norm === "'s",
      cue: 'compound',
    });
    let from = t.start;
    for (const side of sides) {
      if (side !== 'Sino')
        out.push({
          ...base,
          start: from,
          end: from + side.length,
          text: side,
          type: 'Place',
          tokenStart: k,
          tokenEnd: k + 1,
          cue: 'modifier',
        });
      from += side.length + 1;
    }
  });
  return out;
}

/** Gatherings named by where they are held: "the Lund summit", "the Geneva talks", "the Bali meeting". */
const VENUE_NAMED_GATHERINGS = new Set(['summit', 'talks', 'negotiations', 'conference', 'forum', 'meeting']);

/**
 * Lower-case words before a gathering noun that make it a body's or a person's own gathering, not
 * one held in a place: "the Kestan board meeting", "the Dorvo shareholders meeting", "the Velt
 * family meeting", "the Belk press conference" (Belk's).
 */
const BODY_GATHERING_WORDS = new Set([
  'press',
  'news',
  'campaign',
  'board',
  'boards',
  'shareholders',
  'shareholder',
  'stockholders',
  'stockholder',
  'annual',
  'staff',
  'management',
  'committee',
  'party',
  'family',
  'company',
  'union',
  'cabinet',
  'council',
  'group',
]);

/**
 * Whether token i is one lower-case word of a gathering's topic ("the Lund finance conference", "the
 * Lund peace talks"), not a body's word ("the Kestan board meeting") nor a function word.
 */
function topicNounAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    !!t &&
    t.kind === 'word' &&
    /^\p{Ll}+$/u.test(t.text) &&
    !BODY_GATHERING_WORDS.has(t.norm) &&
    !/^(?:and|or|of|to|in|on|at|for|with|by|from|that|which|who|is|was|were|will|would|has|had|said)$/.test(t.norm)
  );
}

/**
 * A mention of one capitalised word, no title and no possessive, between "the" and a lower-case
 * head noun of the given kind ("the Lund summit", "the Velmont government"), and no people's word;
 * with `topicWord`, one word of a gathering's topic may stand between ("the Lund finance conference").
 */
function nameWordBefore(tokens: Token[], m: Mention, heads: ReadonlySet<string>, topicWord = false): boolean {
  const direct = heads.has(tokens[m.tokenEnd]?.norm ?? '');
  const head = !direct && topicWord && topicNounAt(tokens, m.tokenEnd) ? tokens[m.tokenEnd + 1] : tokens[m.tokenEnd];
  const word = tokens[m.tokenStart]!;
  return (
    m.tokenEnd - m.tokenStart === 1 &&
    !m.possessive &&
    m.roles.length === 0 &&
    head !== undefined &&
    !head.cap &&
    heads.has(head.norm) &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    tokens[m.tokenStart - 1]?.norm === 'the' &&
    !isDemonym(word.text) &&
    !hasDemonymShape(word.text)
  );
}

/**
 * A single unknown word compounded onto a gathering noun, perhaps through one word of its topic
 * ("the Lund finance conference"), names the gathering's venue: "the Lund summit" is held in Lund, a Place, whatever its surname shape (the event's name keeps the word). Not
 * a body named in capitals ("the NATO summit"), a pair of parties ("the Velt-Marek summit") or a
 * people's adjective ("the Dorvian talks").
 */
export function gatheringVenues(tokens: Token[], names: Mention[]): Mention[] {
  return names.map((m) => {
    const venue =
      (m.type === 'Unknown' || m.type === 'Person') && nameWordBefore(tokens, m, VENUE_NAMED_GATHERINGS, true);
    return venue ? { ...m, type: 'Unknown', fallback: 'Place', gender: undefined, cue: 'gathering-venue' } : m;
  });
}

/** Bodies news names after the leader who heads them: "the Velmont government", "the Velmont administration". */
const LEADER_NAMED_BODIES = new Set(['government', 'administration', 'cabinet']);

/**
 * "the Velmont government", "the Velmont administration": a single word no rule typed, between
 * "the" and a government named after whoever leads it, is that leader, a person (a proper noun used
 * as a modifier is a mention: ANNOTATION.md), when nothing else in the article types the word. Not a
 * people's word ("the Dorvian government", "the Soviet government") nor a name in capitals.
 */
export function governmentLeaders(tokens: Token[], names: Mention[]): Mention[] {
  return names.map((m) => {
    const word = tokens[m.tokenStart]!;
    const leader =
      m.type === 'Unknown' &&
      m.fallback === undefined &&
      nameWordBefore(tokens, m, LEADER_NAMED_BODIES) &&
      // "the Soviet government", "the Yugoslav government": a people's word the lists lack, an
      // English word or a country's name without its "-ia".
      !isEnglishWord(word.norm) &&
      countryOf(`${word.text}ia`) === undefined;
    return leader ? { ...m, fallback: 'Person', cue: 'government-leader' } : m;
  });
}

/**
 * "the U.S.-Soviet summit": a name joined by a hyphen to the one before it names the gathering
 * with it (both parties), so the event starts at the first.
 */
function pairedStart(tokens: Token[], i: number): number {
  const hyphen = tokens[i - 1];
  const first = tokens[i - 2];
  const joined =
    hyphen !== undefined &&
    first !== undefined &&
    hyphen.text === '-' &&
    first.cap &&
    first.kind === 'word' &&
    first.end === hyphen.start &&
    hyphen.end === tokens[i]!.start;
  return joined ? i - 2 : i;
}
