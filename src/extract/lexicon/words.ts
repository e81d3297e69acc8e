/**
 * Word knowledge read once from compromise's lexicon (MIT): which lower-case words are ordinary
 * English (so a capitalised sentence-initial "Even" is no name), first and last names, cities,
 * countries, regions, organisations and demonyms.
 */
import nlp from 'compromise';
import { loadSyntaxModel } from '../../nlp/index.js';

type Lexicon = Record<string, string | string[]>;

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'City',
  'Country',
  'Place',
  'Region',
  'ProperNoun',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Honorific',
]);

interface WordTables {
  common: Set<string>;
  firstNames: Set<string>;
  maleNames: Set<string>;
  femaleNames: Set<string>;
  lastNames: Set<string>;
  cities: Set<string>;
  countries: Set<string>;
  regions: Set<string>;
  organizations: Set<string>;
  demonyms: Set<string>;
  adjectives: Set<string>;
}

let tables: WordTables | undefined;

function build(): WordTables {
  const lex = (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  const t: WordTables = {
    common: new Set(),
    firstNames: new Set(),
    maleNames: new Set(),
    femaleNames: new Set(),
    lastNames: new Set(),
    cities: new Set(),
    countries: new Set(),
    regions: new Set(),
    organizations: new Set(),
    demonyms: new Set(),
    adjectives: new Set(),
  };
  for (const [word, raw] of Object.entries(lex)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('MaleName')) t.maleNames.add(word);
    if (tags.includes('FemaleName')) t.femaleNames.add(word);
    if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) t.firstNames.add(word);
    if (tags.includes('LastName')) t.lastNames.add(word);
    if (tags.includes('City')) t.cities.add(word);
    if (tags.includes('Country')) t.countries.add(word);
    if (tags.includes('Region')) t.regions.add(word);
    if (tags.includes('Organization')) t.organizations.add(word);
    if (tags.includes('Demonym')) t.demonyms.add(word);
    if (tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative'))
      t.adjectives.add(word);
    if (!word.includes(' ') && !tags.some((tag) => NAME_TAGS.has(tag))) t.common.add(word);
  }
  for (const w of FUNCTION_WORDS) t.common.add(w);
  return t;
}

function get(): WordTables {
  return (tables ??= build());
}

/** Closed-class words a capitalised sentence start may carry; never names on their own. */
const FUNCTION_WORDS = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'and',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'for',
  'if',
  'when',
  'while',
  'as',
  'at',
  'by',
  'in',
  'on',
  'of',
  'to',
  'from',
  'with',
  'without',
  'after',
  'before',
  'since',
  'until',
  'during',
  'despite',
  'although',
  'though',
  'because',
  'unless',
  'whether',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'there',
  'here',
  'then',
  'now',
  'also',
  'still',
  'even',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'instead',
  'both',
  'neither',
  'either',
  'all',
  'some',
  'many',
  'most',
  'several',
  'few',
  'other',
  'another',
  'such',
  'no',
  'not',
  'only',
  'among',
  'amid',
  'under',
  'over',
  'about',
  'according',
  'back',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'why',
  'how',
  'asked',
  'speaking',
  'talking',
  'last',
  'next',
  'first',
  'previously',
  'separately',
  'elsewhere',
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  'thursday',
  'monday',
  'tuesday',
  'wednesday',
  'friday',
  'saturday',
  'sunday',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'our',
  'we',
  'us',
];

const FUNCTION_WORD_SET = new Set(FUNCTION_WORDS);

/** Closed-class words (determiners, pronouns, prepositions, conjunctions, sentence adverbs). */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORD_SET.has(lower);
}

/** Abstract-noun endings: "Suggestion", "Agreement", "Security" are words, not names. */
const COMMON_SUFFIX = /.{3,}(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?|isms?|ships?)$/;

export function isCommonWord(lower: string): boolean {
  return get().common.has(lower) || COMMON_SUFFIX.test(lower);
}
let treebank: Set<string> | undefined;

/**
 * Lower-case words the syntax model's treebank (UD English EWT and GUM) has as common nouns,
 * verbs, adjectives or adverbs ("volume", "approval", "sorghum"), without any it also has as a
 * lower-case proper noun ("google", "bush"): a far larger vocabulary than compromise's lexicon,
 * which lists few regular nouns.
 */
function treebankWords(): Set<string> {
  if (treebank) return treebank;
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const key of loadSyntaxModel().lemmas.known.keys()) {
    const tab = key.indexOf('\t');
    const form = key.slice(0, tab);
    if (!/^[a-z]+$/.test(form)) continue;
    const xpos = key.slice(tab + 1);
    if (xpos === 'NNP' || xpos === 'NNPS') proper.add(form);
    else if (/^(?:NNS?|VB[DGNPZ]?|JJ[RS]?|RB)$/.test(xpos)) common.add(form);
  }
  for (const w of proper) common.delete(w);
  return (treebank = common);
}

/**
 * An ordinary English word in the wider sense: `isCommonWord` or a word of the treebank's
 * vocabulary. Used where a capital says nothing (a sentence's first word), never to split names.
 */
