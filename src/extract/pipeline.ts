/**
 * extractArticle: read → clean → segment → recognise → resolve → relate, pure and
 * deterministic. The output's offsets all point into `text`, the cleaned article.
 */
import type { ArticleExtraction, ArticleInput, ExtractedEntity, ExtractedRelation } from './types.js';
import { cleanText } from './clean/clean.js';
import { splitSentences } from './segment/sentences.js';
import { tokenize } from './segment/tokens.js';
import { undoInitialismCapitals } from './segment/casing.js';
import { recogniseNames } from './recognise/names.js';
import { monthAsName } from './recognise/chunks.js';
import { titleBody } from './recognise/titles.js';
import {
  compoundMentions,
  gatheringVenues,
  governmentLeaders,
  nationalBodies,
  pairedWars,
  portfolioBodies,
  legislatureBodies,
} from './recognise/compounds.js';
import { countryOf, isDemonym } from './lexicon/places.js';
import type { Mention, MentionType } from './recognise/mention.js';
import { isProvisional, newCluster, resolveMentions, namesOf, type Cluster } from './resolve/resolve.js';
import { entityKey } from './resolve/keys.js';
import { normaliseName, surnameOf } from './resolve/normalise.js';
import { paragraphQuoteMasks, type EntityInfo, type SentenceView } from './relate/view.js';
import type { EventPhrase, RawRelation } from './relate/context.js';
import { relateSentences } from './relate/relate.js';
import { parseSentence, type ParsedSentence, type WordSpan } from '../nlp/index.js';
import { knownNameTokens } from './recognise/known.js';
import { contextOf, shareCoordinatedPlaces, surnamesNamingBodies, typeOfActor } from './recognise/context.js';
import { retypeWeakNames } from './recognise/typer.js';
import { seatsAsBuildings } from './recognise/buildings.js';
import type { Token } from './segment/tokens.js';
import { udWords } from './segment/words.js';
import { DOCUMENT_NOUNS, mayPropose, mayTrigger, takesUpProposal } from './lexicon/predicates.js';
import {
  ATTENDABLE_HEADS,
  BARGAINING_HEADS,
  BODY_SITTING_HEADS,
  GATHERING_HEADS,
  SERVICE_KINDS,
  SITTING_HEADS,
} from './lexicon/events.js';
import { dateOfExpression, datelineDate } from './relate/dates.js';
import { supportingRelations, type SupportRelation } from './relate/support.js';
import { isNewsOutlet } from './lexicon/organizations.js';
import { normaliseDate } from './read/formats.js';
import { isCommonWord, NAME_PARTICLES } from './lexicon/words.js';
import { ExtractionTimeout } from './errors.js';

export interface ExtractOptions {
  /** Parse every sentence, not only those that can carry a relation (coreference for every pronoun; slower). */
  parseAll?: boolean;
  /** Publication date to use when the article has none (YYYY-MM-DD, YYYY-MM or YYYY). */
  date?: string;
  /** Wall-clock limit for one article, ms (default ARTICLE_TIME_BUDGET_MS): ExtractionTimeout beyond. */
  timeBudgetMs?: number;
}

/**
 * A backstop, checked between sentences and stages: capped sentences keep extraction linear,
 * about 1 MB/s, so only a pathological article gets near it.
 */
export const ARTICLE_TIME_BUDGET_MS = 60_000;

