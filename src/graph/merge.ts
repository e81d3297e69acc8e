/**
 * Cross-article entity resolution and property merging, as pure functions over data. Both
 * stores use it: they hand in a lookup of what they already hold (a MergeIndex) and get back a
 * plan (final nodes, rewritten edges) to write. Nothing here touches a store.
 *
 * An incoming entity joins an existing one of the same type when
 *   1. it has the same id (re-building an article), or an id that was merged into it before
 *      (kept in the node's `mergedIds`, so a re-build repeats earlier decisions exactly), or
 *   2. exactly one compatible existing entity shares a key with it, one side's name always
 *      taking part: its name against a name or alias ("US" joins "United States" that has
 *      alias "U.S."), an alias against a name, its name against a surname or initials
 *      ("Putin" joins "Vladimir Putin"; "US" joins "United States"), or its surname/initials
 *      against a bare name ("Vladimir Putin" joins a "Putin"). Alias against alias is no match,
 *      and surnames/initials never match aliases ("Exxon Corp" must not join whatever once
 *      took "EC" as an alias).
 * Ambiguous matches (two Bushes) join nothing: a missed merge is cheaper than a wrong one.
 */
import { isFuller, personNamesCompatible, strongKeys, weakKeys } from './names.js';
import { ENTITY_TYPES } from './schema.js';
import type { GraphEdge, GraphFragment, GraphNode, Properties, PropertyScalar, PropertyValue } from './schema.js';

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);

/** What a store already holds, as resolution needs it. */
export interface MergeLookup {
  getNode(id: string): GraphNode | undefined;
  /** Ids of entities of `type` whose name or an alias normalises to `key`. */
  idsByStrongKey(type: string, key: string): Iterable<string>;
  /** Ids of entities of `type` whose surname/initials are `key`. */
  idsByWeakKey(type: string, key: string): Iterable<string>;
  /** Ids of entities of `type` whose name itself (not an alias) normalises to `key`. */
  idsByNameKey(type: string, key: string): Iterable<string>;
  /** The node an entity id was merged into earlier (its `mergedIds` lists it), if any. */
  mergedInto(id: string): string | undefined;
}

export interface PlannedNode {
  node: GraphNode;
  /** The stored node before this merge, if there was one. */
  previous: GraphNode | undefined;
  changed: boolean;
}

export interface MergePlan {
  nodes: PlannedNode[];
  /** The fragment's edges with source/target rewritten to the resolved node ids. */
  edges: GraphEdge[];
  /** Fragment node id → id of the node it became. */
  idMap: Map<string, string>;
  /** Article node ids in the fragment: their earlier edges not in `edges` are stale. */
  articles: string[];
}

/** An entity that belongs to one article (an unnamed event, see build.ts) joins only by id. */
function isArticleScoped(node: GraphNode): boolean {
  return typeof node.properties.article === 'string';
}

export function entityType(node: GraphNode): string | undefined {
  const type = node.properties.type;
  if (typeof type === 'string' && ENTITY_TYPE_SET.has(type)) return type;
  return node.labels.find((l) => ENTITY_TYPE_SET.has(l));
}

/** Plan the merge of `fragment` into what `lookup` holds; later fragment nodes see earlier ones. */
export function planMerge(fragment: GraphFragment, lookup: MergeLookup): MergePlan {
  const overlay = new MergeIndex();
  const view = layered(overlay, lookup);
  const idMap = new Map<string, string>();
  const planned = new Map<string, PlannedNode>();
  for (const incoming of fragment.nodes) {
    const targetId = resolveNodeId(incoming, view);
    idMap.set(incoming.id, targetId);
    const current = view.getNode(targetId);
    let merged = current ? mergeNodes(current, { ...incoming, id: targetId }) : withId(incoming, targetId);
    if (incoming.id !== targetId) merged = withMergedId(merged, incoming.id);
    const previous = planned.get(targetId)?.previous ?? lookup.getNode(targetId);
    planned.set(targetId, { node: merged, previous, changed: !previous || !nodesEqual(previous, merged) });
    overlay.add(merged);
  }
  const edges = fragment.edges.map((e) => ({
    ...e,
    source: idMap.get(e.source) ?? e.source,
    target: idMap.get(e.target) ?? e.target,
  }));
  const articles = fragment.nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id);
  return { nodes: [...planned.values()], edges, idMap, articles };
}

