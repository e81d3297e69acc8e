/**
 * Within-article resolution of mentions into entities, in sieve order (most precise first):
 * exact normalised name (countries by their gazetteer entry), acronym in parentheses, acronym ↔
 * initials, surname or first name → an earlier full person name, then single unknown words by
 * context. Unresolved unknowns are dropped: precision over guessing.
 */
import type { EntityType } from '../../graph/schema.js';
import { countryOf, isDemonym, isKnownPlace } from '../lexicon/places.js';
import { COMMON_INITIALISMS, isCommonWord, isEnglishWord, isLastName, NAME_PARTICLES } from '../lexicon/words.js';
import { INSTITUTIONS, isChamberWord, isKnownOrganization } from '../lexicon/organizations.js';
import type { Mention } from '../recognise/mention.js';
import { canonicalName } from './keys.js';
import { isTitleWord } from '../lexicon/roles.js';
import { normaliseName } from './normalise.js';

export interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** Normalised name forms of the cluster, for matching. */
  forms: Set<string>;
  /** Surnames (last name word) of a person cluster. */
  surname?: string;
  firstName?: string;
  /** Set for surface forms seen only in the title or record (no span). */
  extraNames: string[];
  roles: string[];
  roleCountry?: string;
  gender?: 'male' | 'female';
}

/**
 * A cluster with every field set, in one order (the optional ones undefined until learnt): the
 * resolver and the rules read clusters in their hottest loops, and fields added later would give
 * clusters several hidden classes.
 */
export function newCluster(type: EntityType, mentions: Mention[], forms: Set<string>, extraNames: string[]): Cluster {
  return {
    type,
    mentions,
    forms,
    surname: undefined,
    firstName: undefined,
    extraNames,
    roles: [],
    roleCountry: undefined,
    gender: undefined,
  };
}

/**
 * A cluster kept only when a relation uses it: "the German government" is an Organization only
 * as a relation argument (ANNOTATION.md); otherwise the country stands for it.
 */
export function isProvisional(c: Cluster): boolean {
  return c.mentions.length > 0 && c.mentions.every((m) => m.cue === 'national-body');
}

function clusterKeyOf(m: Mention): string {
  if (m.type === 'Place') {
    const c = countryOf(m.text);
    if (c) return `Place|${c.name}`;
  }
  return `${m.type}|${normaliseName(m.text)}`;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Initials of the capitalised words of a long form ("United Nations" → "UN"). */
export function initialsOf(name: string): string {
  return words(name.replace(/['’]s\b/g, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) =>
      w
        .split('-')
        .map((p) => p[0] ?? '')
        .join(''),
    )
    .join('')
    .toUpperCase();
}

/**
 * Initials of a department's name turned head first, its place's dotted abbreviation whole:
 * "U.S. Agriculture Department" → "U.S. Department of Agriculture" → "USDA".
 */
function departmentInitials(name: string): string | undefined {
  const turned = headFirst(name);
  if (turned === undefined) return undefined;
  return words(turned)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0]))
    .join('');
}

/**
 * A body's name without the place before it ("u s senate" → "senate"); "the European Parliament",
 * "the Israeli Knesset": a people's adjective names the place too.
 */
function withoutPlace(f: string): string | undefined {
  const ws = f.split(' ');
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const place = ws.slice(0, n).join(' ');
    if (countryOf(place) || isKnownPlace(place) || (n === 1 && isDemonym(place))) return ws.slice(n).join(' ');
  }
  return undefined;
}

/**
 * "the Agriculture Department" named the other way round, "the Department of Agriculture" (with
 * its place first: "U.S. Department of Agriculture"), or undefined for a name not so built.
 */
