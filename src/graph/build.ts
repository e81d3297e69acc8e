/**
 * From one article's extraction to a graph fragment: an Article node, one node per entity,
 * one edge per relation (with its evidence) and a MENTIONS edge from the article to each
 * entity. Pure: the same extraction always gives the same fragment, ids included.
 */
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from '../extract/types.js';
import { articleNodeId, edgeId, entityId } from './ids.js';
import type { GraphEdge, GraphFragment, GraphNode, Properties } from './schema.js';

/** Entity properties the builder owns; attributes with these names are not copied over them. */
const RESERVED_ENTITY_KEYS = new Set(['id', 'name', 'aliases', 'type', 'implied', 'article', 'mergedIds']);

export function fragmentFromExtraction(x: ArticleExtraction): GraphFragment {
  const article = articleNode(x);
  const keyOf = new Map<string, string>();
  const nodes: GraphNode[] = [article];
  const edges: GraphEdge[] = [];
  for (const entity of x.entities) {
    const node = entityNode(entity, article.id);
    keyOf.set(entity.id, node.id);
    nodes.push(node);
    edges.push(mentionsEdge(article.id, node.id, entity));
  }
  for (const relation of x.relations) {
    const edge = relationEdge(relation, article.id, keyOf);
    if (edge) edges.push(edge);
  }
  return { nodes, edges };
}

export function articleNode(x: ArticleExtraction): GraphNode {
  const id = articleNodeId(x.id);
  const properties: Properties = { id, title: x.title, text: x.text };
  if (x.source) properties.source = x.source;
  if (x.url) properties.url = x.url;
  if (x.published) properties.date = x.published;
  return { id, labels: ['Article'], properties };
}

/**
 * An entity named by a common noun ("the meeting", "talks", "the finance ministry": no capital
 * letter or digit in its name) is a different one in every article — one story's finance ministry
 * is Japan's, the next one's Brazil's — so its id is scoped to the article and it carries an
 * `article` property, which keeps cross-article resolution away from it (merge.ts).
 */
export function isArticleScoped(entity: Pick<ExtractedEntity, 'name'>): boolean {
  return !/[\p{Lu}\p{N}]/u.test(entity.name);
}

export function entityNode(entity: ExtractedEntity, articleId: string): GraphNode {
  const key = entity.key || entityId(entity.type, entity.name);
  const scoped = isArticleScoped(entity);
  const id = scoped ? `${key}@${articleId}` : key;
  const aliases = uniqueStrings(entity.aliases.filter((a) => a !== entity.name));
  const properties: Properties = { id, name: entity.name, aliases, type: entity.type };
  if (scoped) properties.article = articleId;
  if (entity.implied) properties.implied = true;
  for (const [key, value] of Object.entries(entity.attributes ?? {})) {
    if (RESERVED_ENTITY_KEYS.has(key)) continue;
    properties[key] = Array.isArray(value) ? uniqueStrings(value) : value;
  }
  if (entity.type === 'Person' && !Array.isArray(properties.roles)) {
    properties.roles = typeof properties.roles === 'string' ? [properties.roles] : [];
  }
  return { id, labels: [entity.type], properties };
}

function mentionsEdge(articleId: string, entityNodeId: string, entity: ExtractedEntity): GraphEdge {
  const properties: Properties = { article: articleId, count: BigInt(entity.mentions.length) };
  const first = entity.mentions[0];
  if (first) {
    properties.start = BigInt(first.start);
    properties.end = BigInt(first.end);
  }
  return {
    id: edgeId('MENTIONS', articleId, entityNodeId, articleId, 0),
    type: 'MENTIONS',
    source: articleId,
    target: entityNodeId,
    properties,
  };
}

/**
 * A relation without a target (a STATED with no addressee) points at the Article it was
 * stated in, so every edge has two ends and the statement stays attached to its source.
 */
function relationEdge(
  r: ExtractedRelation,
  articleId: string,
  keyOf: ReadonlyMap<string, string>,
): GraphEdge | undefined {
  const source = keyOf.get(r.source);
  const target = r.target === null ? articleId : keyOf.get(r.target);
  if (source === undefined || target === undefined) return undefined;
  const properties: Properties = {
    evidence: r.evidence,
    start: BigInt(r.start),
    end: BigInt(r.end),
    article: articleId,
    confidence: r.confidence,
  };
  if (r.date) properties.date = r.date;
  if (r.trigger) properties.trigger = r.trigger;
  if (r.content) properties.content = r.content;
  if (r.type === 'HAS_ROLE' && r.content) properties.role = r.content;
  return { id: edgeId(r.type, source, target, articleId, r.start), type: r.type, source, target, properties };
}

function uniqueStrings(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}
