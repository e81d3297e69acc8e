/**
 * Capitalised chunks: runs of capitalised tokens in a sentence, joined across name connectors
 * ("of", "for", "bin", "de", "&") where the word before allows it ("Bank of England",
 * "Mohammad bin Salman"), without weekdays, months, a sentence-initial ordinary word ("Even",
 * "Earlier") or shouted headline words.
 */
import { tokenTexts, type Token } from '../segment/tokens.js';
import { isGazetteerName } from './known.js';
import {
  isAdjective,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isFunctionWord,
  isLastName,
  NAME_ARTICLE_PAIRS,
  NAME_PARTICLES,
  WORD_GIVEN_NAMES,
} from '../lexicon/words.js';
import { countryOf, isDemonym, isKnownPlace } from '../lexicon/places.js';
import {
  INSTITUTIONS,
  isChamberWord,
  isKnownOrganization,
  isNewsOutlet,
  LEGAL_FORMS,
  ORG_HEADS,
} from '../lexicon/organizations.js';
import { HONORIFICS, NOBILITY, PERSON_TITLES, PORTFOLIOS, ROLE_WORDS } from '../lexicon/roles.js';
import { CONNECTOR_HOSTS, PLACE_HEADS } from './heads.js';
import { NAMED_EVENT_HEADS } from '../lexicon/events.js';

/** "de la", "van der", "von der", "de los": a particle then an article, lower case inside a name. */
function particlePair(first: Token, second: Token | undefined): boolean {
  return (
    first.kind === 'word' &&
    second?.kind === 'word' &&
    first.text === first.norm &&
    second.text === second.norm &&
    NAME_ARTICLE_PAIRS.has(`${first.norm} ${second.norm}`)
  );
}

export const CALENDAR_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'christmas',
  'easter',
  'ramadan',
]);

/** Months that are also given names ("Jan Kavan", "April Ryan", "June Carter"). */
const GIVEN_NAME_MONTHS = new Set(['jan', 'april', 'may', 'june', 'august']);
export const isGivenNameMonth = (norm: string): boolean => GIVEN_NAME_MONTHS.has(norm);
/**
 * "Christian Velt", "Rose Marten", "Frank Holm": a given name that is also an ordinary word, a faith's
 * or a nation's word, before a surname-shaped word — capitalised, no dictionary word (or a known
 * surname), no plural, body, place, title or party member ("Christian Democrats", "Christian Aid",
 * "Rose Garden", "Hope Street" are no persons).
 */
export function wordGivenNameAt(tokens: readonly Token[], k: number): boolean {
  const given = tokens[k];
  const surname = tokens[k + 1];
  if (!given?.cap || !WORD_GIVEN_NAMES.has(given.norm) || !surname || surname.kind !== 'word') return false;
  const n = surname.norm;
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname.text) &&
    (isLastName(n) || (!isEnglishWord(n) && !/(?:s|ist|crat|ican)$/.test(n))) &&
    !ORG_HEADS.has(n) &&
    !PLACE_HEADS.has(n) &&
    !ROLE_WORDS.has(n) &&
    !isKnownPlace(surname.text) &&
    !isDemonym(surname.text)
  );
}
const MONTHS = new Set(
  [...CALENDAR_WORDS].filter((w) => !/day$/.test(w) && !['christmas', 'easter', 'ramadan'].includes(w)),
);
/** Words before a month that make it a date ("in May", "since June", "last April", "mid-May"). */
const DATE_GOVERNORS = new Set([
  'in',
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'to',
  'through',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'of',
  'during',
  'before',
  'after',
  'this',
  'each',
  'every',
  'between',
  'for',
  'around',
]);

/** Labels of a photograph's credit line ("Image: X", "Photo: X"). */
const CREDIT_LABELS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'credit', 'source']);

/** Prepositions that open a sentence or caption ("In the …", "At the …"). */
const SENTENCE_OPENING_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'from',
  'with',
  'by',
  'under',
  'since',
]);

/** Determiners after which a capitalised preposition cannot be part of a name ("In the …", "At its …"). */
const RUN_IN_DETERMINERS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our)$/;

/** Whether token k is a capitalised preposition that opens a run-in sentence: "… Anna Kovac | In the district …". */
function runInOpener(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    t.cap &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    SENTENCE_OPENING_PREPOSITIONS.has(t.norm) &&
    !!next &&
    next.kind === 'word' &&
    RUN_IN_DETERMINERS.test(next.text)
  );
}

/** The title of a saint opening a site's or a body's name ("St Peter's Square", "Saint John's College"). */
const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;

/** Capitalised tokens that never start or join a name. */
const NEVER_NAMES = new Set([
  'pm',
  'am',
  'gmt',
  'utc',
  'bst',
  'est',
  'edt',
  'cet',
  'qc',
  'kc',
  'tv',
  'ok',
  'copyright',
  'mr',
  'mrs',
  'ms',
  'dr',
  'we',
  'he',
  'she',
  'they',
  'it',
  'you',
  'his',
  'her',
  'their',
  'our',
  'its',
  'noon',
  'midnight',
]);