export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleExtraction {
  const budget = options.timeBudgetMs ?? ARTICLE_TIME_BUDGET_MS;
  const deadline = performance.now() + budget;
  const checkBudget = (): void => {
    if (performance.now() > deadline) throw new ExtractionTimeout(input.id, budget);
  };
  const { text, warnings } = cleanText(input.text);
  const published = normaliseDate(input.date) ?? normaliseDate(options.date) ?? datelineDate(text) ?? null;
  const sentences = splitSentences(text);

  // Segment and recognise.
  const sentenceTokens = sentences.map((s) => undoInitialismCapitals(tokenize(text, s.start, s.end)));
  // Parse the sentences that can carry a relation (a trigger word): their tags help recognise
  // names, their trees type the names no gazetteer knows, and the relation rules read them.
  const parse = (tokens: Token[]): ParsedSentence => {
    const words = udWords(text, tokens);
    return parseSentence(words, undefined, properHints(tokens, words));
  };
  const trees = sentenceTokens.map((tokens) => {
    checkBudget();
    return options.parseAll || needsParse(tokens) ? parse(tokens) : undefined;
  });
  const mentions = recogniseArticle(text, sentenceTokens, trees, parse, checkBudget);
  // A sentence with no trigger that may put a proposal forward ("X proposed a truce", "X's plan") is
  // parsed for the relation rules alone, for a later "the proposal" to name its author: its tags
  // recognise no names (they did not before it was read for proposals). Only when a sentence from
  // there on takes a proposal up ("the proposal", "this offer"): most articles never do.
  let lastTakeUp = sentenceTokens.length - 1;
  while (lastTakeUp >= 0 && !takesUpProposal(sentenceTokens[lastTakeUp]!.map((t) => t.norm))) lastTakeUp--;
  const proposalTrees = sentenceTokens.map((tokens, i) => {
    if (i > lastTakeUp || trees[i] !== undefined || !tokens.some((t) => mayPropose(t.norm))) return undefined;
    checkBudget();
    return parse(tokens);
  });

  // Resolve.
  const clusters = resolveMentions(mentions, {
    text,
    followingWord: (m) => {
      const toks = sentenceTokens[m.sentence]!;
      return toks[m.tokenEnd]?.norm === "'s" ? "'s" : (toks[m.tokenEnd]?.norm ?? '');
    },
  }).filter((c) => (c.type as string) !== 'Unknown');
  if (input.source) addSourceEntity(clusters, input.source);
  const clusterOf = new Map<Mention, number>();
  clusters.forEach((c, i) => c.mentions.forEach((m) => clusterOf.set(m, i)));
  const infos = entityInfos(clusters, clusterOf, mentions, sentenceTokens);

  // Relate.
  const views = sentenceViews(sentences, sentenceTokens, mentions, clusters, clusterOf);
  const makeEvent = eventMaker(text, input.title ?? '', clusters, infos);
  const { impliedCountry, impliedClusters } = impliedCountries(clusters, infos);
  checkBudget();
  const { relations: raw, references } = relateSentences({
    views,
    trees,
    proposalTrees,
    entities: infos,
    makeEvent,
    impliedCountry,
  });
  checkBudget();
  const support = supportingRelations({ views, clusters, infos, raw, impliedCountry });

  // Output: entities in order of first mention, then relations.
  const argued = new Set<number>();
  for (const r of [...raw, ...support.relations]) {
    argued.add(r.source);
    if (r.target !== null) argued.add(r.target);
  }
  const used = new Set<number>();
  clusters.forEach((c, i) => {
    if (!isProvisional(c) || argued.has(i)) used.add(i);
  });
  const order = [...used].sort((a, b) => firstStart(clusters[a]!) - firstStart(clusters[b]!));
  const idOf = new Map<number, string>();
  const entities: ExtractedEntity[] = order.map((ci, n) => {
    const c = clusters[ci]!;
    const id = `e${n + 1}`;
    idOf.set(ci, id);
    const e = toEntity(c, id);
    if (impliedClusters.has(ci)) e.implied = true;
    return e;
  });

  const relations: ExtractedRelation[] = [...raw, ...support.relations]
    .filter((r) => idOf.has(r.source) && (r.target === null || idOf.has(r.target)))
    .map((r) => toRelation(r, views, text, published, idOf, support.content.get(r)));
  relations.sort((a, b) => a.start - b.start);

  const resolved = references.flatMap((ref) => {
    const id = ref.entities.length === 1 ? idOf.get(ref.entities[0]!) : undefined;
    if (id === undefined) return [];
    const v = views[ref.sentence]!;
    const start = v.tokens[ref.tokenStart]!.start;
    const end = v.tokens[ref.tokenEnd - 1]!.end;
    return [{ start, end, text: text.slice(start, end), entity: id }];
  });

  return {
    id: input.id,
    title: input.title ?? '',
    source: input.source ?? null,
    url: input.url ?? null,
    published,
    text,
    entities,
    relations,
    references: resolved,
    warnings,
  };
}

/**
 * The names of every sentence: recognised (with the parsed sentences' tags), read again where a
 * person's surname is an ordinary word, then typed from their trees.
 */
