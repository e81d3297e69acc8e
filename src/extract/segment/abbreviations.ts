/**
 * Abbreviations written with a full stop, shared by the sentence splitter and the tokeniser so
 * that both read "Sens. Lind and Orlo" alike: the stop stays on the word, and ends no sentence.
 */

/** Titles, months and the like: a full stop after them never ends a sentence ("Gen. Orlo said"). */
export const NEVER_FINAL: ReadonlySet<string> = new Set([
  // Titles of address and rank, and their plurals.
  ...['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'pres', 'rev', 'st', 'atty', 'supt'],
  ...['gen', 'gens', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col', 'capt', 'maj', 'adm', 'sgt', 'cpl', 'pvt'],
  // Months.
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  // Before a number or a name: "No. 2", "Mt. Kenya", "12 ft. high", "Lind vs. Orlo".
  ...['no', 'nos', 'mt', 'ft', 'vs'],
]);

/**
 * Every abbreviation that keeps its full stop as part of the word. Besides NEVER_FINAL, these may
 * close a sentence ("… of Veltrax Inc. The company said"): suffixes of names and companies, and
 * abbreviations of ordinary words.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NEVER_FINAL,
  ...['jr', 'sr', 'inc', 'corp', 'ltd', 'co'],
  ...['etc', 'approx', 'dept', 'univ', 'est', 'fig', 'sec', 'u.s'],
]);