const HOSTED_CONNECTORS = new Set(['of', 'for', 'on']);
/** Heads of bodies named by what they are to do ("Committee to Protect Journalists"). */
const AIM_HOSTS = new Set([
  'committee',
  'campaign',
  'movement',
  'coalition',
  'alliance',
  'league',
  'fund',
  'foundation',
]);

export interface Chunk {
  /** Token indices [start, end). */
  start: number;
  end: number;
}

function isAcronym(t: Token): boolean {
  const bare = t.text.replace(/[.\-&]/g, '');
  return bare.length >= 2 && bare.length <= 7 && /^[A-Z][A-Z0-9]*$/.test(bare);
}

/** Whether a token can be part of a name. */
export function isNameToken(t: Token): boolean {
  // "al-Sisi", "bin-Salman": an Arabic article or particle joined to a capitalised name.
  if (t.kind === 'word' && !t.cap && /^(?:al|el|bin|ibn|abu|ad|ar|as|at|az|ash|an)-\p{Lu}/u.test(t.text)) return true;
  if (t.kind !== 'word' || !t.cap) return false;
  // "EU-wide", "Moscow-based", "NATO-led": a compound adjective, not a name.
  if (/-(?:wide|based|led|backed|born|style|made|owned|run|funded|brokered)$/i.test(t.text)) return false;
  // "Pro-Beijing", "Anti-NATO": a stance toward a known name, an adjective ("Anti-Defamation League" is a name).
  const stance = /^(?:pro|anti)-(.+)$/iu.exec(t.text)?.[1];
  if (
    stance &&
    (isKnownPlace(stance) || isKnownOrganization(stance.toLowerCase(), stance) || /^[A-Z]{2,}$/.test(stance))
  )
    return false;
  const bare = t.norm.replace(/\.$/, '');
  if (CALENDAR_WORDS.has(bare) || bare.split('-').every((p) => CALENDAR_WORDS.has(p))) return false;
  if (bare === 'i' || NEVER_NAMES.has(bare)) return false;
  // "China-US", "Sino-US": compounds of places are adjectives here, not names.
  if (/^\p{Lu}[\p{L}]+-\p{Lu}/u.test(t.text) && t.text.split('-').every((p) => isKnownPlace(p) || p === 'Sino'))
    return false;
  // Shouted words (headline or wire style) count only when short (acronyms) or known names.
  if (t.text.length > 3 && t.text === t.text.toUpperCase() && /[A-Z]{4}/.test(t.text) && !isAcronym(t)) {
    return isKnownPlace(t.text) || isNewsOutlet(bare) || !isCommonWord(bare);
  }
  // An ordinary word in capitals ("NOTE:", "UNDER", "SPOT") is emphasis or a table label, not an acronym.
  if (
    /^[A-Z]{2,}$/.test(t.text) &&
    isCommonWord(bare) &&
    !isKnownPlace(t.text) &&
    !isNewsOutlet(bare) &&
    !isKnownOrganization(bare, t.text)
  ) {
    return false;
  }
  return true;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A capitalised month that is a person's name, not a date: after a known first name ("Theresa
 * May", "Brian May"); a month that is also a given name before a surname ("Jan Kavan", "April
 * Ryan"); or alone, when the article's person has it as a surname (`wordSurnames`, the article's
 * surnames that are months or ordinary words: "May said"
 * after "Theresa May"). Never after a word that governs a date ("in May", "since June", "last
 * April"), before a number ("May 5") or with an abbreviation's full stop ("Jan. 5").
 */
export function monthAsName(tokens: Token[], k: number, wordSurnames: ReadonlySet<string> = NO_WORDS): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !t.cap || !MONTHS.has(t.norm) || /\.$/.test(t.text)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if ((next && /^\d/.test(next.text)) || next?.text === '.') return false;
  if (prev && (DATE_GOVERNORS.has(prev.norm.replace(/-$/, '')) || MONTHS.has(prev.norm) || /^\d/.test(prev.text)))
    return false;
  if (prev?.cap && prev.kind === 'word' && isFirstName(prev.norm) && !MONTHS.has(prev.norm)) return true;
  // "Mrs May", "Mr. June": an honorific names a person.
  if (prev?.cap && HONORIFICS.has(prev.norm.replace(/\.$/, ''))) return true;
  // "Jan" before a surname is the given name (the month's abbreviation has its number); "April",
  // "June" or "May" is one after a title ("correspondent April Ryan"), or, "April" "June" and
  // "August", before a word that is a surname and no given name ("June Holm said"; "April Brent"
  // and "June Treasury" are contracts for delivery then), not after a determiner ("the June Velt
  // report" dates it).
  const titled = prev !== undefined && (ROLE_WORDS.has(prev.norm) || PERSON_TITLES.has(prev.norm));
  const surnameOnly = (w: Token): boolean =>
    !isFirstName(w.norm) && !ORG_HEADS.has(w.norm) && (isLastName(w.norm) || !isEnglishWord(w.norm));
  if (
    GIVEN_NAME_MONTHS.has(t.norm) &&
    (t.norm === 'jan' ||
      titled ||
      (t.norm !== 'may' &&
        surnameOnly(next ?? t) &&
        !DETERMINERS.test(prev?.norm ?? '') &&
        !nextCapitalised(tokens, k + 1))) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) &&
    isNameToken(next) &&
    !isKnownPlace(next.text) &&
    !isKnownOrganization(next.norm, next.text) &&
    !isCommonWord(next.norm)
  )
    return true;
  // "Prime Minister May said", "President August": a month right after a capitalised title is the holder's surname.
  if (prev?.cap && prev.kind === 'word' && (ROLE_WORDS.has(prev.norm) || PERSON_TITLES.has(prev.norm))) return true;
  return wordSurnames.has(t.norm) && !MONTHS.has(next?.norm ?? '');
}

