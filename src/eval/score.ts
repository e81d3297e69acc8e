/**
 * Scoring of extraction output against gold annotations, as ANNOTATION.md "Scoring" defines it:
 * entities match on type and an overlapping normalised name or alias (one-to-one, exact primary
 * names first, then the most constrained pairs); relations match on type, source and (where gold
 * has one) target, with gold lists of alternatives, optional relations that neither count as
 * missed nor as wrong, and duplicate triples counted once. Micro-averaged over articles.
 */
import { maximumMatching } from './matching.js';
import { addInto, metricsOf, zero } from './metrics.js';
import { nameSet, normaliseForScoring, overlaps } from './normalise.js';
import type {
  ArticleScore,
  Counts,
  GoldArgument,
  GoldDocument,
  Metrics,
  PredictionDocument,
  ScoreReport,
} from './types.js';

export const SCORED_ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event'] as const;
export const SCORED_RELATION_TYPES = ['STATED', 'DEMANDED', 'REJECTED', 'ATTENDS'] as const;

export class GoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldError';
  }
}

function canonical(type: unknown, list: readonly string[]): string | undefined {
  if (typeof type !== 'string') return undefined;
  const t = type.trim().toLowerCase();
  return list.find((x) => x.toLowerCase() === t);
}

interface ScoredEntity {
  name: string;
  type: string;
  names: Set<string>;
}

interface Argument {
  names: Set<string>;
  key: string;
  label: string;
}

interface GoldRel {
  type: string;
  source: Argument | null;
  target: Argument | null;
  optional: boolean;
  evidence?: string;
}

interface PredRel {
  type: string;
  source: Argument | null;
  target: Argument | null;
}

/** Checks a gold document's shape; throws a GoldError naming the article and the problem. */
export function validateGold(gold: GoldDocument): void {
  const where = gold && typeof gold === 'object' && 'id' in gold ? String(gold.id) : '(gold)';
  if (!gold || typeof gold !== 'object' || !Array.isArray(gold.entities) || !Array.isArray(gold.relations)) {
    throw new GoldError(`${where}: a gold document needs "entities" and "relations" arrays`);
  }
  gold.entities.forEach((e, i) => {
    if (!e || typeof e.name !== 'string' || !e.name.trim())
      throw new GoldError(`${where}: entity #${i + 1} has no name`);
    if (!canonical(e.type, SCORED_ENTITY_TYPES))
      throw new GoldError(`${where}: entity "${e.name}" has type ${JSON.stringify(e.type)}`);
  });
  gold.relations.forEach((r, i) => {
    if (!canonical(r?.type, SCORED_RELATION_TYPES))
      throw new GoldError(`${where}: relation #${i + 1} has type ${JSON.stringify(r?.type)}`);
    if (r.source === null || r.source === undefined || (Array.isArray(r.source) && r.source.length === 0)) {
      throw new GoldError(`${where}: relation #${i + 1} (${r.type}) has no source`);
    }
  });
}

function goldArgument(arg: GoldArgument | undefined, entities: ScoredEntity[]): Argument | null {
  if (arg === null || arg === undefined) return null;
  const listed = (Array.isArray(arg) ? arg : [arg]).filter((x): x is string => typeof x === 'string');
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const s of listed) {
    const n = normaliseForScoring(s);
    if (!n) continue;
    keys.add(n);
    names.add(n);
    for (const e of entities) if (e.names.has(n)) e.names.forEach((x) => names.add(x));
  }
  return { names, key: [...keys].sort().join('|'), label: listed.join(' | ') };
}

function predArgument(value: unknown, byId: Map<string, ScoredEntity>): Argument | null {
  if (value === null || value === undefined || value === '') return null;
  const names = new Set<string>();
  const labels: string[] = [];
  for (const v of Array.isArray(value) ? value : [value]) {
    if (v === null || v === undefined) continue;
    const entity = byId.get(String(v));
    if (entity) {
      entity.names.forEach((x) => names.add(x));
      labels.push(entity.name || String(v));
    } else {
      const n = normaliseForScoring(String(v));
      if (n) names.add(n);
      labels.push(String(v));
    }
  }
  if (names.size === 0) return null;
  return { names, key: [...names].sort().join('|'), label: labels.join(' | ') };
}