function recogniseArticle(
  text: string,
  sentenceTokens: Token[][],
  trees: (ParsedSentence | undefined)[],
  parse: (tokens: Token[]) => ParsedSentence,
  checkBudget: () => void,
): Mention[] {
  const recogniseSentence = (i: number, wordSurnames?: ReadonlySet<string>): Mention[] => {
    checkBudget();
    const tokens = sentenceTokens[i]!;
    const tags = tagsOf(tokens, trees[i]);
    const names = governmentLeaders(
      tokens,
      gatheringVenues(tokens, recogniseNames(text, tokens, i, tags, wordSurnames)),
    );
    const isNationWord = (t: Token): boolean => isDemonym(t.text) || countryOf(t.text) !== undefined;
    const bodies = [
      ...nationalBodies(text, tokens, isNationWord),
      ...portfolioBodies(text, tokens, isNationWord),
      ...legislatureBodies(text, tokens, addressedIn(tokens, trees[i]), tags),
    ].map((m) => ({ ...m, sentence: i }));
    return [...names, ...compoundMentions(text, tokens, names), ...bodies, ...pairedWars(text, tokens, i)];
  };
  const bySentence = sentenceTokens.map((_, i) => recogniseSentence(i));
  let mentions = bySentence.flat();
  // A person whose surname is a month ("Theresa May") or an ordinary word ("James Baker"): her
  // surname alone is her too ("May said", "Baker said" opening a sentence), which only the whole
  // article shows.
  const wordSurnames = new Set(
    mentions
      .filter((m) => m.type === 'Person')
      .flatMap((m) => {
        const last = sentenceTokens[m.sentence]![m.tokenEnd - 1]!;
        return m.tokenEnd - m.tokenStart > 1 &&
          (monthAsName(sentenceTokens[m.sentence]!, m.tokenEnd - 1) || isCommonWord(last.norm))
          ? [last.norm]
          : [];
      }),
  );
  // Only the sentences where such a word stands capitalised are read again.
  if (wordSurnames.size > 0)
    mentions = bySentence.flatMap((found, i) =>
      sentenceTokens[i]!.some((t) => t.cap && wordSurnames.has(t.norm)) ? recogniseSentence(i, wordSurnames) : found,
    );
  // A sentence without a trigger is parsed here only for the names it holds that nothing typed, in
  // case its tree shows them to be places (recognise/context.ts), or for a weakly typed name no
  // parsed sentence holds (the trained typer reads it); its tree stays out of the relation rules.
  const nameTrees = new Map<number, ParsedSentence>();
  const namesTree = (i: number): ParsedSentence => {
    let tree = nameTrees.get(i);
    if (!tree) nameTrees.set(i, (tree = parse(sentenceTokens[i]!)));
    return tree;
  };
  // The names the tree may type: an untyped one ("from Belvia" already falls back to a place, so
  // only a name with no such cue), and a surname-shaped conjunct that may take its place conjunct's
  // type ("from Dorvia and Lund", shareCoordinatedPlaces).
  const typedByTree = (m: Mention): boolean =>
    (untypedName(m) && !m.fallback) ||
    (m.cue === 'last-name' && /^(?:and|or)$/.test(sentenceTokens[m.sentence]![m.tokenStart - 1]?.norm ?? ''));
  for (const m of mentions) if (typedByTree(m) && !trees[m.sentence]) namesTree(m.sentence);
  typeUnknownNames(mentions, sentenceTokens, trees, nameTrees);
  const bodies = surnamesNamingBodies(mentions, (i) => trees[i]);
  for (const m of mentions)
    if (m.cue === 'last-name' && bodies.has(normaliseName(m.text))) {
      m.type = 'Organization';
      m.cue = 'tree-context';
    }
  const mentionsIn = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsIn.get(m.sentence);
    if (list) list.push(m);
    else mentionsIn.set(m.sentence, [m]);
  }
  for (const [i, found] of mentionsIn) {
    const tree = trees[i] ?? nameTrees.get(i);
    if (tree) shareCoordinatedPlaces(found, tree);
  }
  const typerTrees = new Map<number, ParsedSentence>();
  retypeWeakNames(
    mentions,
    (i) => trees[i] ?? typerTrees.get(i),
    (i) => {
      const tree = namesTree(i);
      typerTrees.set(i, tree);
      return tree;
    },
  );
  seatsAsBuildings(mentions, sentenceTokens);
  return mentions;
}

