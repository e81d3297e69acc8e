/**
 * Named mentions of one sentence: each capitalised chunk loses its leading demonyms, titles and
 * place modifiers ("Russian Foreign Minister Sergei Lavrov" → Sergei Lavrov; "U.S. President
 * Joe Biden" → United States + Joe Biden) and is typed by gazetteers, head words and context.
 */
import { DOMAIN_NAME, tokenTexts, type Token } from '../segment/tokens.js';
import {
  countryOf,
  countryOfDemonym,
  hasDemonymShape,
  isCity,
  isDemonym,
  isKnownPlace,
  isRegion,
  POLITY_SHAPE,
  US_STATE_ABBREVIATIONS,
} from '../lexicon/places.js';
import {
  INSTITUTIONS,
  isKnownOrganization,
  isNewsOutlet,
  LEGAL_FORMS,
  LOWER_CASE_LEGAL_FORMS,
  ORG_HEADS,
  PLACE_MASTHEADS,
  BODY_KIND_NOUNS,
} from '../lexicon/organizations.js';
import { NAMED_EVENT_HEADS, ONE_WORD_EVENTS } from '../lexicon/events.js';
import {
  BODY_MEMBER_PLURALS,
  EMPLOYEE_TITLES,
  FEMALE_WORDS,
  FOUNDERS,
  HONORIFICS,
  MALE_WORDS,
  NOBILITY,
  PERSON_TITLES,
  POLITY_OFFICES,
  PORTFOLIOS,
  ROLE_HEADS,
  ROLE_WORDS,
  TITLE_PREMODIFIERS,
  isTitleWord,
} from '../lexicon/roles.js';
import {
  genderOfFirstName,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isLastName,
  LANGUAGE_NAMES,
  NAME_PARTICLES,
  ADHERENTS,
  SCRIPTURES,
} from '../lexicon/words.js';
import { findChunks, isGivenNameMonth, startsSentence, titleCasedName, wordGivenNameAt } from './chunks.js';
import { PLACE_HEADS } from './heads.js';
import type { Mention, MentionType } from './mention.js';

/** Parties and movements named by a plural noun ("the Conservatives", "the Tories"). */
const PARTY_NAMES = new Set([
  'conservatives',
  'tories',
  'democrats',
  'republicans',
  'labour',
  'liberals',
  'socialists',
  'greens',
  'taliban',
  'hamas',
  'hezbollah',
  'communists',
  'nationalists',
  'houthis',
]);

/** Nouns for a party's members: a name never ends in one. */
const PARTY_MEMBERS = new Set([
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'conservative',
  'conservatives',
  'socialist',
  'socialists',
  'liberal',
  'liberals',
  'communist',
  'communists',
  'nationalist',
  'nationalists',
]);

/** Last words of the names of treaties, laws and programmes. */
const DOCUMENT_HEADS = new Set([
  'treaty',
  'act',
  'accord',
  'accords',
  'agreement',
  'protocol',
  'charter',
  'bill',
  'amendment',
  'doctrine',
]);

/** Heads of bodies that French, Spanish and Italian names put first ("Societe Generale", "Banco Santander"). */
const HEAD_FIRST_ORGS = new Set([
  'societe',
  'compagnie',
  'groupe',
  'syndicat',
  'usines',
  'banque',
  'banco',
  'banca',
  'caisse',
  'sociedad',
  'compania',
  'empresa',
  'grupo',
  'gruppo',
  'instituto',
  'institut',
  'fondation',
  'fundacion',
]);

/**
 * One word for a doctrine, an attitude or a follower ("Islamophobia", "Dorvanism", "Scientologist");
 * not a name whose "-ist" is no suffix, after k, q or v ("Sunkist", "Lindqvist", "Almkvist").
 */
const DOCTRINE_OR_FOLLOWER = /^\p{Lu}\p{Ll}{3,}(?:isms?|phobia|ists?)$(?<![kqv]ists?)/u;

/** Heads of shows and contests, which a name may follow with the country they are held in ("Fan Expo Canada"). */
const SHOW_HEADS = new Set([
  'expo',
  'festival',
  'championship',
  'championships',
  'games',
  'olympics',
  'cup',
  'marathon',
]);

/** Nouns of a tournament's stages, named by a letter ("Group F", "Pool C"). */
const TOURNAMENT_STAGES = new Set(['group', 'pool']);

/** Words of rank or number that open a sentence before a group's name ("Senior", "Top", "Many"). */
const RANK_OPENERS = new Set(['senior', 'top', 'junior', 'leading', 'many', 'several', 'some', 'most', 'two', 'three']);

/** The letter grades of credit ratings ("AAA", "AA-Plus", "BBB-", "Baa2"). */
const GRADE = /^(?:A{1,3}|B{1,3}|C{1,3}|Aa|Baa|Ba|Caa|Ca)(?:[123]|[+-]|-(?:Plus|Minus|plus|minus))?$/;
/** Words of a sentence about credit ratings. */
const RATING_WORDS =
  /^(?:ratings?|rated|rates|grades?|downgraded?|downgrades|downgrading|upgraded?|upgrades|upgrading|category|triple-a|outlook)$/;

/** A rating agency's grade in a sentence about ratings ("downgraded to AA from AA-Plus"). */
function creditGrade(tokens: Token[], k: number): boolean {
  return GRADE.test(tokens[k]!.text) && tokens.some((t) => RATING_WORDS.test(t.norm));
}

/**
 * Last words of the names of programmes and policies ("Export Enhancement Program", "the Common
 * Agricultural Policy", "the Strategic Defense Initiative", "the Marshall Plan").
 */
const PROGRAMME_HEADS = new Set(['program', 'programme', 'policy', 'strategy', 'initiative', 'plan']);

/** The United Nations' programmes that are bodies: "World Food Programme", "U.N. Development Programme". */
const UN_PROGRAMME = /^(?:the\s+)?(?:World|United Nations|UN|U\.N\.)\s/;

const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
]);

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'outside',
  'inside',
  'into',
  'toward',
  'towards',
  'via',
  'throughout',
  'around',
  'visit',
  'visited',
  'visiting',
  'within',
]);

function isAcronymText(s: string): boolean {
  const bare = s.replace(/[.\-&]/g, '');
  return (
    bare.length >= 2 && bare.length <= 7 && /^[A-Z][A-Z0-9]*$/.test(bare) && /[A-Z].*[A-Z0-9]|^[A-Z][0-9]/.test(bare)
  );
}