function byTypeCounts(types: readonly string[]): Record<string, Counts> {
  return Object.fromEntries(types.map((t) => [t, zero()]));
}

function matchEntities(gold: ScoredEntity[], pred: ScoredEntity[]) {
  const pairs: { g: number; p: number; exact: boolean }[] = [];
  const goldCandidates = new Array<number>(gold.length).fill(0);
  const predCandidates = new Array<number>(pred.length).fill(0);
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (g.type !== p.type || !overlaps(g.names, p.names)) return;
      pairs.push({ g: gi, p: pi, exact: normaliseForScoring(g.name) === normaliseForScoring(p.name) });
      goldCandidates[gi]!++;
      predCandidates[pi]!++;
    }),
  );
  pairs.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      goldCandidates[a.g]! + predCandidates[a.p]! - (goldCandidates[b.g]! + predCandidates[b.p]!) ||
      a.g - b.g ||
      a.p - b.p,
  );
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.add(g);
    predTaken.add(p);
  }
  const byType = byTypeCounts(SCORED_ENTITY_TYPES);
  const total = zero();
  const missed: { name: string; type: string }[] = [];
  const spurious: { name: string; type: string }[] = [];
  gold.forEach((g, i) => {
    const bucket = (byType[g.type] ??= zero());
    if (goldTaken.has(i)) {
      bucket.tp++;
      total.tp++;
    } else {
      bucket.fn++;
      total.fn++;
      missed.push({ name: g.name, type: g.type });
    }
  });
  pred.forEach((p, i) => {
    if (predTaken.has(i)) return;
    byType[p.type]!.fp++;
    total.fp++;
    spurious.push({ name: p.name, type: p.type });
  });
  return { total, byType, missed, spurious };
}

function relationMatches(p: PredRel, g: GoldRel): boolean {
  if (p.type !== g.type || !p.source || !g.source || !overlaps(p.source.names, g.source.names)) return false;
  if (g.target === null) return true;
  return p.target !== null && overlaps(p.target.names, g.target.names);
}

function matchRelations(gold: GoldRel[], pred: PredRel[]) {
  const candidates = pred.map((p) => {
    const list: number[] = [];
    gold.forEach((g, gi) => {
      if (relationMatches(p, g)) list.push(gi);
    });
    return list.sort((a, b) => Number(gold[a]!.target === null) - Number(gold[b]!.target === null) || a - b);
  });
  // Required gold first; then what is left may pair with optional gold and is not counted.
  const required = maximumMatching(pred.length, candidates, (g) => !gold[g]!.optional);
  const leftover = candidates.map((c, p) => (required.leftToRight[p] === -1 ? c : []));
  const optional = maximumMatching(pred.length, leftover, (g) => gold[g]!.optional);

  const byType = byTypeCounts(SCORED_RELATION_TYPES);
  const total = zero();
  let ignored = 0;
  const spurious: PredRel[] = [];
  pred.forEach((p, pi) => {
    if (required.leftToRight[pi] !== -1) {
      byType[p.type]!.tp++;
      total.tp++;
    } else if (optional.leftToRight[pi] !== -1) {
      ignored++;
    } else if (!candidates[pi]!.some((g) => !gold[g]!.optional) && candidates[pi]!.some((g) => gold[g]!.optional)) {
      ignored++;
    } else {
      byType[p.type]!.fp++;
      total.fp++;
      spurious.push(p);
    }
  });
  const missed: GoldRel[] = [];
  gold.forEach((g, gi) => {
    if (g.optional || required.rightToLeft.has(gi)) return;
    byType[g.type]!.fn++;
    total.fn++;
    missed.push(g);
  });
  return { total, byType, ignored, missed, spurious };
}

function toMetrics(byType: Record<string, Counts>): Record<string, Metrics> {
  return Object.fromEntries(Object.entries(byType).map(([t, c]) => [t, metricsOf(c)]));
}