/** What the relation rules know of each entity; a person's title gives the bodies and country it names. */
function entityInfos(
  clusters: Cluster[],
  clusterOf: Map<Mention, number>,
  mentions: Mention[],
  sentenceTokens: Token[][],
): EntityInfo[] {
  const infos: EntityInfo[] = clusters.map(infoOf);
  for (const m of mentions) {
    const c = clusterOf.get(m);
    if (c === undefined || clusters[c]!.type !== 'Person') continue;
    const body = titleBody(m, mentions, sentenceTokens[m.sentence]!);
    const bodyCluster = body === undefined ? undefined : clusterOf.get(body);
    if (bodyCluster !== undefined) (infos[c]!.roleBodies ??= []).push(bodyCluster);
    if (m.roles.length === 0) continue;
    const titleWords = m.roles.join(' ').split(/\s+/).length;
    // "Russia's defence minister X", "Defence Minister X of Russia": the title's country, which "his country" is.
    const toks = sentenceTokens[m.sentence]!;
    const place = mentions.find(
      (b) =>
        b.sentence === m.sentence &&
        b.type === 'Place' &&
        ((b.tokenEnd + 1 + titleWords === m.tokenStart && toks[b.tokenEnd]?.norm === "'s") ||
          (m.tokenEnd + 1 === b.tokenStart && toks[m.tokenEnd]?.norm === 'of')),
    );
    if (/^(former|ex)$/.test(toks[m.tokenStart - titleWords - 1]?.norm ?? '')) infos[c]!.former = true;
    const country = place === undefined ? undefined : countryOf(place.text)?.name;
    if (country !== undefined) infos[c]!.country ??= country;
  }
  return infos;
}

/** Each sentence's tokens, quotation mask and entity arguments, as the relation rules read them. */
function sentenceViews(
  sentences: ReturnType<typeof splitSentences>,
  sentenceTokens: Token[][],
  mentions: Mention[],
  clusters: Cluster[],
  clusterOf: Map<Mention, number>,
): SentenceView[] {
  const inQuote: boolean[][] = [];
  for (let i = 0; i < sentences.length;) {
    let j = i;
    while (j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph) j++;
    inQuote.push(...paragraphQuoteMasks(sentenceTokens.slice(i, j)));
    i = j;
  }
  const views: SentenceView[] = sentences.map((s, i) => {
    const tokens = sentenceTokens[i]!;
    return {
      index: i,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      tokens,
      norms: tokens.map((t) => t.norm),
      inQuote: inQuote[i]!,
      args: [],
    };
  });
  for (const m of mentions) {
    const c = clusterOf.get(m);
    if (c === undefined) continue;
    views[m.sentence]!.args.push({
      entity: c,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      possessive: m.possessive,
      type: clusters[c]!.type,
    });
  }
  for (const v of views) {
    // Compound mentions ("G-20 summit") cover their proper noun; keep the longer one per start.
    v.args.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  }
  return views;
}

/**
 * The events the relation rules name ("the summit", "talks between A and B"): one entity per
 * gathering, a bare or place-named mention joined to the article's one gathering it can be.
 */