/** The id an incoming node should take: its own, or the one existing entity it joins. */
export function resolveNodeId(node: GraphNode, lookup: MergeLookup): string {
  if (lookup.getNode(node.id)) return node.id;
  const earlier = lookup.mergedInto(node.id);
  if (earlier !== undefined && lookup.getNode(earlier)) return earlier;
  const type = entityType(node);
  if (type === undefined || isArticleScoped(node)) return node.id;
  const name = stringProp(node.properties.name) ?? node.id;
  const compatible = (id: string): boolean => {
    const other = lookup.getNode(id);
    if (!other) return false;
    return type !== 'Person' || personNamesCompatible(name, stringProp(other.properties.name) ?? '');
  };
  // The same name outranks looser matches: "Bush" joins an existing "Bush" even when two
  // George Bushes also have that surname.
  const [nameKey] = strongKeys(name, []);
  const sameName = nameKey === undefined ? [] : [...lookup.idsByNameKey(type, nameKey)].filter(compatible);
  if (sameName.length === 1) return sameName[0]!;
  const matches = [...candidateIds(type, name, stringList(node.properties.aliases), lookup)].filter(compatible);
  return matches.length === 1 ? matches[0]! : node.id;
}

/**
 * Existing entities sharing a key with (name, aliases). Every pairing involves at least one
 * side's name: two different names that merely share an alias (a dateline's "AP" on both
 * "Havana" and "Iraq") are no evidence of one entity.
 */
function candidateIds(type: string, name: string, aliases: string[], lookup: MergeLookup): Set<string> {
  const candidates = new Set<string>();
  const add = (ids: Iterable<string>) => {
    for (const id of ids) candidates.add(id);
  };
  for (const nameKey of strongKeys(name, [])) {
    add(lookup.idsByStrongKey(type, nameKey));
    add(lookup.idsByWeakKey(type, nameKey));
  }
  for (const key of strongKeys(name, aliases)) add(lookup.idsByNameKey(type, key));
  for (const key of weakKeys(type, name)) add(lookup.idsByNameKey(type, key));
  return candidates;
}

/**
 * Merge an incoming node into an existing one. Entities: the fuller name wins and the other
 * becomes an alias, aliases and other lists are unioned, existing scalars are kept and missing
 * ones filled. Articles and other nodes: incoming properties overwrite (a re-extraction wins).
 */
export function mergeNodes(existing: GraphNode, incoming: GraphNode): GraphNode {
  const labels = [...new Set([...existing.labels, ...incoming.labels])];
  if (entityType(existing) === undefined) {
    return { id: existing.id, labels, properties: { ...existing.properties, ...incoming.properties, id: existing.id } };
  }
  const properties: Properties = { ...existing.properties };
  for (const [key, value] of Object.entries(incoming.properties)) {
    const old = properties[key];
    if (old === undefined) properties[key] = value;
    else if (Array.isArray(old) && Array.isArray(value)) properties[key] = unionList(old, value);
  }
  const oldName = stringProp(existing.properties.name);
  const newName = stringProp(incoming.properties.name);
  const name = oldName !== undefined && newName !== undefined && isFuller(newName, oldName) ? newName : (oldName ?? newName);
  if (name !== undefined) {
    properties.name = name;
    const forms = [
      ...stringList(existing.properties.aliases),
      ...(oldName ? [oldName] : []),
      ...stringList(incoming.properties.aliases),
      ...(newName ? [newName] : []),
    ];
    properties.aliases = [...new Set(forms)].filter((a) => a !== name);
  }
  if (existing.properties.implied !== true || incoming.properties.implied !== true) delete properties.implied;
  properties.id = existing.id;
  return { id: existing.id, labels, properties };
}

export function nodesEqual(a: GraphNode, b: GraphNode): boolean {
  return a.id === b.id && valuesEqual(a.labels, b.labels) && propertiesEqual(a.properties, b.properties);
}

export function propertiesEqual(a: Properties, b: Properties): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && valuesEqual(a[k]!, b[k]!));
}