/** Determiners and possessives before a month that make it a date's modifier ("the June report", "its April meeting"). */
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|this|that|last|next)$/;

/** Whether the word after token k is capitalised too ("April Brent Crude", a third capitalised word). */
function nextCapitalised(tokens: Token[], k: number): boolean {
  const w = tokens[k + 1];
  return w !== undefined && w.kind === 'word' && w.cap;
}

/** Whether a title governs the words from `i` ("CEO of the …", "director of the X chapter of the …"). */
function titledBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (!/^(of|to|at|for)$/.test(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (ROLE_WORDS.has(tokens[j]!.norm)) return true;
  return false;
}

/**
 * Whether token i is capitalised for its place alone: it opens the sentence (after any quotation
 * marks, brackets or dashes, or after a colon or semicolon), or a quotation (an opening mark set
 * against it and apart from the word before: 'Kovac said, "Approval would …').
 */
export function startsSentence(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  if (
    mark?.kind === 'quote' &&
    mark.end === tokens[i]!.start &&
    (i === 1 || tokens[i - 2]!.end < mark.start) &&
    tokens[i - 2]?.kind !== 'quote'
  )
    return true;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === '(' || t.text === '[' || t.text === '-' || t.text === '_' || t.text === '—')
      continue;
    return t.text === ':' || t.text === ';';
  }
  return true;
}

/** Whether a known place's name (of up to three words) starts at token k. */
function placeAt(tokens: Token[], k: number): boolean {
  let name = '';
  for (let n = 0; n < 3 && k + n < tokens.length; n++) {
    name += (n ? ' ' : '') + tokens[k + n]!.text;
    if (isKnownPlace(name)) return true;
  }
  return false;
}

/** Whether a country's name (of up to three words) starts at token k. */
/** How many tokens from `k` spell "America", "North America" or "Latin America", or 0. */
function americaLength(tokens: Token[], k: number): number {
  if (tokens[k]?.text === 'America') return 1;
  return /^(?:North|South|Central|Latin)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'America' ? 2 : 0;
}

/** A company's legal form, abbreviated or not, after which "of" and a place go on with its name. */
const COMPANY_FORMS = /^(?:corp|corporation|co|company|inc|ltd|limited)$/;

function countryAt(tokens: Token[], k: number): boolean {
  let name = '';
  for (let n = 0; n < 3 && k + n < tokens.length; n++) {
    name += (n ? ' ' : '') + tokens[k + n]!.text;
    if (countryOf(name)) return true;
  }
  return false;
}

/** Words that go on a company's name after its possessive ("Moody's Investors Service", "Standard & Poor's Ratings"). */
const AFTER_POSSESSIVE_NAME = new Set([...LEGAL_FORMS, 'corporation', 'company', 'limited', 'investors', 'ratings']);

/** Punctuation that ends a phrase: nothing owned follows a possessive before it. */
const PHRASE_END = /^[.,;:!?]$/;

/**
 * Whether the possessive 's at token k (right after the name [start, k)) belongs to the name, a
 * company's ("McDonald's", "Moody's", "Standard & Poor's"), not to an owner: nothing owned follows
 * it — a finite verb whose subject it is ("Moody's said", "McDonald's will close"; not a participle
 * before its noun, "Kestan's proposed plan", nor a gerund), a comma or the sentence's end (not a
 * bracket: "(Kestan's) report") — or a legal form or a rating agency's word goes on with the name
 * ("Standard and Poor's Corp"). A place, or a person with a known first name, owns.
 */
export function possessiveOfName(
  tokens: readonly Token[],
  start: number,
  k: number,
  tagOf?: (token: number) => string | undefined,
): boolean {
  const s = tokens[k];
  if (s?.norm !== "'s" || s.start !== tokens[k - 1]?.end) return false;
  const name = tokenTexts(tokens, start, k);
  if (isKnownPlace(name) || countryOf(name) || (k - start > 1 && isFirstName(tokens[start]!.norm))) return false;
  if (k - start === 1 && isKnownPlace(tokens[start]!.text)) return false;
  // "256K DRAM's", "monetary amounts (MCA's)": capitals and 's are a plural; "a friend of Velt's" a
  // double genitive, its owner a person.
  if (/^[\p{Lu}\d]+$/u.test(tokens[k - 1]!.text) || tokens[start - 1]?.norm === 'of') return false;
  const next = tokens[k + 1];
  if (!next || PHRASE_END.test(next.text)) return true;
  if (next.cap && AFTER_POSSESSIVE_NAME.has(next.norm)) return true;
  // "Moody's and Standard & Poor's cut …": the name is one of two, the second its own proof.
  if (next.norm === 'and' || next.norm === 'or') {
    let j = k + 2;
    while (j < tokens.length && (tokens[j]!.cap || tokens[j]!.text === '&')) j++;
    return j > k + 2 && tokens[j]?.norm === "'s" && possessiveOfName(tokens, k + 2, j, tagOf);
  }
  const tag = tagOf?.(k + 1);
  if (next.cap || (tag !== 'VERB' && tag !== 'AUX') || /ing$/.test(next.norm)) return false;
  // "Kestan's elected leaders", "Kestan's will to fight": a word that describes or is the owned noun.
  const after = tagOf?.(k + 2);
  return !(after === 'NOUN' || after === 'ADJ' || tokens[k + 2]?.norm === 'to');
}