function eventMaker(
  text: string,
  title: string,
  clusters: Cluster[],
  infos: EntityInfo[],
): (view: SentenceView, phrase: EventPhrase, given?: string) => number {
  const makeEvent = (view: SentenceView, phrase: EventPhrase, given?: string): number => {
    const first = view.tokens[phrase.start]!;
    const last = view.tokens[phrase.end - 1]!;
    const name = given ?? text.slice(first.start, last.end);
    const key = eventKey(name);
    // A mention joined to an event it names in other words ("the meeting", "the Lisbon meeting")
    // keeps its words as an alias: the event is matched by any of them. Not a verb read as a
    // meeting ("ministers gathered").
    const surface = text.slice(first.start, last.end);
    const joined = (i: number): number => {
      const c = clusters[i]!;
      const fits = surface.length <= namesOf(c).name.length; // an alias, never a new name the rules have not read
      if (fits && normaliseName(surface).split(' ').includes(phrase.head) && !c.extraNames.includes(surface))
        c.extraNames.push(surface);
      return i;
    };
    const existing = clusters.findIndex((c) => c.type === 'Event' && [...c.forms].map(eventKey).includes(key));
    if (existing >= 0) return joined(existing);
    // "the meeting" after "the Lund meeting": the one event whose name ends in it; none when two compete.
    const ending = clusters.flatMap((c, i) =>
      c.type === 'Event' && [...c.forms].map(eventKey).some((f) => f.endsWith(' ' + key)) ? [i] : [],
    );
    if (ending.length === 1) return joined(ending[0]!);
    // "the Lisbon meeting" after "the summit in Lisbon": a gathering named by its place is the
    // article's one gathering held there.
    const place = view.args.find((a) => a.type === 'Place' && a.tokenStart >= phrase.start && a.tokenEnd <= phrase.end);
    if (place !== undefined && given === undefined && GATHERING_HEADS.has(phrase.head)) {
      const where = normaliseName(
        text.slice(view.tokens[place.tokenStart]!.start, view.tokens[place.tokenEnd - 1]!.end),
      );
      const held = clusters.flatMap((c, i) =>
        c.type === 'Event' && [...c.forms].some((f) => heldIn(f, where)) ? [i] : [],
      );
      if (held.length === 1) return joined(held[0]!);
    }
    // "the talks", "the meeting": a bare gathering noun refers to the article's one named
    // gathering ("the Cairo summit"), when there is exactly one.
    // "a meeting between A and B": an indefinite article introduces a gathering of its own.
    const indefinite = /^an?$/.test(view.tokens[phrase.start - 1]?.norm ?? '');
    if (phrase.end - phrase.start === 1 && GATHERING_HEADS.has(phrase.head) && !indefinite) {
      const named = clusters.flatMap((c, i) =>
        c.type === 'Event' &&
        c.mentions.some((x) => x.cue !== 'event-phrase') &&
        GATHERING_HEADS.has(lastWordOf(c)) &&
        !apart(phrase.head, lastWordOf(c))
          ? [i]
          : [],
      );
      if (named.length === 1) return joined(named[0]!);
      // "the summit" after "a summit in Brussels": the one event of that head the article has made.
      const same = clusters.flatMap((c, i) =>
        named.length === 0 && c.type === 'Event' && c.extraNames.includes(phrase.head) ? [i] : [],
      );
      if (same.length === 1) return joined(same[0]!);
      // "emerged from the final session", "ahead of today's session": a sitting named without its
      // gathering is a sitting of the article's one gathering before it ("talks … the final session").
      if (SITTING_HEADS.has(phrase.head) && named.length === 0 && same.length === 0) {
        // Its head: the name's last word, or the noun of a phrase named with its place ("talks in Lisbon").
        const gathering = (c: Cluster): boolean =>
          [lastWordOf(c), ...c.extraNames].some((h) => GATHERING_HEADS.has(h) && !SITTING_HEADS.has(h));
        const gatherings = clusters.flatMap((c, i) => (c.type === 'Event' && gathering(c) ? [i] : []));
        if (gatherings.length === 1) return gatherings[0]!;
      }
      // "the summit" of a body that never names it, under a headline that does ("Cairo summit …").
      const headline = headlineGathering(title);
      if (named.length === 0 && headline && given !== headline) return makeEvent(view, phrase, headline);
    }
    const m: Mention = {
      start: first.start,
      end: last.end,
      text: given ? text.slice(first.start, last.end) : name,
      type: 'Event',
      sentence: view.index,
      tokenStart: phrase.start,
      tokenEnd: phrase.end,
      roles: [],
      possessive: false,
      cue: 'event-phrase',
    };
    // Named by a fuller mention ("the meeting" of "the Lund meeting"), its own words stay an alias.
    // (not a verb read as a meeting: "ministers gathered").
    const own = !given || m.text.toLowerCase() === phrase.head;
    const c = newCluster('Event', own ? [m] : [], new Set([key]), given ? [given] : []);
    if (phrase.end - phrase.start > 1) c.extraNames.push(phrase.head);
    clusters.push(c);
    infos.push(infoOf(c));
    view.args.push({
      entity: clusters.length - 1,
      tokenStart: phrase.start,
      tokenEnd: phrase.end,
      possessive: false,
      type: 'Event',
    });
    view.args.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
    return clusters.length - 1;
  };
  return makeEvent;
}