export function valuesEqual(a: PropertyValue | readonly string[], b: PropertyValue | readonly string[]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => valuesEqual(v as PropertyValue, b[i] as PropertyValue));
  }
  if (typeof a !== typeof b) return false;
  return a === b || (typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

/** An index of entity nodes by id and match key; the memory store keeps one, Neo4j can too. */
export class MergeIndex implements MergeLookup {
  private readonly nodes = new Map<string, GraphNode>();
  /** The keys each node was filed under, so that replacing it does not work them out again. */
  private readonly filed = new Map<string, NodeKeys>();
  private readonly strong = new Map<string, Set<string>>();
  private readonly weak = new Map<string, Set<string>>();
  private readonly names = new Map<string, Set<string>>();
  private readonly redirects = new Map<string, string>();

  constructor(nodes: Iterable<GraphNode> = []) {
    for (const node of nodes) this.add(node);
  }

  get size(): number {
    return this.nodes.size;
  }

  getNode(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  idsByStrongKey(type: string, key: string): Iterable<string> {
    return this.strong.get(`${type}\u0000${key}`) ?? [];
  }

  idsByWeakKey(type: string, key: string): Iterable<string> {
    return this.weak.get(`${type}\u0000${key}`) ?? [];
  }

  idsByNameKey(type: string, key: string): Iterable<string> {
    return this.names.get(`${type}\u0000${key}`) ?? [];
  }

  mergedInto(id: string): string | undefined {
    return this.redirects.get(id);
  }

  /** Add or replace a node (any label; only entities get match keys). */
  add(node: GraphNode): void {
    this.remove(node.id);
    this.nodes.set(node.id, node);
    const keys = keysOf(node);
    if (keys === NO_KEYS) return;
    this.filed.set(node.id, keys);
    for (const k of keys.strong) addTo(this.strong, k, node.id);
    for (const k of keys.weak) addTo(this.weak, k, node.id);
    for (const k of keys.names) addTo(this.names, k, node.id);
    for (const merged of keys.mergedIds) this.redirects.set(merged, node.id);
  }

  remove(id: string): void {
    if (!this.nodes.delete(id)) return;
    const keys = this.filed.get(id);
    if (keys === undefined) return;
    this.filed.delete(id);
    for (const k of keys.strong) this.strong.get(k)?.delete(id);
    for (const k of keys.weak) this.weak.get(k)?.delete(id);
    for (const k of keys.names) this.names.get(k)?.delete(id);
    for (const merged of keys.mergedIds) if (this.redirects.get(merged) === id) this.redirects.delete(merged);
  }
}

/** A node's match keys (type-prefixed) and the ids merged into it. */
interface NodeKeys {
  strong: string[];
  weak: string[];
  names: string[];
  mergedIds: string[];
}

const NO_KEYS: NodeKeys = { strong: [], weak: [], names: [], mergedIds: [] };

/**
 * Keys per node object: planMerge files each node it plans in its overlay, and the store then
 * files the very same object in its own index (a hub entity carries dozens of aliases).
 */
const keyCache = new WeakMap<GraphNode, NodeKeys>();

function keysOf(node: GraphNode): NodeKeys {
  let keys = keyCache.get(node);
  if (keys === undefined) {
    keys = computeKeys(node);
    keyCache.set(node, keys);
  }
  return keys;
}

function computeKeys(node: GraphNode): NodeKeys {
  const mergedIds = stringList(node.properties.mergedIds);
  const type = entityType(node);
  if (type === undefined || isArticleScoped(node))
    return mergedIds.length === 0 ? NO_KEYS : { strong: [], weak: [], names: [], mergedIds };
  const name = stringProp(node.properties.name) ?? node.id;
  const aliases = stringList(node.properties.aliases);
  const typed = (k: string): string => `${type}\u0000${k}`;
  return {
    strong: strongKeys(name, aliases).map(typed),
    weak: weakKeys(type, name).map(typed),
    names: strongKeys(name, []).map(typed),
    mergedIds,
  };
}

function layered(top: MergeLookup, bottom: MergeLookup): MergeLookup {
  // A node in `top` supersedes its stored version, so keys it no longer has must not match.
  const live = (ids: Iterable<string>, owner: MergeLookup) =>
    [...ids].filter((id) => owner === top || top.getNode(id) === undefined);
  return {
    getNode: (id) => top.getNode(id) ?? bottom.getNode(id),
    idsByStrongKey: (t, k) => [...live(top.idsByStrongKey(t, k), top), ...live(bottom.idsByStrongKey(t, k), bottom)],
    idsByWeakKey: (t, k) => [...live(top.idsByWeakKey(t, k), top), ...live(bottom.idsByWeakKey(t, k), bottom)],
    idsByNameKey: (t, k) => [...live(top.idsByNameKey(t, k), top), ...live(bottom.idsByNameKey(t, k), bottom)],
    mergedInto: (id) => top.mergedInto(id) ?? bottom.mergedInto(id),
  };
}

function addTo(table: Map<string, Set<string>>, key: string, id: string): void {
  let ids = table.get(key);
  if (!ids) table.set(key, (ids = new Set()));
  ids.add(id);
}

/** Record that entity `id` now lives in `node`, so a later merge of `id` lands here directly. */
function withMergedId(node: GraphNode, id: string): GraphNode {
  const mergedIds = stringList(node.properties.mergedIds);
  if (mergedIds.includes(id)) return node;
  return { ...node, properties: { ...node.properties, mergedIds: [...mergedIds, id] } };
}

function withId(node: GraphNode, id: string): GraphNode {
  return id === node.id ? node : { ...node, id, properties: { ...node.properties, id } };
}

function unionList(a: PropertyScalar[], b: PropertyScalar[]): PropertyScalar[] {
  const out = [...a];
  for (const v of b) if (!out.some((o) => valuesEqual(o, v))) out.push(v);
  return out;
}

function stringProp(value: PropertyValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringList(value: PropertyValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
