/**
 * Place gazetteer: countries from the world-countries data package (ODbL 1.0; names, common
 * alternative spellings and demonyms), a short list of historical states and regions, and
 * cities from compromise's lexicon plus every capital. Built once per process.
 */
import { createRequire } from 'node:module';
import { cityWords, countryWords, demonymWords, regionWords } from './words.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
  unMember?: boolean;
}

export interface CountryEntry {
  /** Canonical name used for keys: world-countries' common name. */
  name: string;
  code: string;
  capitals: string[];
}

const require = createRequire(import.meta.url);
const WORLD = require('world-countries/countries.json') as WorldCountry[];

/** Names in the Latin script, accents included ("Türkiye", "Côte d'Ivoire"); other scripts are no English name. */
const LATIN = /^\p{Script=Latin}[\p{Script=Latin} .,'’()-]*$/u;
/** Two-letter codes that news text uses as names; other codes collide with words (IN, IT, AT…). */
const CODES_USED_AS_NAMES = new Set(['US', 'UK']);

/** Extra names news text uses, general knowledge rather than article-specific. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'the States'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  KP: ['N. Korea'],
  KR: ['S. Korea'],
  CN: ['PRC', 'Mainland China'],
  NL: ['Holland', 'the Netherlands'],
  AE: ['UAE', 'U.A.E.'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  // The data's common name is Türkiye; English news mostly writes Turkey.
  TR: ['Turkey', 'Turkiye'],
};

/** Former states and blocs, named as in news (not in the ISO list). */
const HISTORICAL: Record<string, string[]> = {
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  Yugoslavia: [],
  Czechoslovakia: [],
  'East Germany': [],
  'West Germany': [],
  'Netherlands Antilles': [],
  'Serbia and Montenegro': [],
  'North Yemen': [],
  'South Yemen': [],
  Zaire: [],
  Rhodesia: [],
  Ceylon: [],
  Kampuchea: [],
  'Upper Volta': [],
  Dahomey: [],
};

/** Endings of country and region names ("Dorvia", "Veltrania", "Kestrelland", "Zorvakistan"). */
export const POLITY_SHAPE = /(?:[^aeiou]ia|land|stan|istan|onia|ania|enia|ea)$/i;

/**
 * The abbreviations of the American states in news style (the AP's), written after a town and a
 * comma ("Fairbury, Ill.", "Ostrel, N.Y."), and the capital's district ("D.C."). A closed list.
 */
export const US_STATE_ABBREVIATIONS = new Set([
  'Ala.',
  'Ariz.',
  'Ark.',
  'Calif.',
  'Colo.',
  'Conn.',
  'Del.',
  'D.C.',
  'Fla.',
  'Ga.',
  'Ill.',
  'Ind.',
  'Kan.',
  'Kans.',
  'Ky.',
  'La.',
  'Md.',
  'Mass.',
  'Mich.',
  'Minn.',
  'Miss.',
  'Mo.',
  'Mont.',
  'Neb.',
  'Nebr.',
  'Nev.',
  'N.H.',
  'N.J.',
  'N.M.',
  'N.Y.',
  'N.C.',
  'N.D.',
  'Okla.',
  'Ore.',
  'Pa.',
  'R.I.',
  'S.C.',
  'S.D.',
  'Tenn.',
  'Tex.',
  'Vt.',
  'Va.',
  'Wash.',
  'W.Va.',
  'Wis.',
  'Wyo.',
]);

export const REGIONS = [
  'Europe',
  'Asia',
  'Africa',
  'Oceania',
  'Antarctica',
  'Arctic',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Southern Europe',
  'Northern Europe',
  'Central Asia',
  'East Asia',
  'South Asia',
  'Southeast Asia',
  'South East Asia',
  'South-East Asia',
  'Arab World',
  'Middle East',
  // Headline and wire short form of "the Middle East" ("a Mideast trip", "Mideast peace").
  'Mideast',
  'Near East',
  'Far East',
  'North Africa',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'Sub-Saharan Africa',
  'Horn of Africa',
  'Sahel',
  'Balkans',
  'Caucasus',
  'Baltics',
  'Scandinavia',
  'Caribbean',
  'Mediterranean',
  'Eastern Mediterranean',
  'Persian Gulf',
  'Gulf',
  'Pacific',
  'Atlantic',
  'Indian Ocean',
  'Black Sea',
  'Baltic Sea',
  'South China Sea',
  'Red Sea',
  'Arabian Peninsula',
  'Korean Peninsula',
  'Taiwan Strait',
  'Strait of Hormuz',
  'West Bank',
  'Gaza Strip',
  'Gaza',
  'Crimea',
  'Donbas',
  'Kashmir',
  'Tibet',
  'Xinjiang',
  'Siberia',
  'Kurdistan',
  'West',
  'Western Hemisphere',
  'Asia-Pacific',
  'Indo-Pacific',
];

const countriesByAlias = new Map<string, CountryEntry>();
const demonymToCountry = new Map<string, CountryEntry>();
const capitalToCountry = new Map<string, CountryEntry>();

function aliasKey(s: string): string {
  return s
    .replace(/[.’']/g, '')
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .trim();
}

function addCountry(entry: CountryEntry, names: string[]): void {
  for (const n of names) {
    if (!n || !LATIN.test(n) || n.includes(',')) continue;
    if (/^[A-Z]{2}$/.test(n) && !CODES_USED_AS_NAMES.has(n)) continue;
    const k = aliasKey(n);
    if (!countriesByAlias.has(k)) countriesByAlias.set(k, entry);
  }
}

// A demonym or capital shared by a state and a dependency ("French": France and the French
// Southern Lands; "American": the United States and the Northern Mariana Islands) means the state.
const sovereign = new Set<CountryEntry>();
const claim = (map: Map<string, CountryEntry>, key: string, entry: CountryEntry): void => {
  const held = map.get(key);
  if (!held || (!sovereign.has(held) && sovereign.has(entry))) map.set(key, entry);
};
for (const c of WORLD) {
  const entry: CountryEntry = { name: c.name.common, code: c.cca2, capitals: c.capital };
  if (c.unMember) sovereign.add(entry);
  addCountry(entry, [c.name.common, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []), c.name.official, ...c.altSpellings]);
  const dem = c.demonyms?.eng;
  if (dem) for (const d of [dem.m, dem.f]) if (d) claim(demonymToCountry, d.toLowerCase(), entry);
  for (const cap of c.capital) claim(capitalToCountry, cap.toLowerCase(), entry);
}
/** Seats of government of former states that are no capital today ("Bonn said" in 1987). */
const HISTORICAL_CAPITALS: Record<string, string[]> = { 'West Germany': ['Bonn'], 'East Germany': ['East Berlin'] };
for (const [name, aliases] of Object.entries(HISTORICAL)) {
  const entry = { name, code: '', capitals: HISTORICAL_CAPITALS[name] ?? [] };
  addCountry(entry, [name, ...aliases]);
  for (const cap of entry.capitals) claim(capitalToCountry, cap.toLowerCase(), entry);
}

/** Washington D.C. is "Washington" in news. */
capitalToCountry.set('washington', countriesByAlias.get('united states')!);

const regionKeys = new Set([...REGIONS.map((r) => aliasKey(r)), ...regionWords()]);
const cityKeys = new Set([...cityWords(), ...capitalToCountry.keys()]);

/** The country a name or alias denotes ("U.S.", "US", "the United States" → United States). */
export function countryOf(name: string): CountryEntry | undefined {
  return countriesByAlias.get(aliasKey(name));
}

/** The country of a demonym or nationality adjective ("Russian" → Russia). */
export function countryOfDemonym(word: string): CountryEntry | undefined {
  const w = word.toLowerCase();
  return demonymToCountry.get(w) ?? (w.endsWith('s') ? demonymToCountry.get(w.slice(0, -1)) : undefined);
}

export function isDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return countryOfDemonym(w) !== undefined || demonymWords().has(w) || demonymWords().has(w.replace(/s$/, ''));
}

/**
 * A capitalised word of the shape English gives a people's adjective ("Dorvian", "Tarnese",
 * "Ostrish", "Kestani"): -ian, -ean, -ese, -ish, and of the -i adjectives only -ani and -eli (company
 * names end in -i too: "Suzuki", "Hitachi"). Only a shape: callers use it where the position already
 * says adjective (before a title), for words no gazetteer knows.
 */
export function hasDemonymShape(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish|ani|eli)$/u.test(word);
}

export function isRegion(name: string): boolean {
  return regionKeys.has(aliasKey(name));
}

export function isCity(name: string): boolean {
  return cityKeys.has(aliasKey(name));
}

/** The country whose capital this is, for capital-for-government metonymy. */
export function countryOfCapital(name: string): CountryEntry | undefined {
  return capitalToCountry.get(aliasKey(name));
}

export function isKnownPlace(name: string): boolean {
  // One key for the four tables (countryOf, isRegion, isCity and the lexicon's countries).
  const key = aliasKey(name);
  return countriesByAlias.has(key) || regionKeys.has(key) || cityKeys.has(key) || countryWords().has(key);
}
