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
  /** Ids of the articles the node appears in. */
  articles: string[];
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  color: string;
  article: string | null;
  date: string | null;
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