/**
 * A country named only by a demonym ("a Canadian proposal"): the article's place if it names
 * it, else an entity implied by the argument (ANNOTATION.md), not a named one.
 */
function impliedCountries(
  clusters: Cluster[],
  infos: EntityInfo[],
): { impliedCountry: (country: string) => number; impliedClusters: Set<number> } {
  const impliedClusters = new Set<number>();
  const impliedCountry = (country: string): number => {
    const found = clusters.findIndex(
      (c) =>
        c.type === 'Place' && [...c.forms].some((f) => countryOf(f)?.name === country || f === normaliseName(country)),
    );
    if (found >= 0) return found;
    clusters.push(newCluster('Place', [], new Set([normaliseName(country)]), [country]));
    const info = infoOf(clusters[clusters.length - 1]!);
    info.implied = true;
    infos.push(info);
    impliedClusters.add(clusters.length - 1);
    return clusters.length - 1;
  };
  return { impliedCountry, impliedClusters };
}

/** Whether a sentence can carry a scored relation: a trigger word or an attendable event noun. */
function needsParse(tokens: Token[]): boolean {
  // "X adopted a (joint) resolution": a document introduced is its issuer's for a later "the resolution said".
  const introduces = (i: number): boolean =>
    /^an?$/.test(tokens[i]!.norm) &&
    tokens.slice(i + 1, i + 4).some((x) => DOCUMENT_NOUNS.has(x.norm) && x.kind === 'word');
  // "went to a memorial service": a service held is an attendable event.
  const service = (i: number): boolean => tokens[i]!.norm === 'service' && SERVICE_KINDS.has(tokens[i - 1]?.norm ?? '');
  return tokens.some((t, i) => mayTrigger(t.norm) || ATTENDABLE_HEADS.has(t.norm) || introduces(i) || service(i));
}

/** For each UD word: whether it is a capitalised part of a name a gazetteer knows (recognise/known.ts). */
function properHints(tokens: Token[], words: readonly WordSpan[]): boolean[] {
  const known = knownNameTokens(tokens);
  let k = 0;
  return words.map((w) => {
    while (k + 1 < tokens.length && tokens[k]!.end <= w.start) k++;
    return (known[k]! || monthAsName(tokens, k)) && (/^\p{Lu}/u.test(w.text) || NAME_PARTICLES.has(w.text));
  });
}

/**
 * Whether token k is a noun addressed or acted on in the sentence's parse: a verb's object, or
 * the noun of "on", "to" or "with" ("urged parliament to …", "called on congress", "told
 * parliament"). An unparsed sentence has none.
 */
function addressedIn(tokens: Token[], parse: ParsedSentence | undefined): (token: number) => boolean {
  if (!parse) return () => false;
  const word = wordOfToken(tokens, parse);
  return (token) => {
    const i = word[token];
    const w = i === undefined ? undefined : parse.tokens[i];
    if (w === undefined || w.upos !== 'NOUN') return false;
    if (/^(obj|iobj)$/.test(w.deprel)) return true;
    if (!/^(obl|nmod)/.test(w.deprel)) return false;
    return parse.tokens.some((c) => c.head === i && c.deprel === 'case' && /^(on|to|with|upon)$/i.test(c.text));
  };
}

/** For each token, the parse word that starts where it starts (both run left to right), if any. */
function wordOfToken(tokens: Token[], parse: ParsedSentence): (number | undefined)[] {
  const word = new Array<number | undefined>(tokens.length).fill(undefined);
  let k = 0;
  parse.tokens.forEach((w, i) => {
    while (k < tokens.length && tokens[k]!.start < w.start) k++;
    if (k < tokens.length && tokens[k]!.start === w.start) word[k] = i;
  });
  return word;
}

/** The universal part of speech the tagger gave each token of a parsed sentence. */
function tagsOf(
  tokens: Token[],
  parse: ParsedSentence | undefined,
): ((token: number) => string | undefined) | undefined {
  if (!parse) return undefined;
  // Token k's tag is that of the word starting where it starts.
  const tags = wordOfToken(tokens, parse).map((i) => (i === undefined ? undefined : parse.tokens[i]!.upos));
  return (i) => tags[i];
}