/**
 * Capitalised chunks of a sentence. `tagOf`, when the sentence was tagged, gives a token's
 * universal part of speech: the tagger tells a name from an ordinary word where capitals cannot
 * ("the WHO said", a sentence-initial "Current" or "Amnesty").
 */
export function findChunks(
  tokens: Token[],
  tagOf?: (token: number) => string | undefined,
  wordSurnames: ReadonlySet<string> = NO_WORDS,
): Chunk[] {
  const proper = (k: number): boolean => tagOf?.(k) === 'PROPN';
  // Dotted initials before a name are its first names ("K.C. Maurer", "A.M. Rosenthal"), even when
  // they spell what is never a name alone ("KC", King's Counsel).
  const initialsOfName = (k: number): boolean =>
    /^(?:\p{Lu}\.){2,3}$/u.test(tokens[k]!.text) && k + 1 < tokens.length && isNameToken(tokens[k + 1]!);
  // "… in Washington D.C. Image: United States Navy.": a caption's credit label ends the name before it.
  const creditLabel = (k: number): boolean => tokens[k + 1]?.text === ':' && CREDIT_LABELS.has(tokens[k]!.norm);
  const nameAt = (k: number): boolean =>
    k < tokens.length &&
    !creditLabel(k) &&
    (isNameToken(tokens[k]!) ||
      monthAsName(tokens, k, wordSurnames) ||
      (isAcronym(tokens[k]!) && proper(k) && !NEVER_NAMES.has(tokens[k]!.norm)) ||
      initialsOfName(k));
  // "al Qaeda", "al Jazeera": the Arabic article in lower case opens a name a gazetteer knows.
  const articleOpens = (k: number): boolean =>
    /^(?:al|el)$/.test(tokens[k]!.text) &&
    nameAt(k + 1) &&
    (isGazetteerName(tokenTexts(tokens, k, k + 2)) || isNewsOutlet(tokenTexts(tokens, k, k + 2).toLowerCase()));
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameAt(i) && !articleOpens(i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    // Whether a body's name already took its connector ("Council for the Welfare"): what follows
    // "of" then belongs to it ("… of Immigrants", "Centre for Control of Iodine Deficiency Disorders").
    let hosted = false;
    for (;;) {
      const next = tokens[end];
      if (!next) break;
      if (nameAt(end)) {
        end++;
        continue;
      }
      const prev = tokens[end - 1]!;
      // German "am" joins a name ("Bild am Sonntag", "Frankfurt am Main"), never after "I".
      const am = next.norm === 'am' && next.text === 'am' && prev.text !== 'I';
      if (next.kind === 'word' && (NAME_PARTICLES.has(next.norm) || am) && nameAt(end + 1)) {
        end += 2;
        continue;
      }
      // "Jorge de la Vega", "Ursula von der Leyen": two particles run together inside a name.
      if (particlePair(next, tokens[end + 1]) && nameAt(end + 2)) {
        end += 3;
        continue;
      }
      if (next.text === '&' && nameAt(end + 1)) {
        end += 2;
        continue;
      }
      // "McDonald's said", "Moody's Investors Service": a company's name that ends in a possessive.
      if (next.norm === "'s" && possessiveOfName(tokens, start, end, tagOf)) {
        end++;
        continue;
      }
      // "Standard and Poor's Corp said": two partners' names before a possessive that ends a company's.
      if (
        next.norm === 'and' &&
        nameAt(end + 1) &&
        !nameAt(end + 2) &&
        possessiveOfName(tokens, start, end + 2, tagOf)
      ) {
        end += 3;
        continue;
      }
      // "the Korean People's Army", "People's Daily": "People's" is the start of a name, not its owner.
      if (next.norm === "'s" && prev.text === 'People' && nameAt(end + 1)) {
        end += 2;
        continue;
      }
      // "St Peter's Square", "St. Paul's Cathedral", "Saint John's College": a saint's name lends
      // its possessive to the site or body named after it.
      if (next.norm === "'s" && end - start === 2 && SAINT.test(tokens[start]!.text) && nameAt(end + 1)) {
        end += 2;
        while (nameAt(end)) end++;
        continue;
      }
      // "Ian Warhaftig of International Data Corp": a person's name does not host "of".
      // "Anna Kovac of Kestrel Magazine": two capitalised words no dictionary knows make a person's name too.
      // "But John Weinberg of Dorvan Bank": a sentence's capitalised first word is no part of the person's name.
      const from =
        startsSentence(tokens, start) && isEnglishWord(tokens[start]!.norm) && !isFirstName(tokens[start]!.norm)
          ? start + 1
          : start;
      const personSoFar =
        end - from >= 2 &&
        !ORG_HEADS.has(prev.norm) &&
        (isFirstName(tokens[from]!.norm) ||
          (end - from === 2 &&
            tokens
              .slice(from, end)
              .every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isEnglishWord(t.norm) && !isKnownPlace(t.text))));
      if (
        HOSTED_CONNECTORS.has(next.norm) &&
        !CONNECTOR_HOSTS.has(prev.norm) &&
        (!personSoFar || countryAt(tokens, end + 1))
      ) {
        let k = end + 1;
        while (nameAt(k)) k++;
        if (k > end + 1 && ORG_HEADS.has(tokens[k - 1]!.norm)) {
          end = k;
          continue;
        }
      }
      // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body named by its aim.
      if (next.norm === 'to' && AIM_HOSTS.has(prev.norm) && nameAt(end + 1) && /^\p{Lu}/u.test(tokens[end + 1]!.text)) {
        let k = end + 1;
        while (nameAt(k)) k++;
        if (k - end >= 3) {
          end = k;
          continue;
        }
      }
      // "University of North Carolina at Greensboro": a university's campus is part of its name.
      if (
        next.norm === 'at' &&
        next.text === 'at' &&
        hosted &&
        tokens
          .slice(start, start + 3)
          .some((t, i) => t.norm === 'university' && tokens[start + i + 1]?.norm === 'of') &&
        nameAt(end + 1)
      ) {
        end += 2;
        while (nameAt(end)) end++;
        continue;
      }
      // "Electronic Mail Corp of America", "Dorvo Inc of North America": news calls the country
      // "the United States", so "of America" after a company's legal form is its name's own (not
      // "Toyota Motor Corp of Japan", which says where the company is).
      if (next.norm === 'of' && COMPANY_FORMS.test(prev.norm)) {
        const n = americaLength(tokens, end + 1);
        if (n) {
          end += 1 + n;
          continue;
        }
      }
      // "Group of Seven", "Group of 24": a group of states named by its number.
      const after = tokens[end + 1];
      if (prev.norm === 'group' && prev.cap && next.norm === 'of' && after && (after.kind === 'number' || after.cap)) {
        end += 2;
        continue;
      }
      // Not a place after it, the body's country or city ("Ministry of Finance | of Japan").
      const further = hosted && next.norm === 'of' && !placeAt(tokens, end + 1);
      // "Colorado State University | of the US": a name that holds its place takes no country after
      // it ("Colorado National Bank of Denver", "Court of the Northern District of Illinois" stay whole).
      const placed =
        !hosted &&
        next.norm === 'of' &&
        tokens.slice(start, end - 1).some((_, i) => placeAt(tokens, start + i)) &&
        (countryAt(tokens, end + 1) || (after?.norm === 'the' && countryAt(tokens, end + 2)));
      if (HOSTED_CONNECTORS.has(next.norm) && (CONNECTOR_HOSTS.has(prev.norm) || further) && !placed) {
        if (nameAt(end + 1)) {
          end += 2;
          hosted = true;
          continue;
        }
        if (after && after.norm === 'the' && nameAt(end + 2)) {
          end += 3;
          hosted = true;
          continue;
        }
      }
      break;
    }
    // "Anna Kovac In the Dorvo district, …": a caption run into the text without its full stop; a
    // capitalised preposition before a lower-case determiner opens the next sentence, no name ends in one.
    while (end - start > 1 && runInOpener(tokens, end - 1)) end--;
    if (end - start === 1 && runInOpener(tokens, start)) {
      i = end;
      continue;
    }
    // "Home Office Minister Lord Falconer": an organisation, then a titled person.
    const parts: Chunk[] = [];
    let from = start;
    for (let k = start; k < end - 1; k++) {
      const next = tokens[k + 1]!.norm;
      // "Bank of France Governor Jacques de Larosiere": an organisation's name may end in its place,
      // when a name follows the title.
      const orgEndingInPlace =
        tokens.slice(from, k).some((t) => ORG_HEADS.has(t.norm)) &&
        k + 2 < end &&
        tokens[k + 2]!.cap &&
        !isCommonWord(tokens[k + 2]!.norm);
      if (
        k > from &&
        (ORG_HEADS.has(tokens[k]!.norm) || orgEndingInPlace) &&
        (PERSON_TITLES.has(next) || NOBILITY.has(next))
      ) {
        // "Federal Reserve Board Vice Chairman X", "the Social Democratic Party of Prime Minister
        // X": the title's rank goes with the title, and a connector left at the body's end with neither.
        let cut = k + 1;
        while (cut - 1 > from && TITLE_RANKS.has(tokens[cut - 1]!.norm)) cut--;
        let bodyEnd = cut;
        while (bodyEnd - 1 > from && /^(?:of|the|for)$/.test(tokens[bodyEnd - 1]!.norm)) bodyEnd--;
        // "Senate Majority Leader X": a chamber's one word stays in the holder's title.
        if (bodyEnd - from === 1 && isChamberWord(tokens[from]!.text)) continue;
        parts.push({ start: from, end: bodyEnd });
        from = cut;
      }
    }
    // "CEO of the Refugee Council Enver Solomon", "Ambassador to the United States Hamdullah Mohib":
    // a title's body or place, its name done, then the titled person's two-word name ("Bank of
    // America Merrill Lynch", with no title before it, stays one name).
    const personAfter = (k: number): boolean =>
      end - k === 2 &&
      tokens.slice(k, end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_HEADS.has(t.norm)) &&
      !isKnownPlace(tokens[k]!.text) &&
      !tokens.slice(k, end).some((t) => isCommonWord(t.norm) && !isFirstName(t.norm));
    const head = end - 3;
    const body = tokens.slice(from, head + 1);
    if (
      head - from >= 1 &&
      titledBefore(tokens, start) &&
      personAfter(head + 1) &&
      (body.some((t) => ORG_HEADS.has(t.norm)) || isKnownPlace(body.map((t) => t.text).join(' ')))
    ) {
      parts.push({ start: from, end: head + 1 });
      from = head + 1;
    }
    // "National Press Agency NPA": a name followed by its own acronym is two mentions of one thing.
    const lastTok = tokens[end - 1]!;
    if (
      end - from >= 3 &&
      isAcronym(lastTok) &&
      initials(tokens.slice(from, end - 1)) === lastTok.text.replace(/[.\-&]/g, '')
    ) {
      parts.push({ start: from, end: end - 1 });
      from = end - 1;
    }
    parts.push({ start: from, end });
    // A sentence-initial ordinary word is no name ("Even", "Earlier", "Back"), unless it opens
    // an organisation's name ("Home Office", "Foreign Ministry").
    const first = parts[0]!;
    const headed =
      first.end - first.start > 1 &&
      (ORG_HEADS.has(tokens[first.end - 1]!.norm) ||
        tokens
          .slice(first.start + 1, first.end - 1)
          .some((t, i) => ORG_HEADS.has(t.norm) && tokens[first.start + i + 2]?.norm === 'of'));
    // "Minister of Mines Subroto said", "Chief of Staff Howard Baker noted": a title opening the
    // sentence with its "of" belongs to the name that follows.
    const opening = tokens[first.start]!.norm;
    const titleOf = (PERSON_TITLES.has(opening) || ROLE_WORDS.has(opening)) && tokens[first.start + 1]?.norm === 'of';
    // "Prime Minister Tony Blair …", "Foreign Minister X": a title word before another opens a title.
    const titleWords = (k: number): boolean =>
      ROLE_WORDS.has(tokens[k]!.norm) && k + 1 < first.end && ROLE_WORDS.has(tokens[k + 1]!.norm);
    // "Reporters Without Borders": a capitalised preposition inside sets the whole name in title case.
    const titleCased = titleCasedName(tokens, first.start, first.end);
    // "Standard and Poor's said": a company's name with its possessive is a name from its first word.
    const possessiveNamed = tokens.slice(first.start, first.end).some((t) => t.norm === "'s");
    // "White House officials said", "Red Cross workers": a name the gazetteer knows opens the sentence,
    // its ordinary first word included.
    const knownOpening = (k: number): boolean =>
      !isFunctionWord(tokens[k]!.norm) &&
      [2, 3].some((n) => {
        if (k + n > first.end) return false;
        const surface = tokenTexts(tokens, k, k + n);
        return isGazetteerName(surface) || INSTITUTIONS.has(surface.toLowerCase());
      });
    while (
      first.start < first.end &&
      !possessiveNamed &&
      !titleOf &&
      !titleWords(first.start) &&
      !titleCased &&
      startsSentence(tokens, first.start) &&
      !knownOpening(first.start) &&
      !isAcronym(tokens[first.start]!) &&
      !monthAsName(tokens, first.start, wordSurnames) &&
      // "Rose Marten said"; not the modal of a question ("Will Kestan sign?").
      !(wordGivenNameAt(tokens, first.start) && tokens[first.start]!.norm !== 'will') &&
      // "Baker said" after "James Baker": the article's person, before a verb or an apposition.
      !(
        wordSurnames.has(tokens[first.start]!.norm) &&
        first.end - first.start === 1 &&
        (/^(?:VERB|AUX)$/.test(tagOf?.(first.start + 1) ?? '') || tokens[first.start + 1]?.text === ',')
      ) &&
      !(proper(first.start) && first.end - first.start > 1) &&
      !(headed && ORDINALS.has(tokens[first.start]!.norm)) &&
      (isFunctionWord(tokens[first.start]!.norm) ||
        (!headed && modifierOpening(tokens, first, tagOf)) ||
        (/^\p{L}{3,}ly$/u.test(tokens[first.start]!.text) && !isKnownPlace(tokens[first.start]!.text)) ||
        (!headed && isOrdinaryWord(tokens[first.start]!)))
    ) {
      first.start++;
    }
    for (const p of parts) if (p.start < p.end) chunks.push(p);
    i = end;
  }
  return mergeAcrossAnd(tokens, chunks);
}