/** Scores one article's prediction (or none: empty output) against its gold. */
export function scoreArticle(gold: GoldDocument, prediction: PredictionDocument | undefined): ArticleScore {
  validateGold(gold);
  const goldEntities: ScoredEntity[] = gold.entities.map((e) => ({
    name: e.name,
    type: canonical(e.type, SCORED_ENTITY_TYPES)!,
    names: nameSet(e.name, e.aliases),
  }));
  const byId = new Map<string, ScoredEntity>();
  const predEntities: ScoredEntity[] = [];
  for (const e of Array.isArray(prediction?.entities) ? prediction!.entities : []) {
    if (!e || typeof e !== 'object') continue;
    const type = canonical(e.type, SCORED_ENTITY_TYPES);
    const entity: ScoredEntity = {
      name: typeof e.name === 'string' ? e.name : String(e.name ?? ''),
      type: type ?? '',
      names: nameSet(e.name, e.aliases),
    };
    if (e.id !== undefined && e.id !== null && !byId.has(String(e.id))) byId.set(String(e.id), entity);
    if (type && e.implied !== true) predEntities.push(entity);
  }
  const entities = matchEntities(goldEntities, predEntities);

  const goldRelations: GoldRel[] = [];
  const goldKeys = new Map<string, GoldRel>();
  for (const r of gold.relations) {
    const type = canonical(r.type, SCORED_RELATION_TYPES)!;
    const source = goldArgument(r.source, goldEntities);
    const target = goldArgument(r.target, goldEntities);
    const key = `${type}\u0000${source?.key ?? ''}\u0000${target ? target.key : '\u0001null'}`;
    const optional = r.optional === true;
    const seen = goldKeys.get(key);
    if (seen) {
      seen.optional &&= optional;
      continue;
    }
    const rel: GoldRel = { type, source, target, optional };
    if (r.evidence) rel.evidence = r.evidence;
    goldKeys.set(key, rel);
    goldRelations.push(rel);
  }
  const predRelations: PredRel[] = [];
  const predKeys = new Set<string>();
  for (const r of Array.isArray(prediction?.relations) ? prediction!.relations : []) {
    if (!r || typeof r !== 'object') continue;
    const type = canonical(r.type, SCORED_RELATION_TYPES);
    if (!type) continue;
    const source = predArgument(r.source, byId);
    const target = predArgument(r.target, byId);
    const key = `${type}\u0000${source?.key ?? ''}\u0000${target ? target.key : '\u0001null'}`;
    if (predKeys.has(key)) continue;
    predKeys.add(key);
    predRelations.push({ type, source, target });
  }
  const relations = matchRelations(goldRelations, predRelations);
  const label = (a: Argument | null): string => (a ? a.label : 'null');
  return {
    id: gold.id,
    prediction: prediction ? 'ok' : 'missing',
    entities: metricsOf(entities.total),
    entitiesByType: toMetrics(entities.byType),
    relations: metricsOf(relations.total),
    relationsByType: toMetrics(relations.byType),
    ignored: relations.ignored,
    missedEntities: entities.missed,
    spuriousEntities: entities.spurious,
    missedRelations: relations.missed.map((g) => ({
      type: g.type,
      source: label(g.source),
      target: label(g.target),
      ...(g.evidence ? { evidence: g.evidence } : {}),
    })),
    spuriousRelations: relations.spurious.map((p) => ({
      type: p.type,
      source: label(p.source),
      target: label(p.target),
    })),
  };
}

/**
 * Scores a corpus: every gold document against the prediction with its id (a missing one is
 * empty output). Counts are summed over articles before P/R/F1 (micro-average).
 */
export function scoreCorpus(gold: GoldDocument[], predictions: ReadonlyMap<string, PredictionDocument>): ScoreReport {
  const articles = [...gold]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((g) => scoreArticle(g, predictions.get(g.id)));
  const sum = (
    pick: (a: ArticleScore) => Record<string, Metrics>,
    types: readonly string[],
  ): Record<string, Counts> => {
    const out = byTypeCounts(types);
    for (const a of articles) for (const [t, m] of Object.entries(pick(a))) addInto((out[t] ??= zero()), m);
    return out;
  };
  const total = (pick: (a: ArticleScore) => Metrics): Counts => {
    const c = zero();
    for (const a of articles) addInto(c, pick(a));
    return c;
  };
  return {
    articles,
    entities: {
      ...metricsOf(total((a) => a.entities)),
      byType: toMetrics(sum((a) => a.entitiesByType, SCORED_ENTITY_TYPES)),
    },
    relations: {
      ...metricsOf(total((a) => a.relations)),
      byType: toMetrics(sum((a) => a.relationsByType, SCORED_RELATION_TYPES)),
    },
  };
}