/**
 * A name the recogniser could not type, which its place in the tree may. "the Ohio Democrat": a
 * person described by party, not named; "the Treaty": a document; the recogniser knows them.
 */
function untypedName(m: Mention): boolean {
  return m.type === 'Unknown' && m.cue !== 'party-member' && m.cue !== 'document';
}

/** Cues of the recogniser that show a name to be a body's: its posts, its kind, what is posted on it. */
const BODY_EVIDENCE = new Set(['employer', 'medium', 'body-noun']);

/**
 * Unknown names in parsed sentences typed by their role in the tree (recognise/context.ts): what
 * a mention shows holds for every mention of the same name in the article.
 */
function typeUnknownNames(
  mentions: Mention[],
  sentenceTokens: Token[][],
  trees: (ParsedSentence | undefined)[],
  nameTrees: ReadonlyMap<number, ParsedSentence>,
): void {
  const cues = new Map<Mention, ReturnType<typeof contextOf>>();
  const shown = new Map<string, MentionType>();
  for (const m of mentions) {
    const parse = trees[m.sentence] ?? nameTrees.get(m.sentence);
    if (!untypedName(m) || !parse) continue;
    const cue = contextOf(m, sentenceTokens[m.sentence]!, parse);
    // A tree parsed only for its names is trusted where it shows a place ("the governor of
    // Tarvia", "Mirand's ambassador"); its other cues (an actor, a determiner, a surname),
    // measured on the sentences the relation rules read, type more names wrongly than rightly
    // elsewhere.
    if (!trees[m.sentence] && (m.fallback || typeof cue === 'string' || cue?.type !== 'Place')) continue;
    // "Britons said": a plural proper noun is a group of people, never one person's name.
    if (
      m.tokenEnd - m.tokenStart === 1 &&
      parse.tokens.some((w) => w.start === m.start && (w.xpos === 'NNPS' || w.xpos === 'NNS'))
    )
      m.cue = 'plural-group';
    cues.set(m, cue);
    if (cue && typeof cue !== 'string') shown.set(normaliseName(m.text), cue.type);
  }
  // "Machinea said" after "Jose Luis Machinea": a person's surname, not a name to type by its shape.
  const surnames = new Set(mentions.filter((m) => m.type === 'Person').map((m) => surnameOf(normaliseName(m.text))));
  // "posted to Dorvo … outreach from Dorvo": a name the article shows to be a body (its employees,
  // what is posted on it) is no place where only a preposition says so.
  const bodies = new Set(mentions.filter((m) => BODY_EVIDENCE.has(m.cue)).map((m) => normaliseName(m.text)));
  // Names another mention typed or gave a fallback ("from Mirand"): an author's default yields to them.
  const named = new Set(mentions.filter((m) => m.type !== 'Unknown' || m.fallback).map((m) => normaliseName(m.text)));
  for (const [m, cue] of cues) {
    const surname = m.tokenEnd - m.tokenStart === 1 && surnames.has(normaliseName(m.text));
    const type = surname
      ? 'Person'
      : cue === 'actor' || cue === 'author'
        ? typeOfActor(m.text, shown.get(normaliseName(m.text)), cue === 'author' && !named.has(normaliseName(m.text)))
        : cue?.type === 'Place' && bodies.has(normaliseName(m.text))
          ? 'Organization'
          : cue?.type;
    if (!type) continue;
    m.type = type;
    m.cue = 'tree-context';
  }
}

/**
 * The one gathering a headline names ("Cairo summit denounces …" → "Cairo summit"), if exactly
 * one. A headline in capitals names nothing by its capitals.
 */
function headlineGathering(title: string): string | undefined {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return undefined;
  const found = [...title.matchAll(/\b((?:\p{Lu}[\p{L}\d-]*\s+){1,3})(\p{L}+)\b/gu)].filter((m) =>
    GATHERING_HEADS.has(m[2]!.toLowerCase()),
  );
  return found.length === 1 ? found[0]![0] : undefined;
}