/**
 * Words that rank a title and never end a body's name ("Vice Chairman", "Prime Minister",
 * "Majority Leader", "Democratic Leader"), unlike a portfolio ("Ministry of Foreign Trade | Minister X").
 */
const TITLE_RANKS = new Set([
  'vice',
  'deputy',
  'prime',
  'acting',
  'assistant',
  'associate',
  'majority',
  'minority',
  'democratic',
  'republican',
  'former',
  'interim',
]);

/** Prepositions that stand capitalised only inside a title-cased name ("Reporters Without Borders"). */
const TITLE_CASE_PREPOSITIONS = new Set([
  'without',
  'against',
  'beyond',
  'across',
  'within',
  'through',
  'toward',
  'towards',
]);

/**
 * Whether tokens [start, end) are a name set in title case: a capitalised preposition between two
 * of its words ("Reporters Without Borders", "Mothers Against Drunk Driving"), which ordinary
 * prose never capitalises and a person's name never holds.
 */
export function titleCasedName(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++)
    if (tokens[k]!.cap && TITLE_CASE_PREPOSITIONS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Tags of a sentence-initial word that is no part of a name ("Current UK Prime Minister …"). */
const MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'DET', 'PRON', 'NUM', 'AUX', 'SCONJ', 'CCONJ']);