function headFirst(name: string): string | undefined {
  const ws = words(name);
  const head = ws[ws.length - 1];
  if (!head || !/^(?:Department|Ministry)$/.test(head) || ws.length < 2) return undefined;
  let n = 0;
  for (let k = Math.min(3, ws.length - 2); k >= 1; k--) {
    const place = ws.slice(0, k).join(' ');
    if (countryOf(place) || isKnownPlace(place)) {
      n = k;
      break;
    }
  }
  const field = ws.slice(n, -1);
  if (!field.length || !field.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return [...ws.slice(0, n), head, 'of', ...field].join(' ');
}

function acronymLetters(s: string): string | undefined {
  const bare = s.replace(/[.\-&\s]/g, '');
  return /^[A-Z]{2,7}$/.test(bare) ? bare : undefined;
}

/**
 * Whether a word is two ordinary words of four letters or more written as one ("gameplay",
 * "windfarms"); shorter parts make surnames ("Acheson", "Goldman").
 */
function closedCompound(w: string): boolean {
  const stem = w.endsWith('s') && !isEnglishWord(w) ? w.slice(0, -1) : w;
  for (let k = 4; k <= stem.length - 4; k++)
    if (isEnglishWord(stem.slice(0, k)) && isEnglishWord(stem.slice(k))) return true;
  return false;
}

/** Whether a word stands capitalised after a lower-case word or a comma somewhere in the text. */
function capitalisedInside(text: string, word: string): boolean {
  return new RegExp(`[\\p{Ll},;] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);
}

export interface ResolveContext {
  text: string;
  /** Lower-case word after each mention (by index), used for "X said" person cues. */
  followingWord: (m: Mention) => string;
}

/**
 * A journey or a call of one's own ("Velt flew to Lund", "Velt travelled back from Kestan", "Velt
 * visited Lund", "Velt telephoned Orlo"): only a person goes or calls so (a country or a body flies
 * something: "Kestan flew aid to Lund"; it meets targets and rejects plans, so those say nothing).
 */
const JOURNEY_AFTER =
  /^\s+(?:(?:flew|travell?ed|journeyed)\s+(?:to|into|back|home|from)\b|(?:visited|telephoned|phoned)\b)/;

const SPEECH_AFTER = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'announced',
  'warned',
  'insisted',
  'urged',
  'argued',
  'explained',
  'wrote',
  'noted',
  'stressed',
  'continued',
  'replied',
  'asked',
  'believes',
  'believed',
  'thinks',
  'has',
  'had',
  'was',
  'is',
  'will',
  'would',
  'who',
]);

/** Whether a title's word stands right before a name ("Prime Minister May said"). */
function afterTitle(text: string, start: number): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return before !== undefined && isTitleWord(before.toLowerCase());
}

/** Words before a name that make it a place ("in Paris", "flew to Paris", "visited Paris"). */
const LOCATIVES = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'of',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'through',
  'via',
  'toward',
  'towards',
  'between',
  'within',
  'throughout',
  'visit',
  'visited',
  'visiting',
]);

/** The clusters made so far and their keys: what every sieve reads and extends. */
interface Resolution {
  ctx: ResolveContext;
  clusters: Cluster[];
  byKey: Map<string, Cluster>;
}

function addMention(c: Cluster, m: Mention): void {
  c.mentions.push(m);
  c.forms.add(normaliseName(m.text));
  for (const r of m.roles) c.roles = addRole(c.roles, r);
  if (m.roleCountry && !c.roleCountry) c.roleCountry = m.roleCountry;
  if (m.gender && !c.gender) c.gender = m.gender;
}

function openCluster(r: Resolution, m: Mention, type: EntityType): Cluster {
  const c = newCluster(type, [], new Set(), []);
  r.clusters.push(c);
  addMention(c, m);
  r.byKey.set(`${type}|${type === 'Place' && countryOf(m.text) ? countryOf(m.text)!.name : normaliseName(m.text)}`, c);
  return c;
}

/** Drops a cluster; its keys then name nothing. */
function dropCluster(r: Resolution, c: Cluster): void {
  r.clusters.splice(r.clusters.indexOf(c), 1);
  for (const [k, v] of r.byKey) if (v === c) r.byKey.delete(k);
}

/** Moves a cluster's mentions into `host`, which its keys then name. */
function mergeInto(r: Resolution, c: Cluster, host: Cluster): void {
  for (const m of c.mentions) addMention(host, m);
  r.clusters.splice(r.clusters.indexOf(c), 1);
  for (const [k, v] of r.byKey) if (v === c) r.byKey.set(k, host);
}

// One function per sieve: V8 re-optimises a small function cheaply when a rare branch is first
// taken, where one long function was recompiled whole, once per worker.
export function resolveMentions(mentions: Mention[], ctx: ResolveContext): Cluster[] {
  const r: Resolution = { ctx, clusters: [], byKey: new Map() };
  const deferred = exactNames(
    r,
    [...mentions].sort((a, b) => a.start - b.start),
  );
  const stillDeferred = parenthesisedShortNames(r, deferred);
  spelledOutAcronyms(r);
  initialisms(r, mentions);
  acronymPrefixes(r);
  headFirstNames(r);
  companyShortNames(r);
  cutShortNames(r);
  placeNamedBodies(r);
  yearlessEvents(r);
  singleWords(r, stillDeferred);
  // "HIV rates", "GNP rose", "ICBMs": an initialism that is a common noun names nothing, unless the
  // article made it a body's short name ("DNA Dorvan Inc … DNA said", "Council of … (CPI)").
  return r.clusters.filter((c) => !c.mentions.every((m) => COMMON_INITIALISMS.has(m.text.replace(/s$/, ''))));
}

/** Sieve 1: exact names of typed multi-word persons and of every non-person; returns the others, in order. */
function exactNames(r: Resolution, ordered: Mention[]): Mention[] {
  const { ctx, clusters, byKey } = r;
  const surnameHolder = (m: Mention): Cluster | undefined => {
    const before = /(\p{L}+)[^\p{L}]*$/u.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    if (before !== undefined && LOCATIVES.has(before.toLowerCase())) return undefined;
    const w = normaliseName(m.text);
    return clusters.find((c) => c.type === 'Person' && c.surname === w);
  };

  const deferred: Mention[] = [];

  for (const m of ordered) {
    if (m.type === 'Unknown' || (m.type === 'Person' && words(m.text).length === 1)) {
      deferred.push(m);
      continue;
    }
    // "Valeska Paris … Paris claims": a place's name that is the surname of a person named before
    // is that person, unless it stands where a place does ("flew to Paris").
    const namesake = m.type === 'Place' && words(m.text).length === 1 ? surnameHolder(m) : undefined;
    if (namesake) {
      addMention(namesake, m);
      continue;
    }
    const existing = byKey.get(clusterKeyOf(m));
    if (existing) addMention(existing, m);
    else {
      const c = openCluster(r, m, m.type);
      if (m.type === 'Person') {
        // "L.C. Duncan Jr.": the surname comes before a generational suffix.
        const w = words(m.text).filter(
          (x, i, all) => i === 0 || i < all.length - 1 || !/^(jr|sr|ii|iii|iv)\.?$/i.test(x),
        );
        c.surname = normaliseName(w[w.length - 1]!);
        c.firstName = normaliseName(w[0]!);
      }
    }
  }
  return deferred;
}

/** Sieve 2: acronym in parentheses right after a long form: "Korean Central News Agency (KCNA)". */
function parenthesisedShortNames(r: Resolution, deferred: Mention[]): Mention[] {
  const { ctx, clusters } = r;
  const stillDeferred: Mention[] = [];
  const attachAcronym = (m: Mention): boolean => {
    const before = ctx.text.slice(Math.max(0, m.start - 2), m.start);
    if (before !== ' (' && before !== '(') return false;
    if (ctx.text[m.end] !== ')') return false;
    const host = [...clusters].reverse().find((c) => c.mentions.some((x) => x.end <= m.start && m.start - x.end <= 3));
    // "HAVANA (AP)" is a dateline, not a definition: the host must spell the acronym or be an organisation.
    const letters = acronymLetters(m.text);
    if (
      !host ||
      !(
        host.type === 'Organization' ||
        host.mentions.some((x) => letters !== undefined && initialsOf(x.text) === letters)
      )
    )
      return false;
    addMention(host, m);
    return true;
  };
  for (const c of [...clusters]) {
    for (const m of [...c.mentions]) {
      if (c.mentions.length === 1 && acronymLetters(m.text) && attachAcronym(m)) {
        dropCluster(r, c);
      }
    }
  }
  // "the Federation of Dorvan Industries (Kestrelren)": a one-word name in parentheses right after a
  // body's name is that body's short name, acronym or not; later "Kestrelren said" is the body too.
  // Not when a company form follows: "Dorvo Trading (Pte) Ltd", "Kestrel Oil (Americas) Inc" are one name.
  const shortNameOfBody = (m: Mention): boolean =>
    words(m.text).length === 1 &&
    ctx.text[m.end] === ')' &&
    !CORPORATE_SUFFIX.test(/^\)\s*(\p{L}+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1]?.toLowerCase() ?? '') &&
    clusters.some(
      (c) => c.type === 'Organization' && c.mentions.some((x) => /^\s?\($/.test(ctx.text.slice(x.end, m.start))),
    );
  for (const m of deferred)
    if (!((acronymLetters(m.text) || shortNameOfBody(m)) && attachAcronym(m))) stillDeferred.push(m);
  return stillDeferred;
}

/**
 * "CEI (Italian Episcopal Conference)": a body's or gathering's name of several words in parentheses
 * right after an organisation's acronym spells the acronym out, in whatever language the acronym
 * was made, so its letters need not match.
 */
function spelledOutAcronyms(r: Resolution): void {
  const { ctx, clusters } = r;
  const acronymBefore = (m: Mention): Cluster | undefined =>
    ctx.text[m.end] === ')'
      ? clusters.find(
          (h) =>
            h.type === 'Organization' &&
            h.mentions.some((x) => acronymLetters(x.text) && /^\s?\($/.test(ctx.text.slice(x.end, m.start))),
        )
      : undefined;
  for (const c of [...clusters]) {
    if (c.type !== 'Organization' && c.type !== 'Event') continue;
    const host = c.mentions
      .filter((m) => words(m.text).length >= 2)
      .map(acronymBefore)
      .find((h) => h !== undefined && h !== c);
    if (!host) continue;
    mergeInto(r, c, host);
  }
}

/**
 * Sieve 3: acronym clusters ↔ long forms by initials ("UN" ↔ "United Nations"); one that spells a
 * programme's or a law's name ("EEP" after "the Export Enhancement Program") is no more an
 * entity than that name.
 */
function initialisms(r: Resolution, mentions: Mention[]): void {
  const { clusters } = r;
  const documents = new Set(
    mentions
      .filter((m) => m.cue === 'document')
      .map((m) => (words(m.text).length >= 2 ? initialsOf(m.text) : acronymLetters(m.text))),
  );
  for (const c of [...clusters]) {
    const acr = [...c.forms].length === 1 ? acronymLetters(c.mentions[0]!.text) : undefined;
    if (!acr || c.type === 'Person') continue;
    if (documents.has(acr)) {
      dropCluster(r, c);
      continue;
    }
    // The company form is no part of the acronym: "IBM" ↔ "International Business Machines Corp".
    const bareInitials = (t: string): string =>
      initialsOf(t.replace(/\s+(?:Inc|Corp|Co|Ltd|Plc|LLC|AG|SA|NV)\.?$/, ''));
    // A place's acronym spells only a place ("US" is no "University of Sheffield").
    const long = clusters.find(
      (o) =>
        o !== c &&
        o.type !== 'Person' &&
        (c.type !== 'Place' || o.type === 'Place') &&
        o.mentions.some(
          (x) =>
            words(x.text).length >= 2 &&
            (initialsOf(x.text) === acr || bareInitials(x.text) === acr || departmentInitials(x.text) === acr),
        ),
    );
    if (long) {
      mergeInto(r, c, long);
    }
  }
}

/**
 * Sieve 3a: a body named with an acronym for its first words is the body named with them in
 * full ("the U.N. Security Council" = "the United Nations Security Council").
 */
function acronymPrefixes(r: Resolution): void {
  const { clusters } = r;
  const expands = (short: string, long: string): boolean => {
    const [head, ...rest] = short.split(' ');
    const tail = rest.join(' ');
    if (!head || !rest.length || !long.endsWith(' ' + tail)) return false;
    const spelled = long.slice(0, long.length - tail.length - 1).split(' ');
    return spelled.length >= 2 && spelled.map((w) => w[0]).join('') === head;
  };
  for (const c of [...clusters]) {
    if (c.type !== 'Organization') continue;
    const host = clusters.find(
      (o) => o !== c && o.type === 'Organization' && [...c.forms].some((f) => [...o.forms].some((g) => expands(f, g))),
    );
    if (!host) continue;
    mergeInto(r, c, host);
  }
}

/** Sieve 3a': "the Agriculture Department" is "the Department of Agriculture" named the other way round. */
function headFirstNames(r: Resolution): void {
  const { clusters } = r;
  for (const c of [...clusters]) {
    if (c.type !== 'Organization') continue;
    const turned = new Set(
      c.mentions
        .map((m) => headFirst(m.text))
        .filter((f) => f !== undefined)
        .map(normaliseName),
    );
    // With its place or without: "the State Department" beside "the United States Department of State".
    const others = clusters.filter((o) => o !== c && o.type === 'Organization');
    const exact = others.filter((o) => [...o.forms].some((f) => turned.has(f)));
    const placed = others.filter((o) => [...o.forms].some((f) => turned.has(withoutPlace(f) ?? '')));
    const host = exact.length ? exact[0] : placed.length === 1 ? placed[0] : undefined;
    if (!host) continue;
    mergeInto(r, c, host);
  }
}

/**
 * Sieve 3b: a one-word organisation that shortens an earlier company's name ("KTX" after
 * "KTX Holdings Inc") is that company.
 */
function companyShortNames(r: Resolution): void {
  const { clusters } = r;
  for (const c of [...clusters]) {
    if (c.type !== 'Organization' || c.forms.size !== 1 || [...c.forms][0]!.includes(' ')) continue;
    const first = c.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const host = shortFormOf(clusters, first);
    if (!host || host === c) continue;
    mergeInto(r, c, host);
  }
}

/**
 * Sieve 3c: an organisation named by the tail of exactly one other's name ("the Security
 * Council" beside "the U.N. Security Council") is that one, cut short; so is a company's name
 * without its company-form word ("McDonnell Douglas" beside "McDonnell Douglas Corp"), however
 * person-like its words.
 */
function cutShortNames(r: Resolution): void {
  const { clusters } = r;
  const withoutForm = (f: string): string => {
    const ws = f.replace(OF_AMERICA, '').split(' ');
    while (ws.length > 1 && CORPORATE_SUFFIX.test(ws[ws.length - 1]!)) ws.pop();
    return ws.join(' ');
  };
  for (const c of [...clusters]) {
    if (c.type !== 'Organization' && c.type !== 'Person') continue;
    const forms = [...c.forms];
    if (!forms.every((f) => f.includes(' '))) continue;
    const shortens = (f: string): boolean =>
      forms.some((g) => (c.type === 'Organization' && f.endsWith(' ' + g)) || (f !== g && withoutForm(f) === g));
    const hosts = clusters.filter((o) => o !== c && o.type === 'Organization' && [...o.forms].some(shortens));
    if (hosts.length !== 1) continue;
    mergeInto(r, c, hosts[0]!);
  }
}

/**
 * Sieve 3d: a body named with its country, state or city before it ("the U.S. Congress", "the
 * Texas Legislature") is the body the same article names without it ("Congress", "the
 * Legislature"), when exactly one organisation has that name and one place-named body shortens to it.
 */
function placeNamedBodies(r: Resolution): void {
  const { clusters } = r;
  const placed = new Map<Cluster, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'Organization') continue;
    const bare = [...c.forms].map(withoutPlace);
    if (!bare.every((f) => f !== undefined)) continue;
    const hosts = clusters.filter((o) => o !== c && o.type === 'Organization' && bare.some((f) => o.forms.has(f!)));
    if (hosts.length === 1) placed.set(c, hosts[0]!);
  }
  for (const [c, host] of placed) {
    // "the U.S. Bank … the U.K. Bank … the Bank": with two places the bare name is neither for sure.
    if ([...placed.values()].filter((h) => h === host).length > 1) continue;
    mergeInto(r, c, host);
  }
}

/**
 * Sieve 3e: an event named again without its year ("the Middle East war" after "the 1967 Middle
 * East war") is that event, when exactly one event of the article bears the year.
 */
function yearlessEvents(r: Resolution): void {
  const { clusters } = r;
  const withoutYear = (f: string): string => f.replace(/^\d{4} /, '');
  for (const c of [...clusters]) {
    if (c.type !== 'Event' || [...c.forms].some((f) => /^\d{4} /.test(f))) continue;
    const hosts = clusters.filter(
      (o) =>
        o !== c && o.type === 'Event' && [...o.forms].some((f) => f !== withoutYear(f) && c.forms.has(withoutYear(f))),
    );
    if (hosts.length === 1) mergeInto(r, c, hosts[0]!);
  }
}

/** Sieve 4: single words → an earlier (or later) full person name; else typed by context. */
function singleWords(r: Resolution, stillDeferred: Mention[]): void {
  const { ctx, clusters, byKey } = r;
  const persons = (): Cluster[] => clusters.filter((c) => c.type === 'Person' && c.surname);
  for (const m of stillDeferred) {
    const w = normaliseName(m.text);
    // "Garcia" for "Luis Garcia Ortega": a name of three words or more may be cut to its middle.
    const bySurname = persons().filter((c) => {
      const full = normaliseName(c.mentions[0]!.text);
      return (
        c.surname === w ||
        full.endsWith(' ' + w) ||
        (full.split(' ').length >= 3 && full.includes(' ' + w + ' ') && !NAME_PARTICLES.has(w))
      );
    });
    const byFirst = persons().filter((c) => c.firstName === w);
    const pick = (cs: Cluster[]): Cluster | undefined =>
      cs.length === 0 ? undefined : cs.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    // "Norvale said" after "Norvale Corp", "Brandt said" after "Brandt Broadcasting Co": the short
    // form of the organisation named first, unless a person of that surname came before it.
    const org = shortFormOf(clusters, m);
    const firstOf = (c: Cluster | undefined): number =>
      c ? Math.min(...c.mentions.map((x) => x.start)) : Number.MAX_SAFE_INTEGER;
    const person = pick(bySurname) ?? (byFirst.length === 1 ? byFirst[0] : undefined);
    const target = org && firstOf(org) < firstOf(person) ? org : person;
    if (target) {
      addMention(target, m);
      continue;
    }
    const sameName = byKey.get(`Person|${w}`) ?? clusters.find((c) => c.type !== 'Person' && c.forms.has(w));
    if (sameName) {
      addMention(sameName, m);
      continue;
    }
    if (m.fallback) {
      const c = byKey.get(`${m.fallback}|${w}`);
      if (c) addMention(c, m);
      else openCluster(r, m, m.fallback);
      continue;
    }
    const next = ctx.followingWord(m);
    // "Consumers said": an ordinary plural noun opening a sentence is no one's name.
    const ordinary =
      w.endsWith('s') &&
      (isCommonWord(w) ||
        isCommonWord(w.slice(0, -1)) ||
        isCommonWord(w.replace(/ies$/, 'y')) ||
        /(?:ers|ors|ists|ants|ents|als)$/.test(w)) &&
      !isLastName(w);
    // "Volume was 186 mln shares", '"Approval would …': an ordinary word that opens a sentence or
    // a quotation and names nothing else in the article is no one's surname.
    // So is a closed compound of two ordinary words ("Gameplay was delayed", "Windfarms were built")
    // that the article never capitalises inside a sentence ("bought by Woolworth" names a body).
    const compound = closedCompound(w) && !capitalisedInside(ctx.text, m.text);
    const initialWord = m.initial === true && m.cue !== 'title' && (isEnglishWord(w) || compound) && !isLastName(w);
    // "the Marine was …": a surname takes no article.
    const withThe = m.type === 'Unknown' && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start));
    if (initialWord || withThe) continue;
    // "Dorvo said its profit rose", "Dorvo's review of its own accounts": what speaks of, or acts
    // on, its own is a body, not a person's surname.
    const after = ctx.text.slice(m.end, m.end + 60);
    if (
      m.cue !== 'title' &&
      (/^\s+(?:said|says|added|announced|reported)\s+(?:that\s+)?its\b/.test(after) ||
        /^['’]s\s+(?:[a-z]+\s+){1,2}of\s+its\s+own\b/.test(after))
    ) {
      openCluster(r, m, 'Organization');
      continue;
    }
    if (
      (m.type === 'Person' && !(ordinary && m.cue !== 'title')) ||
      (m.type === 'Unknown' &&
        words(m.text).length === 1 &&
        (SPEECH_AFTER.has(next) || JOURNEY_AFTER.test(after)) &&
        !ordinary &&
        m.cue !== 'plural-group' &&
        // "the Act would require", "Transport had been relieved", "since Solidarity was banned": a
        // document, or an ordinary word that is no known surname, is no lone surname by its verb.
        m.cue !== 'document' &&
        !(isEnglishWord(w) && !isLastName(w) && !afterTitle(ctx.text, m.start)))
    ) {
      const c = openCluster(r, m, 'Person');
      c.surname = w;
      if (m.nobility) c.extraNames.push(`${m.nobility} ${m.text}`);
    }
  }
}

/** Display name and aliases of a cluster: the fullest proper form, then every other surface. */
export function namesOf(c: Cluster): { name: string; aliases: string[] } {
  const surfaces: string[] = [];
  const seen = new Set<string>();
  for (const s of [...c.mentions.map((m) => m.text), ...c.extraNames]) {
    const n = normaliseName(s);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    surfaces.push(s);
  }
  const titleCase = (s: string): string =>
    s.length > 4 && s === s.toUpperCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s;
  let name: string;
  if (c.type === 'Place' && countryOf(surfaces[0] ?? '')) {
    const canon = canonicalName('Place', surfaces[0]!);
    name =
      surfaces.find((s) => normaliseName(s) === normaliseName(canon)) ??
      surfaces.reduce((a, b) => (b.length > a.length && !acronymLetters(b) ? b : a));
  } else if (c.type === 'Person') {
    name = surfaces.reduce((a, b) => (words(b).length > words(a).length ? b : a));
    if (words(name).length === 1 && c.extraNames.length) name = c.extraNames[0]!;
  } else {
    name = surfaces.reduce((a, b) =>
      acronymLetters(a) && !acronymLetters(b) ? b : !acronymLetters(b) && b.length > a.length ? b : a,
    );
  }
  name = titleCase(name);
  const aliases = surfaces.filter((s) => normaliseName(s) !== normaliseName(name));
  return { name, aliases };
}

/**
 * A person's roles, whole titles without repeats: "President" and "president" are one role, and
 * "Minister" adds nothing to "Prime Minister" (a longer title replaces the shorter one it ends in).
 */
export function addRole(roles: string[], role: string): string[] {
  const key = role.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key) return roles;
  const endsIn = (long: string, short: string): boolean => long === short || long.endsWith(' ' + short);
  if (roles.some((r) => endsIn(r.toLowerCase(), key))) return roles;
  return [...roles.filter((r) => !endsIn(key, r.toLowerCase())), role];
}

/** Company-form words that end an organisation's full name ("Norvale Corp", "Union Enterprises Ltd"). */
const CORPORATE_SUFFIX =
  /^(inc|corp|corporation|co|company|ltd|limited|pte|plc|llc|ag|sa|nv|bv|gmbh|spa|ab|oy|oyj|bhd|pty|kgaa|srl|group|holdings|industries|enterprises|associates|bancorp|partners|fund|foods|software|systems)$/;

/** A company's "of America" after its legal form ("Dorvo Corp of America"), in a name as written or normalised. */
const OF_AMERICA = /\s+of\s+(?:(?:north|south|central|latin)\s+)?america$/i;

/**
 * The organisation a one-word mention shortens: an earlier multi-word Organization whose name
 * starts with the word and ends in a company-form word, or is that word and "Department".
 */
function shortFormOf(clusters: Cluster[], m: Mention): Cluster | undefined {
  const w = normaliseName(m.text);
  if (!w || w.includes(' ')) return undefined;
  return companyShortForm(clusters, m, w) ?? headShortForm(clusters, m, w);
}

/**
 * "the Times" after "The New York Times", "the Agency" after "the Economic Planning Agency", "the
 * Church" after "the Church of Scientology": a one-word organisation that is the head of exactly
 * one earlier organisation's name (its last word, or its first before "of") is that one.
 */
function headShortForm(clusters: Cluster[], m: Mention, w: string): Cluster | undefined {
  // "Congress" beside "the American Pork Congress" is the Congress a gazetteer knows; "the House"
  // shortens "the House of Representatives", named before or after it, never "the White House";
  // "the Commons" and "the Lords" shorten "the House of Commons", "the House of Lords".
  const british = /^(?:commons|lords)$/.test(w);
  const chamber = isChamberWord(m.text) && !british;
  if (isKnownOrganization(w, m.text) || (INSTITUTIONS.has(w) && !chamber && !british)) return undefined;
  const hosts = clusters.filter(
    (c) =>
      c.type === 'Organization' &&
      c.mentions.some((x) => {
        if (x.start >= m.start && !chamber && !british) return false;
        const ws = normaliseName(x.text).split(' ').filter(Boolean);
        return ws.length >= 2 && ((ws[ws.length - 1] === w && !chamber) || (ws[0] === w && ws[1] === 'of'));
      }),
  );
  return hosts.length === 1 ? hosts[0] : undefined;
}

function companyShortForm(clusters: Cluster[], m: Mention, w: string): Cluster | undefined {
  return clusters.find(
    (c) =>
      c.type === 'Organization' &&
      c.mentions.some((x) => {
        if (x.start >= m.start) return false;
        // "Electronic Mail Corp of America": the legal form before the name's "of America".
        const ws = x.text
          .replace(OF_AMERICA, '')
          .split(/[\s-]+/)
          .map(normaliseName)
          .filter(Boolean);
        // "the Treasury" after "the Treasury Department": a department named by its portfolio alone.
        const last = ws[ws.length - 1]!;
        return (
          ws[0] === w && ((ws.length >= 2 && CORPORATE_SUFFIX.test(last)) || (ws.length === 2 && last === 'department'))
        );
      }),
  );
}