function surfaceOf(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

interface Typed {
  type: MentionType;
  cue: string;
}

/**
 * Whether words can be a person's name: letters only (no "XC90"), no acronym ("GOP", "RAF"),
 * no demonym or place inside ("Central European", "Shadow Europe"), no lower-case compound.
 */
/** One romanised Chinese or Korean syllable ("chung", "tai", "hwan", "keung", "in"). */
const SYLLABLE = '(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|t|p|h|rk|l)?)';

/** A given name of romanised syllables joined by a hyphen ("Chung-tai", "Jae-in", "Doo-hwan"). */
const SYLLABIC_GIVEN_NAME = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`, 'i');

function personShaped(tokens: Token[]): boolean {
  return tokens.every(
    (t) =>
      (SYLLABIC_GIVEN_NAME.test(t.text) &&
        /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text) &&
        !isEnglishWord(t.norm) &&
        !tokens.some((x) => isKnownPlace(x.text))) ||
      (/^(?:\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*|bin|ibn|al|el|de|del|da|di|du|van|von|der|den|le|la|y|ben|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}\p{M}]*)$/u.test(
        t.text,
      ) &&
        !(t.text.length >= 2 && /^[A-Z]+$/.test(t.text)) &&
        !isDemonym(t.text) &&
        !(tokens.length > 1 && countryOf(t.text))),
  );
}

/** The type of a stripped name from its own words. */
/** Media that open a broadcaster's name ("Radio Free Dorvia", "Television Kestan", "TV Ostrava"). */
const BROADCAST_MEDIA = new Set(['radio', 'television', 'tv']);

/**
 * "the British Red Cross", "the Kenyan Red Crescent": a nationality before a body the lexicon knows
 * by a name of several words names that body's national branch, the nationality part of its name
 * (a one-word body's is only described: "the Israeli Knesset" is the Knesset).
 */
function nationalBranch(tokens: Token[]): boolean {
  const from = tokens[0]?.norm === 'the' ? 1 : 0;
  const demonym = tokens[from];
  if (tokens.length - from < 3 || !demonym || !isDemonym(demonym.text) || countryOf(demonym.text)) return false;
  const rest = tokens
    .slice(from + 1)
    .map((t) => t.text)
    .join(' ');
  return isKnownOrganization(rest.toLowerCase(), rest);
}

export function typeOfName(surface: string, tokens: Token[]): Typed {
  const lower = surface.toLowerCase().replace(/^the\s+/, '');
  const last = tokens[tokens.length - 1]!.norm;
  const first = tokens[0]!.norm;
  if (countryOf(surface)) return { type: 'Place', cue: 'country' };
  // Treaties, laws and programmes are no entities (ANNOTATION.md): "the Washington Treaty", "the Trade Act".
  if (DOCUMENT_HEADS.has(last)) return { type: 'Unknown', cue: 'document' };
  // "the Treaty of Rome", "the Charter of Paris": a document named by its head and an "of" phrase.
  if (tokens.length > 2 && DOCUMENT_HEADS.has(first) && tokens[1]!.norm === 'of')
    return { type: 'Unknown', cue: 'document' };
  // "the Export Enhancement Program": a programme is no entity either, unless it is one of the
  // United Nations' bodies so named ("World Food Programme", "UN Development Programme").
  // ("the Institute for Economic Policy": a body's head word names the body.)
  if (
    tokens.length > 1 &&
    PROGRAMME_HEADS.has(last) &&
    !UN_PROGRAMME.test(surface) &&
    !tokens.slice(0, -1).some((t) => ORG_HEADS.has(t.norm))
  )
    return { type: 'Unknown', cue: 'document' };
  // "GSM-102", "PL480", "Volvo XC90": letters and a number of two digits or more are a model's,
  // a programme's or a law's code (a group is one letter and its number: "G-7", "G20").
  if (/^\p{Lu}{2,}-?\d{2,}$/u.test(tokens[tokens.length - 1]!.text)) return { type: 'Unknown', cue: 'document' };
  // "McDonald's", "Standard & Poor's": a name that ends in its possessive is a company's (the chunker
  // keeps the 's only where nothing owned follows it); a person or a place is never so named.
  if (tokens.length > 1 && last === "'s") return { type: 'Organization', cue: 'possessive-name' };
  if (INSTITUTIONS.has(lower)) return { type: 'Organization', cue: 'institution' };
  if (isNewsOutlet(lower)) return { type: 'Organization', cue: 'outlet' };
  // "Gawker.com", "Secunia.com": a site's domain names the company or site that runs it.
  if (tokens.length === 1 && DOMAIN_NAME.test(surface)) return { type: 'Organization', cue: 'domain' };
  if (
    tokens.length > 1 &&
    (last === 'war' || (tokens.length > 2 && tokens[tokens.length - 2]!.norm === 'war')) &&
    /^(war|i|ii|iii|[0-9]+)$/.test(last)
  ) {
    return { type: 'Event', cue: 'war' };
  }
  if (tokens.length === 1 && ONE_WORD_EVENTS.has(last)) return { type: 'Event', cue: 'event-head' };
  if (
    tokens.length > 1 &&
    NAMED_EVENT_HEADS.has(last) &&
    !(last === 'assembly' && tokens[tokens.length - 2]!.norm !== 'general') &&
    last !== 'congress'
  ) {
    return { type: 'Event', cue: 'event-head' };
  }
  // "Fan Expo Canada", "the Dorvo Festival Norway": a show's or a contest's head, then the country
  // it is held in ("Elections Canada", an agency, is no event).
  if (
    tokens.length > 2 &&
    SHOW_HEADS.has(tokens[tokens.length - 2]!.norm) &&
    countryOf(tokens[tokens.length - 1]!.text) !== undefined
  )
    return { type: 'Event', cue: 'event-head' };
  if (orgHeadWithOf(tokens, 0, tokens.length)) return { type: 'Organization', cue: 'org-head-of' };
  // "Reporters Without Borders", "Mothers Against Drunk Driving": a title-cased phrase names a body.
  if (titleCasedName(tokens, 0, tokens.length)) return { type: 'Organization', cue: 'title-cased' };
  // "Committee to Protect Journalists": a body's head, then its aim.
  if (tokens.some((t, i) => t.norm === 'to' && i > 0 && ORG_HEADS.has(tokens[i - 1]!.norm)))
    return { type: 'Organization', cue: 'org-head-aim' };
  // "the Metro Dorvo Convention Centre", "the Dorvan Trade Center": a centre for conventions, fairs
  // or shops is a building, a site, where "centre" alone may head a body ("Kestrel Center for Policy").
  if (
    tokens.length > 2 &&
    (last === 'centre' || last === 'center') &&
    /^(?:convention|conference|exhibition|trade|shopping)$/.test(tokens[tokens.length - 2]!.norm)
  )
    return { type: 'Place', cue: 'place-head' };
  // "the Dorvan Independent School District suspended him": a school district is the board that runs
  // its schools, a body, though "district" alone names an area.
  if (tokens.length > 2 && last === 'district' && tokens[tokens.length - 2]!.norm === 'school')
    return { type: 'Organization', cue: 'org-head' };
  if (tokens.length > 2 && PLACE_HEADS.has(first) && tokens[1]!.norm === 'of')
    return { type: 'Place', cue: 'place-head-of' };
  // "the People's Republic of Dorvo": a state's name is no less a place for opening with "People's".
  if (
    tokens.length > 4 &&
    first === 'people' &&
    tokens[1]!.norm === "'s" &&
    PLACE_HEADS.has(tokens[2]!.norm) &&
    tokens[3]!.norm === 'of'
  )
    return { type: 'Place', cue: 'place-head-of' };
  if (tokens.length > 1 && COMPASS.has(first) && isKnownPlace(surface.slice(surface.indexOf(' ') + 1)))
    return { type: 'Place', cue: 'compass' };
  if (tokens.length > 1 && PLACE_HEADS.has(last) && !ORG_HEADS.has(first)) return { type: 'Place', cue: 'place-head' };
  // "West Bank": a region the gazetteer lists, whatever its last word suggests.
  if (tokens.length > 1 && isRegion(surface)) return { type: 'Place', cue: 'place-lexicon' };
  if (ORG_HEADS.has(last) && (tokens.length > 1 || INSTITUTIONS.has(last)))
    return { type: 'Organization', cue: 'org-head' };
  // "Societe Generale", "Usines Renault", "Banco Santander": French, Spanish and Italian names put
  // the body's head first.
  if (tokens.length > 1 && HEAD_FIRST_ORGS.has(first.normalize('NFKD').replace(/\p{M}/gu, '')))
    return { type: 'Organization', cue: 'org-head' };
  if (tokens.length === 1 && PARTY_NAMES.has(last)) return { type: 'Organization', cue: 'party' };
  if (isKnownOrganization(lower, surface) || nationalBranch(tokens))
    return { type: 'Organization', cue: 'org-lexicon' };
  // "the Melbourne Sun": a place's name, then a masthead, is its newspaper.
  if (tokens.length > 1 && PLACE_MASTHEADS.has(last) && isKnownPlace(surface.slice(0, surface.lastIndexOf(' '))))
    return { type: 'Organization', cue: 'outlet' };
  if (isRegion(surface) || isCity(surface) || isKnownPlace(surface)) return { type: 'Place', cue: 'place-lexicon' };
  if (isAcronymText(surface)) return { type: 'Organization', cue: 'acronym' };
  // "the Ohio Republican", "a Rhode Island Republican", "a Christian Democrat": a party member described, not named.
  if (tokens.length > 1 && PARTY_MEMBERS.has(last)) return { type: 'Unknown', cue: 'party-member' };
  if (!personShaped(tokens)) return { type: 'Unknown', cue: 'not-person-shaped' };
  if (tokens.length > 1 && (isFirstName(first) || isFirstName(first.split('-')[0]!)))
    return { type: 'Person', cue: 'first-name' };
  // "Park Min-jae", "Moon Jae-in": a one-syllable surname, whatever else it means, then a given
  // name of two romanised syllables.
  if (
    tokens.length === 2 &&
    new RegExp(`^${SYLLABLE}$`, 'i').test(tokens[0]!.text) &&
    SYLLABIC_GIVEN_NAME.test(tokens[1]!.text) &&
    !isEnglishWord(tokens[1]!.norm)
  )
    return { type: 'Person', cue: 'syllabic-name' };
  // "Christian Velt", "Rose Marten": a given name that is also an ordinary word, before a surname.
  if (tokens.length === 2 && wordGivenNameAt(tokens, 0)) return { type: 'Person', cue: 'first-name' };
  // "Jan Kavan", "April Ryan": a month that is a given name, before a surname.
  if (tokens.length === 2 && isGivenNameMonth(first) && !isCommonWord(last))
    return { type: 'Person', cue: 'first-name' };
  if (
    tokens.length >= 2 &&
    tokens.length <= 4 &&
    tokens.every((t) => t.cap || /^(bin|ibn|al|el|de|del|da|di|du|van|von|der|den|le|la|y|ben)$/.test(t.norm))
  ) {
    const ordinary = tokens.filter((t) => t.cap && isCommonWord(t.norm) && !NAME_PARTICLES.has(t.norm)).length;
    if (ordinary === 0) return { type: 'Person', cue: 'proper-sequence' };
    if (ordinary < tokens.length) return { type: 'Unknown', cue: 'mixed-sequence' };
  }
  if (tokens.length === 1 && isLastName(first)) return { type: 'Person', cue: 'last-name' };
  return { type: 'Unknown', cue: 'unknown' };
}

/** Cues that come from a gazetteer or lexicon, not from capitalisation. */
const LEXICON_CUES = new Set(['country', 'institution', 'outlet', 'org-lexicon', 'place-lexicon', 'modifier']);

/**
 * A line written in capitals (a headline, a dateline, a price table: "PROCESSORS SPOT, 4 UNDER
 * MAY - UNC") says nothing by its capitals; only names a gazetteer knows count there.
 */
function shouted(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}{2}/u.test(t.text));
  return words.length >= 2 && words.filter((t) => t.text === t.text.toUpperCase()).length >= words.length * 0.6;
}

/** Lower-case words before a party's plural that pick out some of its members. */
const MEMBERS_OF =
  /^(conservative|liberal|moderate|centrist|leftist|rightist|radical|hardline|progressive|young|older|many|some|several|few|most|other|fellow|senior|leading|key|top|prominent|influential|dissident|rebel|junior)$/;

/** Nouns of outlets and bodies that follow a name as its kind ("the X newspaper", "the X news agency"). */
const BODY_NOUNS_AFTER = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'agency', 'party']);

/** Whether the words from `b` are a body's kind that follows its name: "newspaper", "news agency". */
function bodyNounAt(tokens: Token[], b: number): boolean {
  const word = tokens[b];
  if (!word || word.cap) return false;
  // "the Kestrel news agency", "the Velt news service".
  const end = BODY_NOUNS_AFTER.has(word.norm)
    ? b + 1
    : word.norm === 'news' && /^(?:agency|service)$/.test(tokens[b + 1]?.norm ?? '')
      ? b + 2
      : -1;
  // Not "the Kestan news agency Orpa": there the body's own name follows and the first describes it.
  return end > 0 && !tokens[end]?.cap;
}

/** Lower-case nouns of a territory named before them ("the Dorvo West constituency", "Vantor province"). */
const TERRITORY_NOUNS = new Set([
  'constituency',
  'district',
  'province',
  'prefecture',
  'county',
  'region',
  'riding',
  'electorate',
  'ward',
  'governorate',
  'oblast',
  'canton',
]);

/**
 * Lower-case nouns of what a polity has, which a polity's name modifies ("the Kestan capital").
 * Not "government", "administration" or "cabinet": a leader's surname names those ("the Velt
 * government") more often than a state no gazetteer knows.
 */
const POLITY_HAS = new Set([
  'capital',
  'parliament',
  'embassy',
  'consulate',
  'ambassador',
  'envoy',
  'mayor',
  'governor',
  'ministry',
  'army',
  'border',
  'currency',
]);

/** Whether the noun of what a polity has follows token b (or its possessive), perhaps after a portfolio ("foreign ministry"). */
function polityNounAfter(tokens: Token[], b: number): boolean {
  // "Kestan's parliament", "Kestan's central bank": the possessive form too.
  const at = tokens[b]?.norm === "'s" ? b + 1 : b;
  const next = tokens[at];
  if (!next || next.cap || next.kind !== 'word') return false;
  if (POLITY_HAS.has(next.norm)) return true;
  const after = tokens[at + 1];
  if (!after || after.cap) return false;
  // "the Kestan central bank": a state's bank of issue.
  if (next.norm === 'central' && after.norm === 'bank') return true;
  return (
    /^(?:foreign|defen[cs]e|interior|finance|trade)$/.test(next.norm) && /^(?:ministry|minister)$/.test(after.norm)
  );
}

/** Plural nouns of a state's people acting for it, which the state's name modifies ("Varnia officials"). */
const POLITY_PEOPLE = new Set([
  'officials',
  'diplomats',
  'troops',
  'authorities',
  'forces',
  'soldiers',
  'negotiators',
  'leaders',
]);

/** Whether the name ending before token b has a polity's shape and a state's people follow it ("Varnia troops"). */
function polityPeopleAfter(tokens: Token[], b: number): boolean {
  const next = tokens[b];
  return b > 0 && POLITY_SHAPE.test(tokens[b - 1]!.text) && !!next && !next.cap && POLITY_PEOPLE.has(next.norm);
}

/** Whether "-based" or "-born" is joined to the name ending before token b ("Varno-based"). */
function basedIn(tokens: Token[], b: number): boolean {
  const hyphen = tokens[b];
  const word = tokens[b + 1];
  return (
    hyphen?.text === '-' &&
    hyphen.start === tokens[b - 1]!.end &&
    !!word &&
    word.start === hyphen.end &&
    /^(?:based|born)$/.test(word.norm)
  );
}

/**
 * Nouns whose "of" phrase names a place: a site or territory's head ("the province of Dastra"),
 * a polity's office ("the mayor of Lund", "the governor of Tarvia") and its people ("residents of
 * Ostrel").
 */
const PLACE_OF_NOUNS = new Set([
  ...PLACE_HEADS,
  ...POLITY_OFFICES,
  'people',
  'residents',
  'inhabitants',
  'citizens',
  'outskirts',
]);

/** Cues of a person's name read from its shape alone, which a territory's noun after it outweighs. */
const WEAK_NAME_CUES = new Set(['proper-sequence', 'mixed-sequence', 'last-name', 'unknown']);

/** Whether a territory's noun follows token b, perhaps after one adjective ("geographical constituency"). */
function territoryAfter(tokens: Token[], b: number): boolean {
  const next = tokens[b];
  if (!next || next.cap || next.kind !== 'word') return false;
  if (TERRITORY_NOUNS.has(next.norm)) return true;
  const after = tokens[b + 1];
  return (
    /^\p{Ll}+(?:al|ic|ary|ous|an|ive)$/u.test(next.text) && !!after && !after.cap && TERRITORY_NOUNS.has(after.norm)
  );
}

/** Lower-case nouns of a settlement or territory a name may be apposed to ("the main port, Santos,"). */
const SETTLEMENT_NOUNS = new Set([
  ...TERRITORY_NOUNS,
  'port',
  'city',
  'capital',
  'town',
  'village',
  'island',
  'harbour',
]);

/**
 * Whether the name between a and b is apposed to a settlement's noun: "Brazil's main port, Santos,",
 * "the capital, Dorvo," (the name set off by commas or closing the sentence).
 */
function settlementBefore(tokens: Token[], a: number, b: number): boolean {
  const noun = tokens[a - 2];
  return commaApposed(tokens, a, b) && !!noun && !noun.cap && SETTLEMENT_NOUNS.has(noun.norm);
}

/** Whether the name between a and b is set off after a comma and ends the phrase (", X," or ", X."). */
function commaApposed(tokens: Token[], a: number, b: number): boolean {
  return tokens[a - 1]?.text === ',' && (tokens[b] === undefined || /^[,.;]$/.test(tokens[b]!.text));
}

/**
 * Whether the name between a and b is apposed to a person's lower-case title ("the minister, X,",
 * "Kenya's minister of energy and mines, X,").
 */
function apposedToTitle(tokens: Token[], a: number, b: number): boolean {
  if (!commaApposed(tokens, a, b)) return false;
  const title = (t: Token | undefined): boolean => !!t && !t.cap && PERSON_TITLES.has(t.norm);
  if (title(tokens[a - 2])) return true;
  // The title's own "of" phrase in lower case: "minister of energy and mines".
  for (let k = a - 2; k >= Math.max(1, a - 7); k--) {
    const t = tokens[k]!;
    if (t.cap || t.kind !== 'word') return false;
    if (t.norm === 'of') return title(tokens[k - 1]);
  }
  return false;
}

/** Nouns of a work's kind, before its title ("the film Easy Rider", "her novel Angel Catbird"). */
const WORK_NOUNS = new Set([
  'novel',
  'book',
  'film',
  'movie',
  'album',
  'song',
  'opera',
  'musical',
  'painting',
  'poem',
  'documentary',
  'sitcom',
  'memoir',
  'novella',
]);

/**
 * "Sen. Lindsey Graham, R-S.C.," / "(D-Texas)": an American legislator's party and state, set
 * after the name, is no name of its own.
 */
function partyAndState(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.text;
  return /^[RDI]-\p{Lu}/u.test(tokens[start]!.text) && (before === ',' || before === '(');
}

/**
 * The end of an American state's abbreviation starting at token i ("Ill" "." or "N.Y."), or -1.
 */
function stateAbbreviationEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (US_STATE_ABBREVIATIONS.has(t.text)) return i + 1;
  const dot = tokens[i + 1];
  return dot?.text === '.' && dot.start === t.end && US_STATE_ABBREVIATIONS.has(`${t.text}.`) ? i + 2 : -1;
}

/**
 * "Fairbury, Ill.", "Ostrel, N.Y., said": a state's abbreviation set after the name ending before
 * token b and a comma, closing the phrase, makes the name an American town's.
 */
function stateAfter(tokens: Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  const end = stateAbbreviationEnd(tokens, b + 1);
  if (end < 0) return false;
  const next = tokens[end];
  return next === undefined || /^[,.;:)]$/.test(next.text) || (next.kind === 'word' && !next.cap);
}

/** "Fairbury, Ill.": the state's abbreviation after a town is the town's address, no name of its own. */
function stateOfTown(tokens: Token[], start: number, end: number): boolean {
  const town = tokens[start - 2];
  return (
    !!town?.cap && town.kind === 'word' && stateAbbreviationEnd(tokens, start) >= end && stateAfter(tokens, start - 1)
  );
}

/**
 * Named mentions of a sentence. `tagOf`, when the sentence was tagged, gives each token's
 * universal part of speech: a capitalised first word it calls a name stays in the name
 * ("Amnesty International said"), one it calls an adjective does not ("Current UK …").
 */
export function recogniseNames(
  text: string,
  tokens: Token[],
  sentence: number,
  tagOf?: (token: number) => string | undefined,
  wordSurnames?: ReadonlySet<string>,
): Mention[] {
  const found = [
    ...typeConjuncts(
      tokens,
      splitCoordinatedBodies(tokens, recogniseChunks(text, tokens, sentence, tagOf, wordSurnames)),
    ),
    ...modifierStems(tokens, sentence),
  ];
  found.sort((a, b) => a.start - b.start);
  return shouted(tokens) ? found.filter((m) => LEXICON_CUES.has(m.cue)) : found;
}

/**
 * Names listed together are of one kind: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens" —
 * an untyped name of two or three capitalised words ending in a word no dictionary knows, set by
 * commas or "and" beside a person's name, is a person's too (not one with a body's head word).
 */
function typeConjuncts(tokens: Token[], mentions: Mention[]): Mention[] {
  const joined = (a: Mention, b: Mention): boolean => {
    const between = tokens.slice(a.tokenEnd, b.tokenStart);
    return between.length >= 1 && between.length <= 2 && between.every((t) => /^(?:,|and|or)$/.test(t.norm));
  };
  const person = (m: Mention | undefined): boolean => m?.type === 'Person' && !m.cue.startsWith('conjunct');
  mentions.forEach((m, i) => {
    const words = tokens.slice(m.tokenStart, m.tokenEnd);
    if (
      m.type !== 'Unknown' ||
      m.cue !== 'mixed-sequence' ||
      words.length < 2 ||
      words.length > 3 ||
      !words.every((t) => t.cap && t.kind === 'word' && !ORG_HEADS.has(t.norm)) ||
      isEnglishWord(words[words.length - 1]!.norm)
    )
      return;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    // A list, not an apposition ("Anna Kovac, Dorvo Stearns and co analyst"): "and" joins the two,
    // or the list has a third name.
    const withAnd = (a: Mention, b: Mention): boolean =>
      tokens.slice(a.tokenEnd, b.tokenStart).some((t) => t.norm === 'and' || t.norm === 'or');
    const list = (a: Mention, b: Mention, third: Mention | undefined, thirdAfter: boolean): boolean =>
      withAnd(a, b) || (!!third && (thirdAfter ? joined(b, third) : joined(third, a)));
    if (
      (person(before) && joined(before!, m) && list(before!, m, mentions[i - 2], false)) ||
      (person(after) && joined(m, after!) && list(m, after!, mentions[i + 2], true))
    ) {
      m.type = 'Person';
      m.cue = 'conjunct';
    }
  });
  return mentions;
}

/** Plural heads of bodies named together ("the State and Defense Departments"), with their singular. */
const PLURAL_BODY_HEADS = new Map([
  ['departments', 'Department'],
  ['committees', 'Committee'],
  ['subcommittees', 'Subcommittee'],
  ['ministries', 'Ministry'],
  ['commissions', 'Commission'],
  ['agencies', 'Agency'],
  ['councils', 'Council'],
]);

/** Chambers whose committees are named by chamber and field ("the House and Senate Budget Committees"). */
const CHAMBERS = new Set(['house', 'senate']);

/**
 * Bodies named together under one plural head are each their own body: "the State and Homeland
 * Security Departments" → State Department, Homeland Security Department; "the Senate Finance and
 * Agriculture Committees" → the first conjunct's chamber is the second's too; "the House and
 * Senate Budget Committees" → the field after the second chamber is the first's too. The
 * recogniser may have read the phrase as one chunk or as two joined by "and".
 */
function splitCoordinatedBodies(tokens: Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const head = PLURAL_BODY_HEADS.get(tokens[m.tokenEnd - 1]!.norm);
    const and = tokens.slice(m.tokenStart, m.tokenEnd).findIndex((t) => t.norm === 'and') + m.tokenStart;
    const prev = out[out.length - 1];
    // One chunk ("State and Homeland Security Departments"), or two ("House" | "Senate Budget Committees").
    const [from, join] =
      head && and > m.tokenStart
        ? [m.tokenStart, and]
        : head && prev && prev.tokenEnd + 1 === m.tokenStart && tokens[prev.tokenEnd]!.norm === 'and'
          ? [prev.tokenStart, prev.tokenEnd]
          : [-1, -1];
    const left = tokens.slice(from, join);
    const right = tokens.slice(join + 1, m.tokenEnd - 1);
    if (
      from < 0 ||
      !left.length ||
      !right.length ||
      ![...left, ...right].every((t) => t.cap && t.kind === 'word') ||
      // "Kestrel Bank and Dorvo Agencies": a first conjunct with its own head is a whole name.
      (ORG_HEADS.has(left[left.length - 1]!.norm) && !CHAMBERS.has(left[left.length - 1]!.norm))
    ) {
      out.push(m);
      continue;
    }
    if (from !== m.tokenStart) out.pop();
    const words = (ts: Token[]): string[] => ts.map((t) => t.text);
    let l = words(left);
    let r = words(right);
    if (l.length > r.length) r = [...l.slice(0, l.length - r.length), ...r];
    else if (l.length < r.length && CHAMBERS.has(left[0]!.norm) && CHAMBERS.has(right[0]!.norm))
      l = [...l, ...r.slice(l.length)];
    const body = (name: string[], a: number, b: number): Mention => ({
      ...m,
      start: tokens[a]!.start,
      end: tokens[b - 1]!.end,
      text: [...name, head!].join(' '),
      tokenStart: a,
      tokenEnd: b,
      type: 'Organization',
      cue: 'coordinated-body',
      possessive: false,
    });
    out.push(body(l, from, join), body(r, join + 1, m.tokenEnd));
  }
  return out;
}

/** A known name as the stem of a compound adjective: "NATO-led troops", "an EU-wide ban", "Moscow-based". */
const COMPOUND_MODIFIER = /^(\p{Lu}[\p{L}.]*)-(?:wide|based|led|backed|born|style|made|owned|run|funded|brokered)$/u;

/** A stance toward a known name: "pro-Moscow", "Anti-NATO" (the name's offset within the word follows the hyphen). */
const STANCE_MODIFIER = /^(?:[Pp]ro|[Aa]nti)-(\p{Lu}[\p{L}.]*)$/u;

/**
 * The names inside compound adjectives: a proper noun used as a modifier is still a mention of
 * what it names (ANNOTATION.md: "U.S. President Joe Biden" has United States), when a gazetteer
 * knows it or it is an acronym.
 */
function modifierStems(tokens: Token[], sentence: number): Mention[] {
  return tokens.flatMap((t, k) => {
    const m = t.kind === 'word' ? (COMPOUND_MODIFIER.exec(t.text) ?? STANCE_MODIFIER.exec(t.text)) : null;
    if (!m) return [];
    const stem = m[1]!;
    const from = t.start + t.text.indexOf(stem);
    const type: MentionType | undefined =
      countryOf(stem) || isKnownPlace(stem)
        ? 'Place'
        : isKnownOrganization(stem.toLowerCase(), stem) || isAcronymText(stem)
          ? 'Organization'
          : undefined;
    if (!type) return [];
    const mention: Mention = {
      start: from,
      end: from + stem.length,
      text: stem,
      type,
      sentence,
      tokenStart: k,
      tokenEnd: k + 1,
      roles: [],
      possessive: false,
      cue: 'modifier',
    };
    return [mention];
  });
}

/** Determiners before an adjective of nationality: "the Saudi envoy", "a Thai official". */
const NATION_ADJECTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/**
 * "the Saudi millionaire", "a Thai official": a word that is both a country's short name and its
 * adjective ("Saudi", "Thai", "Lao") is the adjective after a determiner and before another word,
 * and an adjective of nationality names no place (ANNOTATION.md); "Saudi said" keeps the country.
 */
function attributiveNationWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const country = countryOf(t.text);
  // "the Philippines and its creditors": a country's own name, whatever the lexicon's demonyms hold.
  return (
    isDemonym(t.text) &&
    country !== undefined &&
    country.name !== t.text &&
    NATION_ADJECTIVE_DETERMINERS.has(tokens[k - 1]?.norm ?? '') &&
    next !== undefined &&
    next.kind === 'word'
  );
}

/** English prefixes of a political or social description: "Pan-democrat", "Ultra-conservative", "Far-left". */
const HYPHENATED_DESCRIPTION = /^(?:Pan|Ultra|Far|Hard|Left|Right|Centre|Center|Self|Ex|Neo|Arch|Semi)-\p{Ll}{3,}$/u;

/** A stock ticker in angle brackets ("<IBM>", "<VOWG.F>"): a wire-service code, not a name. */
function insideTicker(text: string, tokens: Token[], a: number, b: number): boolean {
  if (tokens[a - 1]?.text !== '<') return false;
  const close = text.indexOf('>', tokens[b - 1]!.end);
  return close >= 0 && /^<[A-Z0-9][A-Z0-9.-]*>$/.test(text.slice(tokens[a - 1]!.start, close + 1));
}

function recogniseChunks(
  text: string,
  tokens: Token[],
  sentence: number,
  tagOf?: (token: number) => string | undefined,
  wordSurnames?: ReadonlySet<string>,
): Mention[] {
  const mentions: Mention[] = [];
  let pendingCountry: string | undefined;
  let pendingEnd = -1;
  for (const chunk of findChunks(tokens, tagOf, wordSurnames)) {
    if (
      insideTicker(text, tokens, chunk.start, chunk.end) ||
      (tokens[chunk.start - 1]?.text === '.' && insideTicker(text, tokens, chunk.start - 2, chunk.end)) ||
      partyAndState(tokens, chunk.start) ||
      stateOfTown(tokens, chunk.start, chunk.end)
    )
      continue;
    // "the Eastern-bloc countries", "Soviet-era plants": a compound adjective names no one.
    if (chunk.end - chunk.start === 1 && adjectiveCompound(tokens[chunk.start]!)) continue;
    // "the East bloc", "the Western bloc": a geopolitical bloc named by its side is a place.
    const bloc = tokens[chunk.end];
    if (
      chunk.end - chunk.start === 1 &&
      /^(?:east|west|eastern|western)$/.test(tokens[chunk.start]!.norm) &&
      bloc?.text === 'bloc'
    ) {
      const s = surfaceOf(text, tokens, chunk.start, chunk.end + 1);
      mentions.push(place(tokens, chunk.start, chunk.end + 1, s, sentence, 'bloc'));
      continue;
    }
    // "the Los Angeles Sheriff's office", "the Manhattan District Attorney's office": an office
    // holder's office is a body, named with its holder's title.
    const office = tokens[chunk.end + 1];
    if (
      tokens[chunk.end]?.norm === "'s" &&
      office &&
      !office.cap &&
      /^(?:office|department)$/.test(office.norm) &&
      (PERSON_TITLES.has(tokens[chunk.end - 1]!.norm) || ROLE_WORDS.has(tokens[chunk.end - 1]!.norm))
    ) {
      const from = tokens[chunk.start]!.norm === 'the' ? chunk.start + 1 : chunk.start;
      const s = surfaceOf(text, tokens, from, chunk.end + 2);
      mentions.push({ ...place(tokens, from, chunk.end + 2, s, sentence, 'office'), type: 'Organization' });
      continue;
    }
    const b = chunk.end;
    // "Senior Reagan Administration officials", "Top Dorvan Party officials": a rank or quantity word
    // capitalised only by opening the sentence is no part of the name after it.
    // ("Top Gun", "Many Happy Returns Ltd": only before the plural of the group's people.)
    const rankOpener =
      chunk.start === 0 &&
      b > 1 &&
      RANK_OPENERS.has(tokens[0]!.norm) &&
      tokens[b]?.kind === 'word' &&
      !tokens[b]!.cap &&
      tokens[b]!.norm.endsWith('s');
    let a = rankOpener ? 1 : chunk.start;
    // "Members of Parliament", "Senators of the Dorvan Assembly": the body's people, a generic title;
    // the body after "of" may be named.
    if (b - a > 2 && BODY_MEMBER_PLURALS.has(tokens[a]!.norm) && tokens[a + 1]!.norm === 'of') {
      a += tokens[a + 2]!.norm === 'the' && b - a > 3 ? 3 : 2;
    }
    // Title words stripped from the front, kept as one role: "Foreign Minister".
    const roleWords: string[] = [];
    const roles: string[] = [];
    // "Russian dictator Vladimir Putin": the demonym names the next name's country, but not across
    // punctuation ("his Greek and French counterparts, Nikos Dendias, …").
    const pendingReaches =
      pendingEnd >= 0 &&
      chunk.start - pendingEnd <= 3 &&
      tokens.slice(pendingEnd, chunk.start).every((t) => t.kind === 'word');
    let roleCountry: string | undefined = pendingReaches ? pendingCountry : undefined;
    let nobility: string | undefined;
    const lastNorm = tokens[b - 1]!.norm;
    const ofHead = orgHeadWithOf(tokens, a, b);
    // "Director of the Federal Bureau of Investigation …": a title of a body, not the body's name.
    // "Head of the Ostrava Party", "Chief Executive of Kestan Steel Corp": a run of title words before "of".
    let titleEnd = a;
    while (titleEnd < b - 1 && ROLE_WORDS.has(tokens[titleEnd]!.norm)) titleEnd++;
    const titleHead = tokens[titleEnd - 1]?.norm ?? '';
    const titleOf =
      titleEnd > a &&
      tokens[titleEnd]?.norm === 'of' &&
      (ROLE_HEADS.has(titleHead) || PERSON_TITLES.has(titleHead) || /^(head|chief|executive)$/.test(titleHead));
    // "the United States Secretary of State": a country, then a title, is no body or place whole.
    const countryTitle = [1, 2, 3].some(
      (n) => a + n < b && !!countryOf(surfaceOf(text, tokens, a, a + n)) && titleRun(tokens, a + n, b),
    );
    // "Radio Monte Carlo", "Television Dorvo": a broadcaster's name opened by its medium, whole
    // (the medium is no description of a person named after it).
    const broadcaster = b - a > 1 && tokens[a]!.cap && BROADCAST_MEDIA.has(tokens[a]!.norm);
    const keepWhole =
      broadcaster ||
      nationalBranch(tokens.slice(a, b)) ||
      (!titleOf &&
        !countryTitle &&
        b - a > 1 &&
        (ORG_HEADS.has(lastNorm) ||
          PLACE_HEADS.has(lastNorm) ||
          NAMED_EVENT_HEADS.has(lastNorm) ||
          DOCUMENT_HEADS.has(lastNorm) ||
          ofHead) &&
        !countryOf(surfaceOf(text, tokens, a, b)));
    const whole = surfaceOf(text, tokens, a, b);
    if (
      !keepWhole &&
      !countryOf(whole) &&
      !isKnownOrganization(whole.toLowerCase(), whole) &&
      !isNewsOutlet(whole.toLowerCase())
    ) {
      // Strip demonyms, place modifiers, titles from the front.
      for (;;) {
        if (a >= b - 1 && !(a < b && isDemonym(tokens[a]!.text) && b - a === 1)) break;
        const t = tokens[a]!;
        if ((isDemonym(t.text) && !countryOf(t.text)) || (a === chunk.start && attributiveNationWord(tokens, a))) {
          roleCountry = (countryOfDemonym(t.text) ?? countryOf(t.text))?.name ?? roleCountry;
          a++;
          if (a >= b) break;
          continue;
        }
        // "Pan-democrat Lam Cheuk-ting", "Ultra-conservative Mara Velt": a prefixed word in lower case
        // after its hyphen describes the person it opens ("Cheuk-ting" is a given name: no prefix).
        const described = t.norm.split('-')[1] ?? '';
        if (
          HYPHENATED_DESCRIPTION.test(t.text) &&
          (isEnglishWord(described) || PARTY_MEMBERS.has(described)) &&
          a < b - 1
        ) {
          a++;
          continue;
        }
        if (NOBILITY.has(t.norm) && a < b - 1) {
          nobility = t.text;
          // "Crown Prince": a title word before the rank makes them one title.
          if (roleWords.length && a > chunk.start && ROLE_WORDS.has(tokens[a - 1]!.norm)) roleWords.push(t.text);
          a++;
          continue;
        }
        if (ROLE_WORDS.has(t.norm) && a < b - 1) {
          roleWords.push(t.text);
          a++;
          // "Secretary of State", "Chancellor of the Exchequer"
          let j = a;
          // "Secretary of Trade and Industry": "and" joins two portfolios of one title.
          const joins = (k: number): boolean =>
            /^(of|the|for)$/.test(tokens[k]!.norm) ||
            (tokens[k]!.norm === 'and' && PORTFOLIOS.has(tokens[k + 1]?.norm ?? ''));
          while (j < b - 1 && joins(j)) j++;
          if (j > a && j < b - 1 && ROLE_WORDS.has(tokens[j]!.norm)) {
            for (let k = a; k < j; k++) roleWords.push(tokens[k]!.text);
            a = j;
          }
          // "Minister of Mines and Energy Subroto": a portfolio of ordinary words belongs to the title.
          else if (j > a && j < b - 1 && portfolioEnd(tokens, j, b) > j) {
            const e = portfolioEnd(tokens, j, b);
            for (let k = a; k < e; k++) roleWords.push(tokens[k]!.text);
            a = e;
          }
          // "the Chancellor of Germany": what follows "of" is the title's country or body, and the
          // holder's two-word name may follow it ("Governor of Washington Chris Gregoire",
          // "Director of the Federal Bureau of Investigation Robert Mueller").
          else if (j > a && j < b) {
            a = j;
            const body = titleBody(text, tokens, a, b, sentence);
            if (body === undefined) break;
            mentions.push(body);
            a = body.tokenEnd;
            break;
          }
          continue;
        }
        // "NATO Secretary-General X", "RNC Chairman X", "U.N. envoy X": an organisation's acronym
        // or known name before a title is the organisation, and the title is the person's.
        if (
          a + 2 < b &&
          ROLE_WORDS.has(tokens[a + 1]!.norm) &&
          !countryOf(t.text) &&
          (isAcronymText(t.text) || isKnownOrganization(t.norm, t.text))
        ) {
          mentions.push({
            start: t.start,
            end: t.end,
            text: t.text,
            type: 'Organization',
            sentence,
            tokenStart: a,
            tokenEnd: a + 1,
            roles: [],
            possessive: false,
            cue: 'modifier',
          });
          a++;
          continue;
        }
        // A country or city in front of a title or a name: its own Place mention; a state, region
        // or city only in front of a title ("Ohio Governor X", "Kiev Mayor X").
        let placeEnd = -1;
        for (let k = Math.min(b - 1, a + 3); k > a; k--) {
          const s = surfaceOf(text, tokens, a, k);
          if (countryOf(s) || (isKnownPlace(s) && titleThenName(tokens, k, b))) {
            placeEnd = k;
            break;
          }
        }
        if (placeEnd > 0 && placeEnd < b) {
          const rest = tokens[placeEnd]!;
          const restIsCommon = b - placeEnd === 1 && isCommonWord(rest.norm) && !ORG_HEADS.has(rest.norm);
          if (ROLE_WORDS.has(rest.norm) || NOBILITY.has(rest.norm) || isFirstName(rest.norm) || restIsCommon) {
            if (restIsCommon) {
              const s = surfaceOf(text, tokens, a, placeEnd);
              mentions.push(place(tokens, a, placeEnd, s, sentence, 'modifier'));
              a = b;
              break;
            }
            const s = surfaceOf(text, tokens, a, placeEnd);
            mentions.push(place(tokens, a, placeEnd, s, sentence, 'modifier'));
            roleCountry = countryOf(s)?.name;
            a = placeEnd;
            continue;
          }
        }
        break;
      }
    }
    // "Social Democrat Chancellor Willy Brandt", "Minister for Regional Affairs Anna Berg":
    // capitalised description words, then a known first name and a surname — the name starts there.
    // "North Korean Foreign Minister Ri Son-gwon": a compass word and a demonym too.
    for (let k = b - 2; k > a && !keepWhole; k--) {
      const lead = tokens.slice(a, k);
      // "Investor Anna Kovac", "Scientologist Anna Kovac", "Nonpartisan Anna Kovac": an ordinary
      // noun or adjective, a follower's "-ist" or a stance ("Pro-Dorvia") describes her.
      const describes = (t: Token): boolean =>
        t.cap &&
        (isCommonWord(t.norm) ||
          (isEnglishWord(t.norm) && /^\p{L}{3,}$/u.test(t.norm)) ||
          /^(?:pro|anti|non)-?\p{L}{3,}$|^\p{L}{4,}ists?$/u.test(t.norm) ||
          ROLE_WORDS.has(t.norm) ||
          PARTY_MEMBERS.has(t.norm) ||
          COMPASS.has(t.norm) ||
          isDemonym(t.text)) &&
        !isFirstName(t.norm);
      // "Information Minister Sikhanyiso Ndlovu": after a title's head, uncommon capitalised words
      // name the holder, or a known first name and capitalised words ("Treasury Secretary James
      // Baker", whose surname is an ordinary word).
      const holder = tokens.slice(k, b);
      const byTitle =
        ROLE_HEADS.has(tokens[k - 1]!.norm) &&
        holder.every((t) => t.cap || NAME_PARTICLES.has(t.norm)) &&
        (holder.every((t) => !isCommonWord(t.norm)) ||
          isFirstName(tokens[k]!.norm) ||
          (k === b - 2 && wordGivenNameAt(tokens, k)));
      // After a title's head, the words before it are its portfolio, whatever they are ("Industry Minister").
      const portfolio = (t: Token): boolean => t.cap || /^(and|of|for|the)$/.test(t.norm);
      // "Kestani Foreign Minister Frank Velt": a given name that is also a word, before the last word.
      const given = isFirstName(tokens[k]!.norm) || (k === b - 2 && wordGivenNameAt(tokens, k));
      if (!(given || byTitle) || !lead.every(byTitle ? portfolio : describes)) continue;
      const title = lead.filter((t) => !isDemonym(t.text) && !COMPASS.has(t.norm));
      const body = byTitle ? bodyOfOffice(lead) : undefined;
      if (body) mentions.push({ ...place(tokens, a, a + 1, body.text, sentence, 'modifier'), type: 'Organization' });
      if (roleWords.length || title.some((t) => ROLE_WORDS.has(t.norm))) roleWords.push(...title.map((t) => t.text));
      const demonym = lead.find((t) => isDemonym(t.text) && !countryOf(t.text));
      if (demonym) roleCountry = countryOfDemonym(demonym.text)?.name ?? roleCountry;
      a = k;
      break;
    }
    // "United Press International": a "title" of premodifiers only ("Press") before one last word
    // is no title but part of a name.
    if (
      roleWords.length &&
      b - a === 1 &&
      a > chunk.start &&
      !isKnownPlace(tokens[a]!.text) &&
      TITLE_PREMODIFIERS.has(tokens[a - 1]!.norm) &&
      roleWords.every((w) => TITLE_PREMODIFIERS.has(w.toLowerCase()))
    ) {
      a = chunk.start;
      roleWords.length = 0;
    }
    if (roleWords.length) roles.push(roleWords.join(' '));
    if (allRoleWords(tokens, a, b)) a = b;
    if (a >= b) {
      // A chunk that was only a demonym or a title: it tells who the next name is.
      pendingCountry = roleCountry;
      pendingEnd = b;
      continue;
    }
    // "Kenyan", "South Korean" ("The South Korean currency"): a demonym names no one.
    const bare = tokenTexts(tokens, tokens[a]!.norm === 'the' ? a + 1 : a, b);
    if ((isDemonym(bare) && !countryOf(bare)) || (b - a === 1 && attributiveNationWord(tokens, a))) {
      pendingCountry = (countryOfDemonym(bare) ?? countryOf(bare))?.name;
      pendingEnd = b;
      continue;
    }
    pendingCountry = undefined;
    pendingEnd = -1;
    // "completed in English", "a broadcast in Arabic": a language names no one; nor do a faith's
    // followers ("hostility toward Muslims").
    if (LANGUAGE_NAMES.has(bare.toLowerCase()) || ADHERENTS.has(bare.toLowerCase())) continue;
    // "the Bible and the Koran teach …": a scripture is a work, no entity.
    if (SCRIPTURES.has(bare.toLowerCase())) continue;
    // "subject to Islamophobia", "a former Scientologist": a doctrine, an attitude or a follower of
    // one is no one's name, like a faith's followers (a party so named is a body: "the Socialists").
    if (b - a === 1 && DOCTRINE_OR_FOLLOWER.test(bare) && !PARTY_NAMES.has(bare.toLowerCase())) continue;
    // "US$ 20,000", "HK$5 million": a country's letters glued to the dollar sign name a currency.
    if (text[tokens[b - 1]!.end] === '$') continue;
    // "Group F", "Pool C": a tournament's stage named by a letter is no body (unlike "Group of Seven").
    if (b - a === 2 && TOURNAMENT_STAGES.has(tokens[a]!.norm) && /^\p{Lu}$/u.test(tokens[a + 1]!.text)) continue;
    // "downgraded to AA from AA-Plus", "the top AAA rating": a credit grade is no body.
    if (b - a === 1 && creditGrade(tokens, a)) continue;
    // "Standard and Poor's Corp": a legal form alone is the tail of a name cut before it, no name;
    // nor is a lone letter ("B and C said": an initial of a name cut short).
    if (b - a === 1 && (LEGAL_FORMS.has(tokens[a]!.norm) || /^\p{Lu}\.?$/u.test(tokens[a]!.text))) continue;
    const nameTokens = tokens.slice(a, b);
    // A capitalised "The" opening the chunk is not part of the name ("The Associated Press").
    const dropThe = tokens[a]!.text.toLowerCase() === 'the' && a + 1 < b;
    const surfaceStart = dropThe ? tokens[a + 1]!.start : tokens[a]!.start;
    const surface = text.slice(surfaceStart, tokens[b - 1]!.end);
    let typed: Typed = broadcaster ? { type: 'Organization', cue: 'body-noun' } : typeOfName(surface, nameTokens);
    // "the special drawing right (SDR)", "its exclusive economic zone (EEZ)": an acronym of lower-case
    // words is a common noun's abbreviation, no more an entity than the words.
    if (typed.cue === 'acronym' && spellsWordsBefore(tokens, a, surface)) typed = { type: 'Unknown', cue: 'document' };
    // "an Illinois Democrat", "the West Virginia Republican": the member is described, not named,
    // but the place before the party word is a proper noun used as a modifier, a mention of it.
    if (typed.cue === 'party-member') {
      const from = dropThe ? a + 1 : a;
      const s = surfaceOf(text, tokens, from, b - 1);
      if (b - 1 > from && (countryOf(s) || isKnownPlace(s)))
        mentions.push(place(tokens, from, b - 1, s, sentence, 'modifier'));
    }
    const before = tokens[chunk.start - 1];
    const beforeLower = before && before.kind === 'word' && !before.cap ? before.norm : '';
    // "President Bush" where the title stands outside the chunk (sentence start, capitalised title).
    // Not "the official Tanjug news agency": before a body's kind, "official" describes the body.
    const titleBeforeChunk =
      !!before &&
      before.kind === 'word' &&
      (PERSON_TITLES.has(before.norm) || ROLE_WORDS.has(before.norm)) &&
      !(before.norm === 'official' && bodyNounAt(tokens, b));
    if (
      (typed.type === 'Unknown' && typed.cue !== 'party-member' && typed.cue !== 'document') ||
      typed.cue === 'last-name'
    ) {
      // A title makes a name a person's, not an ordinary word ("General Agreement", "Chief Justice").
      // "Mrs May", "Mr Green": an honorific stands only before a person's name.
      const honorific = a > 0 && HONORIFICS.has(tokens[a - 1]!.norm.replace(/\.$/, ''));
      const ordinaryWord = nameTokens.length === 1 && isCommonWord(nameTokens[0]!.norm) && !honorific;
      // "Special Drawing Rights": a title's modifier alone before a plural noun is the name's own word.
      const pluralName =
        roles.length > 0 &&
        roles.every((r) => r.split(' ').every((w) => TITLE_PREMODIFIERS.has(w.toLowerCase()))) &&
        endsInPluralNoun(nameTokens);
      // "the current Finance Ministry State Secretary": title and body words with no name after them.
      const titleOnly = nameTokens.every((t) => isTitleWord(t.norm) || ORG_HEADS.has(t.norm));
      if ((roles.length || nobility || titleBeforeChunk) && !ordinaryWord && !pluralName && !titleOnly)
        typed = { type: 'Person', cue: 'title' };
      else if (beforeLower === 'of' && PLACE_OF_NOUNS.has(tokens[chunk.start - 2]?.norm ?? ''))
        typed = { type: 'Place', cue: 'place-of' };
      else if (PLACE_HEADS.has(beforeLower) && nameTokens.length <= 2) typed = { type: 'Place', cue: 'place-of' };
      else if (
        PLACE_PREPOSITIONS.has(beforeLower) &&
        !(beforeLower === 'to' && tokens[chunk.start - 2]?.norm === 'according') &&
        nameTokens.length <= 3
      )
        typed = { type: 'Place', cue: 'preposition' };
    }
    // "the Gazeta Mercantil newspaper", "the Kestrel news agency": a name before the noun of an
    // outlet or body is that body's, whatever its words look like; so is one before a legal form
    // in lower case ("Dorvo plc said").
    if (
      typed.type !== 'Organization' &&
      !roles.length &&
      (bodyNounAt(tokens, b) ||
        // "Dorvo Hotels and Realty corp": after "and" the form ends a longer name, not this one.
        (LOWER_CASE_LEGAL_FORMS.has(tokens[b]?.norm ?? '') &&
          !/^(?:and|&)$/.test(tokens[chunk.start - 1]?.norm ?? ''))) &&
      !tokens[b]!.cap
    )
      typed = { type: 'Organization', cue: 'body-noun' };
    // The rules below type a name only from the noun after or before it: not one a title, a nobility
    // or a party membership already explains, nor a document's name.
    const untitled = (): boolean =>
      typed.cue !== 'party-member' && typed.cue !== 'document' && !roles.length && !nobility && !titleBeforeChunk;
    const weaklyTyped = (): boolean =>
      typed.type === 'Unknown' || (typed.type === 'Person' && WEAK_NAME_CUES.has(typed.cue));
    // A people's adjective ("Yugoslav"), or a known country's name without its "-ia", which the
    // demonym list may lack.
    // A demonym or a faith's word ("the Moslem-based party") names people, not a place.
    const peoples = (): boolean =>
      nameTokens.some((t) => isDemonym(t.text) || !!countryOf(`${t.text}ia`) || ADHERENTS.has(t.norm));
    // "the Dorvo West geographical constituency", "Vantor province": a name before the lower-case noun
    // of a territory (an adjective may come between) is the territory's, unless something else
    // typed it or it owns the noun ("a Labour constituency", "Anna Kovac's constituency").
    if (
      weaklyTyped() &&
      untitled() &&
      // "in the U.S., The region's …": one ordinary word capitalised by a slip names nothing, and
      // ordinary words alone name a sector or a subject ("the Social Welfare constituency").
      !(nameTokens.length === 1 && isCommonWord(nameTokens[0]!.norm)) &&
      !nameTokens.every((t) => isEnglishWord(t.norm)) &&
      (territoryAfter(tokens, b) || settlementBefore(tokens, chunk.start, b))
    )
      typed = { type: 'Place', cue: 'territory-noun' };
    // "the Kestan capital", "the Tarvia foreign ministry", "the Ostrel mayor": an untyped name
    // before the lower-case noun of what a polity has is the polity; one word only falls back to
    // a place (below), which a person of that surname the article names takes first.
    if (
      typed.type === 'Unknown' &&
      untitled() &&
      // "the West German government", "the Yugoslav government": a people's adjective is no name.
      !peoples() &&
      !nameTokens.some((t) => isEnglishWord(t.norm)) &&
      // "the Tarvian army": a people's adjective the lists lack has a demonym's ending.
      !/(?:ian|ese|ish)$/.test(nameTokens[nameTokens.length - 1]!.norm) &&
      tagOf?.(b - 1) !== 'ADJ' &&
      (polityNounAfter(tokens, b) ||
        // "Varnia officials", "Kestrelstan troops": a state's people, when the name has a polity's
        // shape (a company's people are named so too: "Dorvo officials").
        (nameTokens.length === 1 && polityPeopleAfter(tokens, b)))
    )
      typed = { type: 'Place', cue: 'polity-noun' };
    // "the Varno-based group", "a Dorsk-born writer": where something is based or someone born is
    // a place, whatever the name's shape says.
    if (
      weaklyTyped() &&
      untitled() &&
      !isEnglishWord(nameTokens[nameTokens.length - 1]!.norm) &&
      !peoples() &&
      basedIn(tokens, b)
    )
      typed = { type: 'Place', cue: 'based-in' };
    // "Ray Hankes of Fairbury, Ill.": a name before a comma and a state's abbreviation is a town,
    // firmly (a preposition before one word alone only suggests a place).
    if (
      (weaklyTyped() || typed.cue === 'preposition' || typed.cue === 'place-of') &&
      untitled() &&
      !peoples() &&
      // "the IBM Poughkeepsie, N.Y., plant": a body's initials make it the body's site.
      !nameTokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text)) &&
      stateAfter(tokens, b)
    )
      typed = { type: 'Place', cue: 'town-state' };
    // "Kenya's energy minister, Alfredo Mazo,": a name apposed to a person's title is that person.
    if (
      (typed.type === 'Unknown' || WEAK_NAME_CUES.has(typed.cue)) &&
      !roles.length &&
      // ("assistant deputy minister, Agriculture Canada": a body named with its country employs him.)
      !nameTokens.some((t) => ORG_HEADS.has(t.norm) || isKnownPlace(t.text)) &&
      apposedToTitle(tokens, chunk.start, b)
    )
      typed = { type: 'Person', cue: 'apposed-title' };
    // "remarks to al-Dorva television", "Kestrel radio said": a broadcaster named before its medium,
    // unless a gazetteer knows the name ("Tehran radio" is the state's broadcaster in its capital).
    if (
      typed.type !== 'Organization' &&
      !LEXICON_CUES.has(typed.cue) &&
      !roles.length &&
      /^(?:television|radio)$/.test(tokens[b]?.norm ?? '') &&
      !tokens[b]!.cap &&
      // "a Sydney radio station": the medium of a place's stations.
      !/^(?:stations?|networks?|channels?|shows?|programs?|programmes?|broadcasts?|interviews?|hosts?|audiences?)$/.test(
        tokens[b + 1]?.norm ?? '',
      )
    )
      typed = { type: 'Organization', cue: 'body-noun' };
    // "the daily newspaper Kestrel Shimbun", "brokerage firm Norvale Tarn", "its unit Dorvan Mining":
    // a name set right after the noun of a body's kind is that body's, whatever its words look like
    // (not a place a gazetteer knows; "daily" and "weekly" are nouns only after "the" or "a").
    if (
      typed.type !== 'Organization' &&
      !LEXICON_CUES.has(typed.cue) &&
      !roles.length &&
      !nobility &&
      BODY_KIND_NOUNS.has(beforeLower) &&
      (!/^(daily|weekly)$/.test(beforeLower) || /^(the|a|an)$/.test(tokens[chunk.start - 2]?.norm ?? ''))
    )
      typed = { type: 'Organization', cue: 'body-noun' };
    // "her graphic novel Angel Catbird, …", "the 1969 film Easy Rider": a name set right after the
    // noun of a work's kind is the work's title, no entity (ANNOTATION.md), unless a gazetteer or a
    // title shows a person or place there, or a verb after a person's name makes her its author
    // ("the book Anna Kovac wrote").
    const authorClause =
      typed.cue === 'first-name' &&
      tokens[b]?.kind === 'word' &&
      !tokens[b]!.cap &&
      !/^(?:in|on|at|with|by|for|from|of|and|or|to|as|was|is|has|had)$/.test(tokens[b]!.norm);
    if (
      WORK_NOUNS.has(beforeLower) &&
      !LEXICON_CUES.has(typed.cue) &&
      typed.cue !== 'title' &&
      !roles.length &&
      !nobility &&
      !authorClause
    )
      continue;
    // "Kestrel Bank economist Anna Kovac", "Dorvan Mining analysts": a name before a post held in
    // a body is the body that employs its holder (a person is no one's economist or chairman).
    if (
      typed.type !== 'Organization' &&
      (typed.type !== 'Place' || typed.cue === 'preposition') &&
      typed.cue !== 'party' &&
      !roles.length &&
      !nobility &&
      !titleBeforeChunk &&
      (employerBefore(tokens, b) ||
        employerAfter(tokens, chunk.start) ||
        onMedium(tokens, chunk.start, b) ||
        hasMembers(tokens, chunk.start, b)) &&
      // "Grain traders", "Industry analysts": an ordinary noun says what they deal in, no body; one
      // word opening the sentence is capitalised for that alone, unless the tagger calls it a name.
      !(
        nameTokens.length === 1 &&
        (isCommonWord(nameTokens[0]!.norm) || (chunk.start === 0 && tagOf?.(a) !== 'PROPN'))
      ) &&
      !nameTokens.some((t) => isDemonym(t.text) || PARTY_MEMBERS.has(t.norm) || countryOf(t.text))
    )
      typed = { type: 'Organization', cue: onMedium(tokens, chunk.start, b) ? 'medium' : 'employer' };
    // "conservative Republicans", "many Democrats": some of a party's members, a group, not the party.
    if (typed.cue === 'party' && MEMBERS_OF.test(tokens[chunk.start - 1]?.text ?? '')) continue;
    // "the Soviet-led Comecon", "a Dorvo-led Kestrel Alliance": what is led is a body or a force,
    // never a person, whatever its words look like.
    if (typed.type === 'Unknown' && ledBefore(tokens, chunk.start)) typed = { type: 'Organization', cue: 'led' };
    const fallbackPlace =
      (typed.cue === 'place-of' || typed.cue === 'preposition' || typed.cue === 'polity-noun') &&
      nameTokens.length === 1;
    if (fallbackPlace) typed = { type: 'Unknown', cue: typed.cue };
    if (
      typed.type === 'Unknown' &&
      nameTokens.length === 1 &&
      tokens[b]?.norm === "'s" &&
      PERSON_TITLES.has(tokens[b + 1]?.norm ?? '') &&
      // "Mirand's ambassador", "Lund's mayor": a polity's office; the tree types its owner.
      !POLITY_OFFICES.has(tokens[b + 1]!.norm)
    )
      typed = { type: 'Person', cue: 'possessor-of-role' };
    const group = groupOfPlaces(tokens, a, b, typed);
    if (group) {
      mentions.push({
        ...place(
          tokens,
          group.start,
          group.end,
          surfaceOf(text, tokens, group.start, group.end),
          sentence,
          'place-group',
        ),
      });
      continue;
    }
    const m: Mention = {
      start: surfaceStart,
      end: tokens[b - 1]!.end,
      text: surface,
      type: typed.type,
      sentence,
      tokenStart: a,
      tokenEnd: b,
      roles: roles.length ? roles : typed.type === 'Person' ? titleBefore(text, tokens, chunk.start) : [],
      possessive: tokens[b]?.norm === "'s",
      cue: typed.cue,
    };
    if (roleCountry) m.roleCountry = roleCountry;
    if (nobility) m.nobility = nobility;
    if (fallbackPlace) m.fallback = 'Place';
    if (startsSentence(tokens, a)) m.initial = true;
    const genderCue = [nobility, ...roles, beforeLower].map((w) => (w ?? '').toLowerCase());
    if (genderCue.some((w) => MALE_WORDS.has(w))) m.gender = 'male';
    else if (genderCue.some((w) => FEMALE_WORDS.has(w))) m.gender = 'female';
    else if (m.type === 'Person') {
      const g = genderOfFirstName(nameTokens[0]!.norm);
      if (g && nameTokens.length > 1) m.gender = g;
    }
    mentions.push(m);
  }
  return mentions;
}

/** Whether a name ends in an ordinary plural noun ("Drawing Rights", "Armed Forces"). */
function endsInPluralNoun(nameTokens: Token[]): boolean {
  const w = nameTokens[nameTokens.length - 1]!.norm;
  return (
    nameTokens.length > 1 &&
    /[^s]s$/.test(w) &&
    isCommonWord(w) &&
    isCommonWord(w.slice(0, -1)) &&
    !isLastName(w) &&
    !isFirstName(w)
  );
}

/**
 * Whether a word is a compound adjective of a side or a people and a lower-case word
 * ("Eastern-bloc", "Soviet-era", "Western-style"), not a hyphenated name ("Jae-in", "Abu-Dhabi").
 */
function adjectiveCompound(t: Token): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Ll}{3,})$/u.exec(t.text);
  return !!m && (COMPASS.has(m[1]!.toLowerCase()) || isDemonym(m[1]!));
}

/** Continents whose parts news names by a lower-case side ("east Africa", "western Europe"). */
const CONTINENTS = new Set(['africa', 'europe', 'asia']);

/** Lower-case nouns of a site named after a person ("the Jomo Kenyatta airport"). */
const SITE_NOUNS = new Set(['airport', 'stadium', 'hospital', 'bridge', 'square', 'memorial', 'museum', 'library']);

/**
 * A place a name makes with a lower-case word beside it: a group of states ("the Gulf states",
 * "the Baltic states"; not a country's own, "U.S. states"), a continent's side ("east Africa"),
 * or a site named after a person ("the Jomo Kenyatta airport").
 */
function groupOfPlaces(
  tokens: Token[],
  a: number,
  b: number,
  typed: Typed,
): { start: number; end: number } | undefined {
  const next = tokens[b];
  const before = tokens[a - 1];
  const surface = tokenTexts(tokens, a, b);
  if (typed.type === 'Place' && next?.text === 'states' && !countryOf(surface)) return { start: a, end: b + 1 };
  if (
    typed.type === 'Place' &&
    b - a === 1 &&
    CONTINENTS.has(tokens[a]!.norm) &&
    before &&
    !before.cap &&
    (COMPASS.has(before.norm) || /^(?:north|south)(?:east|west)(?:ern)?$/.test(before.norm))
  )
    return { start: a - 1, end: b };
  // After "the" or a preposition of place: "Anna Kovac hospital staff said" is about the staff.
  if (
    typed.type === 'Person' &&
    next &&
    !next.cap &&
    SITE_NOUNS.has(next.norm) &&
    (before?.norm === 'the' || PLACE_PREPOSITIONS.has(before?.norm ?? ''))
  )
    return { start: a, end: b + 1 };
  return undefined;
}

/** Whether lower-case words right before "(" at token `a - 1` spell the acronym ("special drawing right (SDR)"). */
function spellsWordsBefore(tokens: Token[], a: number, acronym: string): boolean {
  if (tokens[a - 1]?.text !== '(') return false;
  const letters = acronym.replace(/[.\-&]/g, '').toLowerCase();
  const words = tokens.slice(Math.max(0, a - 1 - letters.length), a - 1);
  return (
    words.length === letters.length && words.every((t, i) => t.kind === 'word' && !t.cap && t.norm[0] === letters[i])
  );
}

/** Whether "X-led" stands right before token `start` ("Soviet-led Comecon"), the hyphen attached. */
function ledBefore(tokens: Token[], start: number): boolean {
  const led = tokens[start - 1];
  const hyphen = tokens[start - 2];
  return (
    led?.text === 'led' && hyphen?.text === '-' && hyphen.end === led.start && tokens[start - 3]?.end === hyphen.start
  );
}

/**
 * Whether a lower-case post held in a body follows at token `b` ("economist", "vice president",
 * "chief executive"), then the holder's capitalised name, or the post in the plural ("analysts").
 */
function employerBefore(tokens: Token[], b: number): boolean {
  let k = b;
  while (
    k < b + 2 &&
    tokens[k + 1] &&
    !tokens[k]!.cap &&
    /^(vice|chief|senior|managing|executive)$/.test(tokens[k]!.norm)
  )
    k++;
  const post = tokens[k];
  if (!post || post.cap || post.kind !== 'word' || !EMPLOYEE_TITLES.has(post.norm)) return false;
  const after = tokens[k + 1];
  return post.norm.endsWith('s') || (!!after && after.kind === 'word' && after.cap);
}

/**
 * Whether a post held in a body stands before the name with "at" or "with" ("an analyst with
 * Norvale Tarn", "chief economist at Kestrel"), not before a possessor ("at Kestrel's office").
 */
function employerAfter(tokens: Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.norm === 'the') k--;
  const prep = tokens[k];
  const post = tokens[k - 1];
  if (!prep || !post || !EMPLOYEE_TITLES.has(post.norm)) return false;
  // "Co-founder of Dorvo, Anna Kovac,": a founder's body follows "of"; a sentence's first word may be capitalised.
  const of = prep.norm === 'of' && FOUNDERS.has(post.norm);
  if (!(/^(at|with)$/.test(prep.norm) || of) || (post.cap && !(of && startsSentence(tokens, k - 1)))) return false;
  let end = start;
  while (tokens[end] && tokens[end]!.cap) end++;
  return tokens[end]?.norm !== "'s";
}

/** Lower-case nouns of what a site or company has, right after its name ("Dorvo headquarters", "his Dorvo account"). */
const HELD_BY_BODY = new Set(['headquarters', 'shareholders', 'employees', 'account', 'accounts', 'page', 'feed']);

/** Words of posting, and of what is posted, before "on", "to" or "via" and a site ("posted to Dorvo", "messages on Dorvo"). */
const POSTING =
  /^(?:posts?|posted|posting|tweets?|tweeted|uploads?|uploaded|uploading|shared|sharing|published|streamed|messages?|videos?|photos?|hashtags?|accounts?|page|channel)$/;

/**
 * Whether the name at [start, b) is a site, network or company that things are posted on or held
 * by: "posted to Dorvo", "a video on Dorvo", "shared via Dorvo", "the Dorvo headquarters", "his
 * Dorvo account". What is posted is posted on a medium, never in a place.
 */
function onMedium(tokens: Token[], start: number, b: number): boolean {
  const after = tokens[b];
  if (after && after.kind === 'word' && !after.cap && HELD_BY_BODY.has(after.norm)) return true;
  // "Dorvia's Kestrel 9 browser", "Dorvia's new software": what makes and sells a product is a body.
  if (after?.norm === "'s") return makesProduct(tokens, b + 1);
  const prep = tokens[start - 1];
  if (!prep) return false;
  // "users of Dorvia": a person has no users, a site or a product has.
  if (prep.norm === 'of' && /^(?:users|subscribers)$/.test(tokens[start - 2]?.norm ?? '')) return true;
  // "removed a video of the speech from Dorvia": what is taken down is taken down from a site, not a place.
  if (prep.norm === 'from') return removedPost(tokens, start - 1);
  // "messages to Kovac", "tweeted to Kovac": "to" after what is sent names its addressee; after an
  // upload ("posted the clip to Dorvo", its object between) the site.
  if (prep.norm === 'to') {
    for (let k = start - 2; k >= Math.max(0, start - 5); k--) {
      const w = tokens[k]!;
      if (w.kind !== 'word' || w.cap) return false;
      if (/^(?:post|upload|publish)/.test(w.norm) && POSTING.test(w.norm)) return true;
    }
    return false;
  }
  const word = tokens[start - 2];
  return /^(?:on|via|onto)$/.test(prep.norm) && !!word && !word.cap && POSTING.test(word.norm);
}

/**
 * Whether the name at [start, b) has members or a board as a body has: "Dorvo member states",
 * "a member of Dorvo", "the executive committee of Dorvo", "the board of Dorvo". A person has no
 * members; "a member of Kovac's staff" names what follows.
 */
function hasMembers(tokens: Token[], start: number, b: number): boolean {
  const after = tokens[b];
  const next = tokens[b + 1];
  if (after?.norm === 'member' && !after.cap && /^(?:states|countries|nations|governments)$/.test(next?.norm ?? ''))
    return true;
  if (after?.norm === "'s") return false;
  if (tokens[start - 1]?.norm !== 'of') return false;
  const head = tokens[start - 2];
  if (!head || head.cap) return false;
  if (/^(?:members?|membership|board)$/.test(head.norm)) return true;
  return head.norm === 'committee' && tokens[start - 3]?.norm === 'executive';
}

/** Lower-case nouns of what a company makes or holds, after its possessive ("Dorvia's browser"); a person has none of them. */
const PRODUCTS = new Set([
  'browser',
  'browsers',
  'software',
  'app',
  'apps',
  'products',
  'platform',
  'smartphone',
  'smartphones',
  'handsets',
  'chips',
  'subsidiary',
  'subsidiaries',
  'brand',
  'brands',
]);

/** Words that may stand between a possessive and its product ("Dorvia's new browser", "Dorvia's latest software"). */
const PRODUCT_DESCRIBERS = new Set(['new', 'latest', 'own', 'flagship', 'popular', 'main', 'online']);

/**
 * Whether a product noun follows at token `k` (right after a possessive), past describing words and
 * the product's own name, numbers or acronym in brackets ("Kestrel 9 (K9) browser").
 */
function makesProduct(tokens: Token[], k: number): boolean {
  for (let end = Math.min(tokens.length, k + 8); k < end; k++) {
    const t = tokens[k]!;
    if (t.cap || t.kind === 'number' || /^[()]$/.test(t.text) || /^\d/.test(t.text)) continue;
    if (t.kind !== 'word') return false;
    if (PRODUCT_DESCRIBERS.has(t.norm)) continue;
    return PRODUCTS.has(t.norm);
  }
  return false;
}

/** Verbs of taking something down ("removed", "deleting", "pulled", "took down"). */
const REMOVING = /^(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|pull(?:s|ed|ing)?|took|taken|take)$/;
/** What is posted and may be taken down from a site. */
const POSTED_THINGS = /^(?:videos?|clips?|posts?|messages?|photos?|pictures?|comments?|tweets?|content|footage)$/;

/**
 * Whether "from" at token `from` ends a taking down of something posted: "remove a video featuring
 * Anna Kovac from Dorvia", "the clips were deleted from Dorvia". Looks back within the clause (ten
 * words, no sentence or clause punctuation) for both a verb of removing and a posted thing.
 */
function removedPost(tokens: Token[], from: number): boolean {
  let verb = false;
  let thing = false;
  for (let k = from - 1; k >= Math.max(0, from - 10); k--) {
    const t = tokens[k]!;
    if (/^[.;:!?]$/.test(t.text)) break;
    if (t.cap) continue;
    if (REMOVING.test(t.norm)) verb = true;
    if (POSTED_THINGS.test(t.norm)) thing = true;
  }
  return verb && thing;
}

/** Where a portfolio after "Minister of" ends: capitalised ordinary words joined by "and", leaving a name. */
function portfolioEnd(tokens: Token[], j: number, b: number): number {
  let e = j;
  while (
    e < b - 1 &&
    ((tokens[e]!.cap &&
      (isCommonWord(tokens[e]!.norm) || ROLE_WORDS.has(tokens[e]!.norm) || PORTFOLIOS.has(tokens[e]!.norm)) &&
      !isFirstName(tokens[e]!.norm)) ||
      (e > j && tokens[e]!.norm === 'and'))
  )
    e++;
  while (e > j && tokens[e - 1]!.norm === 'and') e--;
  return e;
}

/**
 * Whether title words start at `k` and end in a title's head ("Secretary of State", "Trade
 * Representative"), not in a body's ("National Science Foundation", "Army").
 */
function titleRun(tokens: Token[], k: number, b: number): boolean {
  let j = k;
  while (j < b && ROLE_WORDS.has(tokens[j]!.norm) && !ORG_HEADS.has(tokens[j]!.norm)) j++;
  return j > k && PERSON_TITLES.has(tokens[j - 1]!.norm);
}

/**
 * Whether capitalised title words start at `k` and end in a title's head before a name that ends
 * the chunk ("Governor Anna Kovac", "Republican Leader Bob Dole"), not a name's own words
 * ("National Wildlife Refuge", "de Janeiro").
 */
function titleThenName(tokens: Token[], k: number, b: number): boolean {
  let j = k;
  while (j < b - 1 && tokens[j]!.cap && ROLE_WORDS.has(tokens[j]!.norm)) j++;
  // "Texas Republican X", "North Carolina Democrat X": a party's member for a state titles the person too.
  const title = (norm: string): boolean => PERSON_TITLES.has(norm) || PARTY_MEMBERS.has(norm);
  return j > k && title(tokens[j - 1]!.norm) && tokens[j]!.cap && !ROLE_WORDS.has(tokens[j]!.norm);
}

/** Offices held in a company, bank or other body, never in a place ("chairman", "managing director"). */
const BODY_OFFICES = new Set(['chairman', 'chairwoman', 'chairperson', 'director', 'ceo', 'executive', 'treasurer']);

/**
 * The body named by the one word before an office of a body: "Bundesbank President X", "Dorvex
 * Chairman X", "Kestrelco Managing Director X". The word must be no ordinary English word, title
 * word, portfolio, demonym or place ("Treasury Secretary", "Industry Minister", "Ohio Governor"),
 * and a "President" is a body's only after a word no gazetteer knows as a place.
 */
function bodyOfOffice(lead: Token[]): Token | undefined {
  const [word, ...title] = lead;
  const head = title[title.length - 1]?.norm ?? '';
  if (
    !word ||
    !title.length ||
    !title.every((t) => ROLE_WORDS.has(t.norm) || t.norm === 'managing') ||
    !(BODY_OFFICES.has(head) || head === 'president') ||
    !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) ||
    isEnglishWord(word.norm) ||
    ROLE_WORDS.has(word.norm) ||
    PORTFOLIOS.has(word.norm) ||
    isDemonym(word.text) ||
    // "Dorvian President X": a people's adjective unknown to the gazetteer, no body.
    hasDemonymShape(word.text) ||
    isKnownPlace(word.text) ||
    isFirstName(word.norm) ||
    isLastName(word.norm)
  )
    return undefined;
  return word;
}

/** Modifiers that are no part of the title itself ("former president" is a president). */
const TITLE_MODIFIERS = new Set([
  'former',
  'then',
  'ex',
  'top',
  'senior',
  'veteran',
  'hardline',
  'incumbent',
  'outgoing',
  'incoming',
]);

/**
 * The lower-case title right before a name, whole: "press secretary Dmitry Peskov" → "press
 * secretary", "Greek prime minister Kyriakos Mitsotakis" → "prime minister". It must end in a
 * word that names a person's post ("secretary", not "security").
 */
export function titleBefore(text: string, tokens: Token[], chunkStart: number): string[] {
  const end = chunkStart;
  if (end === 0 || !PERSON_TITLES.has(tokens[end - 1]!.norm) || tokens[end - 1]!.cap) return [];
  let a = end - 1;
  // Lower-case title words, and a capital one only where the sentence starts ("Major general X").
  while (
    a > 0 &&
    ROLE_WORDS.has(tokens[a - 1]!.norm) &&
    tokens[a - 1]!.kind === 'word' &&
    (!tokens[a - 1]!.cap || a - 1 === 0)
  )
    a--;
  while (a < end - 1 && TITLE_MODIFIERS.has(tokens[a]!.norm)) a++;
  return [text.slice(tokens[a]!.start, tokens[end - 1]!.end)];
}

/** "(Turkish) Ministry of Foreign Affairs", "Bank of England": an organisation head before "of". */
function orgHeadWithOf(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    // "Bank of England", "Commission on Human Rights", "Center for Strategic Studies"; "of" in the
    // name's own language too ("Banco de Mexico", "Banque de France").
    const of = /^(of|on|for|de|do|da|di|du|des|del|della)$/;
    if (of.test(tokens[k + 1]!.norm) && ORG_HEADS.has(tokens[k]!.norm) && tokens[k]!.cap) return true;
  }
  return false;
}

function allRoleWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const n = tokens[k]!.norm;
    if (!ROLE_WORDS.has(n) && !PERSON_TITLES.has(n) && !(k > a && (n === 'of' || n === 'the' || n === 'for')))
      return false;
  }
  return true;
}

/**
 * The body or place a title governs, when the holder's name (a known first name and one more
 * capitalised word) ends the chunk: a known place, or a name with an organisation's head word.
 */
function titleBody(text: string, tokens: Token[], a: number, b: number, sentence: number): Mention | undefined {
  const k = b - 2;
  if (k <= a || !isFirstName(tokens[k]!.norm) || !tokens[k + 1]!.cap || isCommonWord(tokens[k + 1]!.norm))
    return undefined;
  const surface = surfaceOf(text, tokens, a, k);
  if (isKnownPlace(surface)) return place(tokens, a, k, surface, sentence, 'modifier');
  const words = tokens.slice(a, k);
  if (!words.some((t) => ORG_HEADS.has(t.norm)) && !isKnownOrganization(surface.toLowerCase(), surface))
    return undefined;
  return { ...place(tokens, a, k, surface, sentence, 'modifier'), type: 'Organization' };
}

function place(tokens: Token[], a: number, b: number, surface: string, sentence: number, cue: string): Mention {
  return {
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    text: surface,
    type: 'Place',
    sentence,
    tokenStart: a,
    tokenEnd: b,
    roles: [],
    possessive: false,
    cue,
  };
}