/**
 * Whether a chunk opens with a word the tagger reads as a modifier ("Current UK Prime Minister
 * …"): an English word (a word no dictionary has and no adjective's shape, "Oskar Lind, the
 * minister, said", is a name whatever the tagger guesses of a capitalised first word), not a demonym, which names a country
 * ("Russian Foreign Minister"), and not inside a name a gazetteer knows whole ("United Nations"),
 * which a tagger's slip must not cut.
 */
function modifierOpening(tokens: Token[], c: Chunk, tagOf?: (token: number) => string | undefined): boolean {
  const first = tokens[c.start]!;
  if (!MODIFIER_TAGS.has(tagOf?.(c.start) ?? '') || isDemonym(first.text) || !englishModifier(first.norm)) return false;
  return !isGazetteerName(tokenTexts(tokens, c.start, c.end));
}

/** A word of the dictionaries, or one shaped like an English adjective ("Congressional", "Preliminary"). */
const englishModifier = (lower: string): boolean => isEnglishWord(lower) || isAdjective(lower);

/** "First Harbor Bancorp", "Second National Bank": an ordinal opening an organisation's name is part of it. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

function isOrdinaryWord(t: Token): boolean {
  const bare = t.norm;
  if (isAcronym(t)) return false;
  return (isCommonWord(bare) && !isFirstName(bare) && !isKnownPlace(t.text)) || roleInPlural(bare);
}

/** "Congressmen", "Spokeswomen": the plural of a role in -man, which the dictionaries lack. */
function roleInPlural(lower: string): boolean {
  if (!lower.endsWith('men')) return false;
  const singular = lower.slice(0, -3) + 'man';
  // "Congressmen", "Businessmen", "Fishermen": the plural of a role or an ordinary word in -man.
  return ROLE_WORDS.has(singular) || isEnglishWord(singular);
}

