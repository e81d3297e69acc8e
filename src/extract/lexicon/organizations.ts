/**
 * Organisation knowledge: head words that make a capitalised chunk an Organization
 * ("Foreign Ministry", "Labour Party", "Iraqi News Agency"), news outlets, and institutions
 * that are named by a bare noun ("the Kremlin", "the Pentagon", "the White House").
 */
import { organizationWords } from './words.js';

export const ORG_HEADS = new Set([
  'ministry', 'department', 'party', 'parties', 'council', 'agency', 'commission', 'organization', 'organisation',
  'union', 'bank', 'fund', 'news', 'times', 'post', 'press', 'corp', 'corporation', 'inc', 'ltd', 'limited', 'plc', 'llc',
  'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'bancorp', 'enterprises', 'associates', 'partners', 'community',
  'group', 'administration', 'committee', 'court', 'army', 'navy', 'force', 'forces', 'police', 'embassy', 'office',
  'parliament', 'congress', 'senate', 'assembly', 'foundation', 'institute', 'institution', 'university', 'college',
  'association', 'federation', 'authority', 'service', 'services', 'guard', 'chambers', 'network', 'broadcasting',
  'television', 'radio', 'bureau', 'cabinet', 'government', 'secretariat', 'alliance', 'league', 'movement', 'front',
  'coalition', 'church', 'tribunal', 'board', 'reserve', 'exchange', 'airlines', 'airways', 'company', 'co',
  'holdings', 'industries', 'motors', 'systems', 'technologies', 'club', 'brigade', 'brigades', 'corps', 'command',
  'chamber', 'legislature', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'independent', 'daily', 'mail',
  'express', 'observer', 'economist', 'monitor', 'magazine', 'review', 'inquiry', 'commons', 'lords',
  'representatives', 'nations', 'democrats', 'republicans', 'conservatives', 'taliban', 'hamas', 'hezbollah',
  'council', 'directorate', 'unit', 'centre', 'center', 'program', 'programme', 'team', 'squad', 'militia', 'rebels',
  'conference', 'tank', 'intelligence', 'ministries', 'departments', 'cooperative', 'trust', 'partners', 'securities',
  'capital', 'investments', 'petroleum', 'oil', 'energy', 'electric', 'steel', 'mining', 'chemical', 'chemicals',
  'pharmaceuticals', 'labs', 'laboratories', 'school', 'academy', 'pact', 'bloc',
]);

/** Institutions news names with a bare capitalised noun, and their usual seat or country. */
export const INSTITUTIONS = new Map<string, string>([
  ['kremlin', 'Russia'], ['pentagon', 'United States'], ['white house', 'United States'], ['state department', 'United States'],
  ['downing street', 'United Kingdom'], ['number 10', 'United Kingdom'], ['no 10', 'United Kingdom'], ['whitehall', 'United Kingdom'],
  ['elysee', 'France'], ['élysée', 'France'], ['quai d’orsay', 'France'], ['knesset', 'Israel'], ['bundestag', 'Germany'],
  ['duma', 'Russia'], ['state duma', 'Russia'], ['congress', 'United States'], ['senate', ''], ['parliament', ''],
  ['vatican', ''], ['politburo', ''], ['supreme court', ''], ['security council', ''], ['european commission', ''],
  ['european union', ''], ['european parliament', ''], ['un security council', ''], ['u.n. security council', ''],
]);

/** News outlets and agencies, general knowledge (lower case). */
export const NEWS_OUTLETS = new Set([
  'reuters', 'reuter', 'ap', 'associated press', 'afp', 'agence france-presse', 'agence france presse', 'bbc', 'bbc news', 'cnn', 'nbc',
  'nbc news', 'cbs', 'cbs news', 'abc', 'abc news', 'pbs', 'npr', 'fox news', 'msnbc', 'politico', 'axios', 'bloomberg',
  'xinhua', 'tass', 'itar-tass', 'interfax', 'ria novosti', 'ria', 'sputnik', 'rt', 'yonhap', 'kcna', 'korean central news agency',
  'al jazeera', 'al arabiya', 'kyodo', 'nhk', 'dpa', 'ansa', 'efe', 'anadolu', 'irna', 'fars', 'tasnim', 'wafa', 'mena',
  'new york times', 'washington post', 'wall street journal', 'guardian', 'financial times', 'daily mail', 'times',
  'le monde', 'der spiegel', 'spiegel', 'haaretz', 'times of israel', 'jerusalem post', 'usa today', 'los angeles times',
  'the economist', 'economist', 'time', 'newsweek', 'kyiv independent', 'kyiv post', 'ukrinform', 'meduza', 'novaya gazeta',
  'kommersant', 'izvestia', 'pravda', 'people’s daily', "people's daily", 'global times', 'china daily', 'south china morning post',
  'asahi', 'yomiuri', 'straits times', 'hindustan times', 'times of india', 'dawn', 'the hindu', 'telegraph', 'daily telegraph',
  'independent', 'observer', 'sky news', 'itv', 'channel 4', 'cbc', 'abc australia', 'sydney morning herald', 'el pais',
  'el país', 'corriere della sera', 'la repubblica', 'frankfurter allgemeine', 'die welt', 'süddeutsche zeitung',
  'deutsche welle', 'dw', 'euronews', 'france 24', 'voice of america', 'voa', 'radio free europe', 'rfe/rl', 'iraqi news agency',
  'ina', 'saudi press agency', 'spa', 'wam', 'petra', 'sana', 'qna', 'kuna', 'bernama', 'antara', 'pti', 'press trust of india',
  'times internet', 'business day', 'new york post', 'boston globe', 'chicago tribune', 'daily beast', 'huffpost',
  'huffington post', 'buzzfeed news', 'vice news', 'the hill', 'wikinews',
]);

export function isNewsOutlet(lower: string): boolean {
  return NEWS_OUTLETS.has(lower.replace(/^the\s+/, ''));
}

/** Organisations compromise knows by name (NATO, UN, the FBI…); single words only when acronyms. */
export function isKnownOrganization(lower: string, surface: string): boolean {
  const key = lower.replace(/^the\s+/, '');
  if (!organizationWords().has(key)) return false;
  return key.includes(' ') || /^[A-Z0-9&]{2,}$/.test(surface.replace(/\./g, ''));
}