/** Whether two gathering heads never name one event: parties' talks and a body's sitting. */
function apart(a: string, b: string): boolean {
  return (
    (BARGAINING_HEADS.has(a) && BODY_SITTING_HEADS.has(b)) || (BODY_SITTING_HEADS.has(a) && BARGAINING_HEADS.has(b))
  );
}

/** Whether an event's name is a gathering held in a place: "summit in lisbon", "lisbon talks". */
function heldIn(form: string, where: string): boolean {
  const words = form.split(' ');
  const at = form.endsWith(' in ' + where) ? words.length - where.split(' ').length - 2 : -1;
  if (at >= 0 && GATHERING_HEADS.has(words[at]!)) return true;
  return form.startsWith(where + ' ') && GATHERING_HEADS.has(words[words.length - 1]!);
}

/** An event's name for matching: a news conference is a press conference ("his monthly news conference"). */
function eventKey(name: string): string {
  return normaliseName(name).replace(/\bnews (conference|briefing)/g, 'press $1');
}

function lastWordOf(c: Cluster): string {
  const words = normaliseName(namesOf(c).name).split(' ');
  return words[words.length - 1]!;
}

function firstStart(c: Cluster): number {
  return c.mentions.length ? Math.min(...c.mentions.map((m) => m.start)) : Number.MAX_SAFE_INTEGER;
}

function infoOf(c: Cluster): EntityInfo {
  const { name } = namesOf(c);
  // Every field set here, in one order (absent ones undefined): the rules read entity infos
  // everywhere, and one hidden class keeps those reads monomorphic.
  return {
    type: c.type,
    name,
    gender: c.gender || undefined,
    roles: c.roles,
    roleBodies: undefined,
    country: c.roleCountry && c.type === 'Person' ? c.roleCountry : undefined,
    former: undefined,
    words: normaliseName(name).split(' '),
    outlet: c.type === 'Organization' && [...c.forms].some((f) => isNewsOutlet(f)),
    implied: undefined,
  };
}

function addSourceEntity(clusters: Cluster[], source: string): void {
  const key = normaliseName(source);
  if (!key) return;
  const existing = clusters.find((c) => c.forms.has(key));
  if (existing) return;
  clusters.push(newCluster('Organization', [], new Set([key]), [source]));
}

function toEntity(c: Cluster, id: string): ExtractedEntity {
  const { name, aliases } = namesOf(c);
  const e: ExtractedEntity = {
    id,
    key: entityKey(c.type, name),
    name,
    type: c.type,
    aliases,
    mentions: [...c.mentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ start: m.start, end: m.end, text: m.text })),
  };
  const attributes: Record<string, string | string[]> = {};
  // Titles belong to persons; a place is not "of" another country.
  if (c.type === 'Person' && c.roles.length) attributes['roles'] = [...c.roles];
  if (c.roleCountry && c.type !== 'Place') attributes['country'] = c.roleCountry;
  if (Object.keys(attributes).length) e.attributes = attributes;
  return e;
}

function toRelation(
  r: RawRelation | SupportRelation,
  views: SentenceView[],
  text: string,
  published: string | null,
  idOf: Map<number, string>,
  content: string | undefined,
): ExtractedRelation {
  const v = views[r.sentence]!;
  const evidence = text.slice(v.start, v.end);
  const trigTok = v.tokens[r.triggerStart];
  const rest = trigTok
    ? text
        .slice(v.tokens[r.triggerEnd - 1]!.end, v.end)
        .replace(/^[\s,:]*(that\s+)?/, '')
        .trim()
    : '';
  return {
    type: r.type,
    source: idOf.get(r.source)!,
    target: r.target === null ? null : idOf.get(r.target)!,
    evidence,
    start: v.start,
    end: v.end,
    // A title is held, not done on a day: HAS_ROLE carries no date. An act is dated by the time
    // expression attached to its trigger, never by another date in the sentence.
    date:
      r.type === 'HAS_ROLE' || !r.time
        ? null
        : dateOfExpression(text.slice(r.time.start, r.time.end), r.tense ?? 'past', published),
    confidence: Math.round(r.confidence * 100) / 100,
    content: content ?? (rest.length > 200 ? rest.slice(0, 197) + '…' : rest),
    trigger: r.trigger,
  };
}