function initials(ts: Token[]): string {
  return ts
    .filter((t) => t.cap && !isFunctionWord(t.norm))
    .map((t) => t.text[0])
    .join('');
}

/** "Minister of Mines": a title whose "of" names a portfolio, which may go on after "and". */
function portfolioTitle(tokens: Token[], c: Chunk): boolean {
  for (let k = c.start; k < c.end - 1; k++)
    if (tokens[k + 1]!.norm === 'of' && (PERSON_TITLES.has(tokens[k]!.norm) || ROLE_WORDS.has(tokens[k]!.norm)))
      return true;
  return false;
}

/**
 * "the United Auto Workers and American Motors Corp": a name of several words before "and", and
 * after it a body's name whose first word is itself a name (a demonym, a place or a word no
 * dictionary has; not an English word nor a person's name: "Securities and Exchange Commission",
 * "National Oceanic and Atmospheric Administration", "Peat Marwick and Mitchell Co"): two complete
 * names, so two bodies.
 */
function ownNameAfterAnd(tokens: Token[], prev: Chunk, c: Chunk): boolean {
  const first = tokens[c.start]!.norm;
  return (
    prev.end - prev.start >= 2 &&
    c.end - c.start >= 2 &&
    ORG_HEADS.has(tokens[c.end - 1]!.norm) &&
    !ORG_HEADS.has(first) &&
    (isDemonym(tokens[c.start]!.text) || isKnownPlace(tokens[c.start]!.text) || !isEnglishWord(first)) &&
    !isFirstName(first) &&
    !isLastName(first)
  );
}

