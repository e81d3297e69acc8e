/**
 * Where the view gets its data: the server's JSON API, or (in an exported HTML file) the same
 * answers computed in the page. The view knows only this interface.
 */
import type {
  ArticleText,
  EdgeDetails,
  GraphView,
  Neighbourhood,
  NodeDetails,
  Positions,
  QueryAnswer,
  SearchHit,
} from '../../export/view/types.js';

export interface SourceInfo {
  /** Updating queries are accepted (server started with --allow-writes). */
  allowWrites: boolean;
  /** Positions can be saved back (otherwise they are downloaded). */
  canSavePositions: boolean;
  /** Null when the Cypher console works; otherwise why it does not. */
  consoleDisabled: string | null;
  /** Shown under the title: "served from memory store", "exported file", … */
  description: string;
}

/** An API error as the view shows it. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: string,
    message: string,
    readonly position: { line: number; column: number; offset?: number } | null = null,
  ) {
    super(message);
  }
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

export type ExportFormat = 'graphml' | 'json' | 'gexf';

export interface NeighbourhoodRequest {
  depth: 1 | 2;
  /** Include Article neighbours and MENTIONS. */
  articles: boolean;
}

export interface DataSource {
  info(): Promise<SourceInfo>;
  graph(): Promise<GraphView>;
  /** A node's ego network, to expand the view in place. */
  neighbourhood(id: string, request: NeighbourhoodRequest): Promise<Neighbourhood>;
  node(id: string): Promise<NodeDetails>;
  edge(id: string): Promise<EdgeDetails>;
  search(query: string): Promise<SearchHit[]>;
  article(id: string): Promise<ArticleText>;
  query(query: string, params: Record<string, unknown>): Promise<QueryAnswer>;
  exportGraph(format: ExportFormat): Promise<ExportedFile>;
  savePositions(positions: Positions): Promise<void>;
}
