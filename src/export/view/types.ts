/**
 * The JSON shapes the server's API returns and the web view consumes. The in-page data source of
 * the self-contained HTML export returns the very same shapes.
 */
import type { QueryPlan } from '../../cypher/values.js';
import type { Highlight, JsonValue } from './json.js';

export interface ViewNode {
  id: string;
  label: string;
  /** The node's type (its first known label), which picks its colour. */
  type: string;
  labels: string[];
  aliases: string[];
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Ids of the articles the node appears in (left empty in an overview: see `importance`). */
  articles: string[];
  /** The importance measure: distinct articles naming the node. */
  importance: number;
  /** Louvain community (0 the largest), -1 for Articles. */
  community: number;
  /** Trusted days (ISO) of the node's relations and mentions, for the timeline filter. */
  dates: string[];
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  color: string;
  article: string | null;
  /** The trusted date (see dates.ts): the relation's own date near its publication, else the
   * publication date; null when there is none. */
  date: string | null;
}

export interface CommunitySummary {
  id: number;
  /** Entities in the community. */
  size: number;
  color: string;
  /** Its most important members. */
  top: NodeRef[];
}

/** Relations (MENTIONS aside) per bin and type, by trusted date. */
export interface Timeline {
  unit: 'week' | 'month';
  /** Inclusive ISO days. */
  bins: { start: string; end: string }[];
  series: { type: string; counts: number[] }[];
}

export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  nodeTypes: { type: string; color: string; count: number }[];
  relationTypes: { type: string; color: string; count: number }[];
  articles: ArticleRef[];
  /** Earliest and latest dates on relations, ISO, or null when no relation is dated. */
  dateRange: [string, string] | null;
  /** True when saved positions were applied (the view should not re-run the layout). */
  positioned: boolean;
  /** "full": every node and edge; "overview": the most important entities of a large graph,
   * with Articles and MENTIONS left out (neighbourhoods load on demand). */
  mode: 'full' | 'overview';
  /** Size of the whole graph (the overview shows part of it). */
  total: { nodes: number; edges: number; entities: number };
  /** What node sizes and the overview's choice stand for. */
  importance: string;
  communities: CommunitySummary[];
  timeline: Timeline | null;
}

/** A node's ego network, to add to the view in place. */
export interface Neighbourhood {
  center: string;
  depth: number;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Neighbours at depth 1 before the cap. */
  neighbours: number;
  truncated: boolean;
}

/** Centrality and community of a node, for the panel. */
export interface NodeCentrality {
  articles: number;
  relations: number;
  degree: number;
  pagerank: number;
  /** 1-based rank by PageRank among `entities` entities; 0 for Articles. */
  pagerankRank: number;
  entities: number;
  community: CommunitySummary | null;
}

/** What an actor stated, demanded, rejected or attended, per counterpart, with dates. */
export interface ActorSummary {
  type: string;
  total: number;
  counterparts: {
    other: NodeRef;
    /** "out": the actor did it to the counterpart; "in": the counterpart did it to the actor. */
    direction: 'out' | 'in';
    count: number;
    first: string | null;
    last: string | null;
    /** Relation ids and trusted dates, oldest first. */
    items: { edgeId: string; date: string | null }[];
  }[];
}

export interface NodeRef {
  id: string;
  name: string;
  type: string;
}

/** The evidence sentence inside its surrounding article text. */
export interface EvidenceContext {
  before: string;
  sentence: string;
  after: string;
  /** True when the text before/after was cut (the view shows an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

export interface RelationItem {
  edgeId: string;
  type: string;
  direction: 'out' | 'in';
  other: NodeRef;
  evidence: string | null;
  context: EvidenceContext | null;
  date: string | null;
  article: ArticleRef | null;
  content: string | null;
}

export interface NodeDetails {
  id: string;
  name: string;
  type: string;
  labels: string[];
  aliases: string[];
  roles: string[];
  properties: Record<string, JsonValue>;
  relations: { type: string; items: RelationItem[] }[];
  articles: ArticleRef[];
  centrality: NodeCentrality | null;
  summary: ActorSummary[];
}

export interface EdgeDetails extends RelationItem {
  source: NodeRef;
  target: NodeRef;
  properties: Record<string, JsonValue>;
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
}

export interface ArticleText {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export interface QueryAnswer {
  columns: string[];
  rows: JsonValue[][];
  highlight: Highlight;
  /** True when the row limit cut the result short. */
  truncated: boolean;
  stats?: Record<string, number>;
  /** For EXPLAIN / PROFILE queries: the plan as a tree of operators. */
  plan?: QueryPlan;
}

export interface ApiErrorBody {
  error: { code: string; message: string; line?: number; column?: number; offset?: number };
}

export type Positions = Record<string, [number, number]>;