/** "Immigration and Naturalization Service": one organisation, not two chunks. */
function mergeAcrossAnd(tokens: Token[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // "Trinidad and Tobago", "Bosnia and Herzegovina": a state whose name joins two with "and".
    if (
      prev &&
      prev.end + 1 === c.start &&
      tokens[prev.end]!.norm === 'and' &&
      countryOf(tokenTexts(tokens, prev.start, c.end)) !== undefined
    ) {
      prev.end = c.end;
      continue;
    }
    // "Kidder, Peabody and Co Inc", "Dorvan, Kestrel and Co": partners' names listed with commas
    // before "and Co" are one firm's name, commas and all (not a person's: "Anna Kovac, Kovac and Co
    // chairman"; nor a list's last: "between Dorvan and Kestrel, Marlow and Co").
    const partner = (k: Chunk): boolean =>
      k.end - k.start <= 2 &&
      !(k.end - k.start === 2 && isFirstName(tokens[k.start]!.norm)) &&
      !isKnownPlace(tokenTexts(tokens, k.start, k.end)) &&
      !/^(?:and|or)$/.test(tokens[k.start - 1]?.norm ?? '');
    const before = out[out.length - 2];
    if (
      prev &&
      before &&
      prev.end + 1 === c.start &&
      tokens[prev.end]!.norm === 'and' &&
      /^(?:co|company)$/.test(tokens[c.start]!.norm) &&
      tokens.slice(c.start, c.end).every((t) => COMPANY_FORMS.test(t.norm)) &&
      before.end + 1 === prev.start &&
      tokens[before.end]!.text === ',' &&
      partner(before) &&
      partner(prev)
    ) {
      before.end = c.end;
      out.pop();
      // "Peat, Marwick, Mitchell and Co": every partner listed.
      for (let k = out.length - 2; k >= 0; k--) {
        const a = out[k]!;
        const b = out[k + 1]!;
        if (a.end + 1 !== b.start || tokens[a.end]!.text !== ',' || !partner(a)) break;
        a.end = b.end;
        out.pop();
      }
      continue;
    }
    // "Minister of Mines and Energy Subroto": the portfolio goes on after "and".
    if (
      prev &&
      prev.end + 1 === c.start &&
      tokens[prev.end]!.norm === 'and' &&
      portfolioTitle(tokens, prev) &&
      (isCommonWord(tokens[c.start]!.norm) || PORTFOLIOS.has(tokens[c.start]!.norm)) &&
      c.end - c.start >= 2
    ) {
      prev.end = c.end;
      continue;
    }
    // "Department of Trade and Industry", "Center for Strategic and International Studies": a
    // body's field goes on after "and" in ordinary words (not into another name: "the Bank of
    // England and Reuters", "the Department of Defense and State Department").
    const fieldWord = (t: Token): boolean =>
      PORTFOLIOS.has(t.norm) ||
      isCommonWord(t.norm) ||
      !(isFirstName(t.norm) || isLastName(t.norm) || isKnownPlace(t.text) || isDemonym(t.text) || isAcronym(t));
    if (
      prev &&
      prev.end + 1 === c.start &&
      tokens[prev.end]!.norm === 'and' &&
      c.end - c.start <= 2 &&
      tokens
        .slice(prev.start, prev.end - 1)
        .some((t, i) => ORG_HEADS.has(t.norm) && /^(of|for)$/.test(tokens[prev.start + i + 1]!.norm)) &&
      fieldWord(tokens[prev.end - 1]!) &&
      tokens.slice(c.start, c.end).every(fieldWord) &&
      !ORG_HEADS.has(tokens[c.end - 1]!.norm)
    ) {
      prev.end = c.end;
      continue;
    }
    if (
      prev &&
      prev.end + 1 === c.start &&
      tokens[prev.end]!.norm === 'and' &&
      // "Strategic and Economic Dialogue": an event's name goes across "and" the same way.
      (ORG_HEADS.has(tokens[c.end - 1]!.norm) || NAMED_EVENT_HEADS.has(tokens[c.end - 1]!.norm)) &&
      // Two bodies ("Nomura Securities and Lloyds Bank") stay two; one ordinary word before "and"
      // is the first half of one name ("Securities and Exchange Commission").
      // A body already named on the left ("the Department of Defense and State Department") is one of two.
      !tokens.slice(prev.start, prev.end - 1).some((t) => ORG_HEADS.has(t.norm)) &&
      (!ORG_HEADS.has(tokens[prev.end - 1]!.norm) ||
        (prev.end - prev.start === 1 && isCommonWord(tokens[prev.start]!.norm) && c.end - c.start >= 2)) &&
      !isKnownPlace(tokenTexts(tokens, prev.start, prev.end)) &&
      // "the IMF and World Bank": a body already named on the left is one of two.
      !isGazetteerName(tokenTexts(tokens, prev.start, prev.end)) &&
      !(prev.end - prev.start === 1 && isAcronym(tokens[prev.start]!)) &&
      // "Palestinians and …" is two parties; "Securities and Exchange Commission" one name.
      !(
        tokens[prev.end - 1]!.norm.endsWith('s') &&
        prev.end - prev.start === 1 &&
        !isCommonWord(tokens[prev.end - 1]!.norm)
      ) &&
      // "Reagan and Administration officials": a person and a body, not one name.
      !isFirstName(tokens[prev.start]!.norm) &&
      !isLastName(tokens[prev.end - 1]!.norm) &&
      !ownNameAfterAnd(tokens, prev, c)
    ) {
      prev.end = c.end;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}