export function isEnglishWord(lower: string): boolean {
  return isCommonWord(lower) || treebankWords().has(lower);
}
export function isAdjective(lower: string): boolean {
  return (
    get().adjectives.has(lower) ||
    /^[a-z]+-[a-z]+$/.test(lower) ||
    /(ous|ive|ful|less|able|ible|al|ic|ish)$/.test(lower)
  );
}
export function isFirstName(lower: string): boolean {
  return get().firstNames.has(lower);
}
/**
 * Given names that are also ordinary English words, faith or nationality words ("Christian Velt",
 * "Rose Marten", "Frank Holm"): the word lists file them as common words, so they count as a given
 * name only before a surname-shaped word (see `wordGivenNameAt` in recognise/chunks.ts).
 */
export const WORD_GIVEN_NAMES = new Set([
  'christian',
  'rose',
  'frank',
  'bill',
  'will',
  'hope',
  'earl',
  'dean',
  'guy',
  'joy',
  'faith',
  'ray',
  'cliff',
  'gene',
  'herb',
  'dawn',
  'holly',
  'ruby',
  'pearl',
  'hazel',
  'olive',
  'violet',
  'sandy',
]);
export function genderOfFirstName(lower: string): 'male' | 'female' | undefined {
  const t = get();
  const m = t.maleNames.has(lower);
  const f = t.femaleNames.has(lower);
  return m && !f ? 'male' : f && !m ? 'female' : undefined;
}
export function isLastName(lower: string): boolean {
  return get().lastNames.has(lower);
}
export function cityWords(): Set<string> {
  return get().cities;
}
export function countryWords(): Set<string> {
  return get().countries;
}
export function regionWords(): Set<string> {
  return get().regions;
}
export function organizationWords(): Set<string> {
  return get().organizations;
}
export function demonymWords(): Set<string> {
  return get().demonyms;
}

/** Lower-case particles inside names ("bin Laden", "de Mel", "Dar es Salaam"). */
export const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'es',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'y',
  'dos',
  'das',
  'ben',
  'ter',
]);

/**
 * A particle then an article, both lower case inside a name: a closed class of Spanish, Dutch,
 * German and French name forms ("Jorge de la Vega", "Hans van der Berg", "Ursula von der Leyen").
 */
export const NAME_ARTICLE_PAIRS = new Set([
  'de la',
  'de las',
  'de los',
  'de le',
  'van der',
  'van den',
  'van de',
  'von der',
  'von dem',
]);

/**
 * Languages whose names are no country's demonym ("in English", "spoke Arabic"): a language is no
 * place, person or body. (French, German, Spanish … are demonyms and read as such.)
 */
export const LANGUAGE_NAMES = new Set([
  'english',
  'arabic',
  'mandarin',
  'cantonese',
  'hindi',
  'urdu',
  'swahili',
  'latin',
  'hebrew',
  'farsi',
  'persian',
  'bengali',
  'tamil',
  'punjabi',
  'esperanto',
]);

/**
 * Followers of a faith ("Muslims", "a Christian", "Shiite clerics"): like a demonym, the word
 * names a group of people, no person, place or body.
 */
export const ADHERENTS = new Set([
  'muslim',
  'muslims',
  // The older spelling, common in news before the 1990s.
  'moslem',
  'moslems',
  'christian',
  'christians',
  'jew',
  'jews',
  'hindu',
  'hindus',
  'buddhist',
  'buddhists',
  'sikh',
  'sikhs',
  'catholic',
  'catholics',
  'protestant',
  'protestants',
  'shiite',
  'shiites',
  'sunni',
  'sunnis',
  'mormon',
  'mormons',
  'evangelicals',
]);

/**
 * Initialisms that are common nouns in any English dictionary — substances, diseases, measures,
 * devices, weapons, posts and deals ("HIV rates", "DNA tests", "GNP rose", "its IPO") — which name
 * no person, body or place, however they are capitalised.
 */
export const COMMON_INITIALISMS = new Set([
  'DNA',
  'RNA',
  'HIV',
  'AIDS',
  'SARS',
  'MERS',
  'COVID',
  'GDP',
  'GNP',
  'CPI',
  'VAT',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'VIP',
  'IPO',
  'LNG',
  'LPG',
  'GPS',
  'HTML',
  'PDF',
  'URL',
  'USB',
  'LED',
  'LCD',
  'DVD',
  'CPU',
  'GPU',
  'SMS',
  'ATM',
  'SUV',
  'MRI',
  'IVF',
  'ADHD',
  'PTSD',
  'IQ',
  'AI',
  'GMO',
  'ICBM',
  'UAV',
  'IED',
  'WMD',
]);

/**
 * Scriptures, named by one word: works, which ANNOTATION.md counts as no entities ("the Bible and
 * the Koran teach", "quoted the Gospels"); a body named for one is still a body ("Bible Institute").
 */
export const SCRIPTURES = new Set([
  'bible',
  'bibles',
  'koran',
  'quran',
  "qur'an",
  'torah',
  'talmud',
  'gospel',
  'gospels',
  'vedas',
  'upanishads',
  'tripitaka',
]);

/**
 * Prepositions that name the other side of an act ("talks with X", "pressure from X", "a letter to
 * X", "pressed by X"): a party so named is not the one a later description ("the government") means.
 */
export const COUNTERPART_CASES = new Set(['with', 'from', 'against', 'to', 'by', 'toward', 'towards']);
