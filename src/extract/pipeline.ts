/**
 * extractArticle: read → clean → segment → recognise → resolve → relate, pure and
 * deterministic. The output's offsets all point into `text`, the cleaned article.
 */
import type { EntityType } from '../graph/schema.js';
import type { ArticleExtraction, ArticleInput, ExtractedEntity, ExtractedRelation } from './types.js';
import { cleanText } from './clean/clean.js';
import { splitSentences } from './segment/sentences.js';
import { tokenize } from './segment/tokens.js';
import { recogniseNames } from './recognise/names.js';
import { compoundMentions, nationalBodies } from './recognise/compounds.js';
import { countryOf, isDemonym } from './lexicon/places.js';
import type { Mention } from './recognise/mention.js';
import { isProvisional, resolveMentions, namesOf, type Cluster } from './resolve/resolve.js';
import { entityKey } from './resolve/keys.js';
import { normaliseName } from './resolve/normalise.js';
import { quoteMask, type EntityInfo, type SentenceView } from './relate/view.js';
import { relateSentences, type RawRelation } from './relate/relate.js';
import type { EventPhrase } from './relate/events.js';
import { dateOfAct, datelineDate } from './relate/dates.js';
import { supportingRelations, type SupportRelation } from './relate/support.js';
import { isNewsOutlet } from './lexicon/organizations.js';
import { normaliseDate } from './read/formats.js';
import { ExtractionTimeout } from './errors.js';

export interface ExtractOptions {
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
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const mentions: Mention[] = [];
  sentences.forEach((_, i) => {
    checkBudget();
    const names = recogniseNames(text, sentenceTokens[i]!, i);
    const bodies = nationalBodies(
      text,
      sentenceTokens[i]!,
      (t) => isDemonym(t.text) || countryOf(t.text) !== undefined,
    ).map((m) => ({ ...m, sentence: i }));
    mentions.push(...names, ...compoundMentions(text, sentenceTokens[i]!, names), ...bodies);
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
  const infos: EntityInfo[] = clusters.map(infoOf);

  // Views for the relation rules.
  let insideQuote = false;
  let lastParagraph = -1;
  const views: SentenceView[] = sentences.map((s, i) => {
    const tokens = sentenceTokens[i]!;
    if (s.paragraph !== lastParagraph) insideQuote = false;
    lastParagraph = s.paragraph;
    const q = quoteMask(tokens, insideQuote);
    insideQuote = q.endInside;
    return {
      index: i,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      tokens,
      norms: tokens.map((t) => t.norm),
      inQuote: q.mask,
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

  const makeEvent = (view: SentenceView, phrase: EventPhrase, given?: string): number => {
    const first = view.tokens[phrase.start]!;
    const last = view.tokens[phrase.end - 1]!;
    const name = given ?? text.slice(first.start, last.end);
    const key = normaliseName(name);
    const existing = clusters.findIndex(
      (c) => c.type === 'Event' && (c.forms.has(key) || [...c.forms].some((f) => f.endsWith(' ' + key))),
    );
    if (existing >= 0) return existing;
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
    const c: Cluster = {
      type: 'Event',
      mentions: given ? [] : [m],
      forms: new Set([key]),
      extraNames: given ? [given] : [],
      roles: [],
    };
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

  checkBudget();
  const raw = relateSentences({ views, entities: infos, makeEvent });
  checkBudget();
  const support = supportingRelations({ views, clusters, infos, raw });

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
    return toEntity(c, id);
  });
  for (const s of support.implied) {
    const id = `e${entities.length + 1}`;
    idOf.set(s.index, id);
    entities.push({
      id,
      key: entityKey('Place', s.name),
      name: s.name,
      type: 'Place',
      aliases: [],
      implied: true,
      mentions: [],
    });
  }

  const relations: ExtractedRelation[] = [...raw, ...support.relations]
    .filter((r) => idOf.has(r.source) && (r.target === null || idOf.has(r.target)))
    .map((r) => toRelation(r, views, text, published, idOf, support.content.get(r)));
  relations.sort((a, b) => a.start - b.start);

  return {
    id: input.id,
    title: input.title ?? '',
    source: input.source ?? null,
    url: input.url ?? null,
    published,
    text,
    entities,
    relations,
    warnings,
  };
}

function firstStart(c: Cluster): number {
  return c.mentions.length ? Math.min(...c.mentions.map((m) => m.start)) : Number.MAX_SAFE_INTEGER;
}

function infoOf(c: Cluster): EntityInfo {
  const { name } = namesOf(c);
  const info: EntityInfo = {
    type: c.type,
    name,
    roles: c.roles,
    words: normaliseName(name).split(' '),
    outlet: c.type === 'Organization' && [...c.forms].some((f) => isNewsOutlet(f)),
  };
  if (c.gender) info.gender = c.gender;
  return info;
}

function addSourceEntity(clusters: Cluster[], source: string): void {
  const key = normaliseName(source);
  if (!key) return;
  const existing = clusters.find((c) => c.forms.has(key));
  if (existing) return;
  clusters.push({
    type: 'Organization' as EntityType,
    mentions: [],
    forms: new Set([key]),
    extraNames: [source],
    roles: [],
  });
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
  const triggerOffset = trigTok ? trigTok.start - v.start : 0;
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
    // A title is held, not done on a day: HAS_ROLE carries no date.
    date: r.type === 'HAS_ROLE' ? null : dateOfAct(evidence, triggerOffset, r.trigger, published),
    confidence: Math.round(r.confidence * 100) / 100,
    content: content ?? (rest.length > 200 ? rest.slice(0, 197) + '…' : rest),
    trigger: r.trigger,
  };
}
