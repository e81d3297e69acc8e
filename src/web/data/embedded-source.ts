/**
 * The DataSource of an exported HTML file: the same answers as the server's API, computed in the
 * page from the embedded snapshot. Cypher runs in the page when a runner is given.
 */
import { articleText, buildIndex, edgeDetails, search } from '../../export/view/model.js';
import { graphView, NEIGHBOURHOOD_LIMIT, neighbourhood } from '../../export/view/graph-view.js';
import { nodeDetails } from '../../export/view/node-details.js';
import type { GraphIndex } from '../../export/view/model.js';
import type { EmbeddedData } from '../../export/view/embed.js';
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
import type { GraphFragment } from '../../graph/schema.js';
import type { DataSource, ExportedFile, ExportFormat, NeighbourhoodRequest, SourceInfo } from './source.js';
import { SourceError } from './source.js';

/** Runs a read-only query over the embedded graph; throws SourceError for a bad query. */
export type QueryRunner = (query: string, params: Record<string, unknown>) => QueryAnswer;

export interface EmbeddedOptions {
  runQuery: QueryRunner | null;
  exporters: {
    graphml(fragment: GraphFragment): string;
    json(fragment: GraphFragment): string;
    gexf(fragment: GraphFragment, positions: Positions): string;
  };
}

export class EmbeddedSource implements DataSource {
  private indexed: GraphIndex | null = null;

  constructor(
    private readonly data: EmbeddedData,
    private readonly options: EmbeddedOptions,
  ) {}

  /** Built on first use: a large graph's page opens on the embedded overview before this. */
  private get index(): GraphIndex {
    this.indexed ??= buildIndex(this.data.fragment);
    return this.indexed;
  }

  async info(): Promise<SourceInfo> {
    return {
      allowWrites: false,
      canSavePositions: false,
      consoleDisabled: this.options.runQuery ? null : 'The Cypher console needs the newsgraph server in this build.',
      description:
        `${this.data.fragment.nodes.length} nodes, ${this.data.fragment.edges.length} relationships · exported ${this.data.generated.slice(0, 10)} · read-only` +
        (this.data.overview
          ? ' · opens on an overview; the rest of the graph is in this file and loads on demand'
          : ''),
    };
  }

  async graph(): Promise<GraphView> {
    return this.data.overview ?? graphView(this.index, this.data.positions);
  }

  async neighbourhood(id: string, request: NeighbourhoodRequest): Promise<Neighbourhood> {
    const found = neighbourhood(this.index, id, { ...request, limit: NEIGHBOURHOOD_LIMIT }, this.data.positions);
    if (!found) throw new SourceError('NOT_FOUND', 'No node has this id.');
    return found;
  }

  async node(id: string): Promise<NodeDetails> {
    const details = nodeDetails(this.index, id);
    if (!details) throw new SourceError('NOT_FOUND', 'No node has this id.');
    return details;
  }

  async edge(id: string): Promise<EdgeDetails> {
    const details = edgeDetails(this.index, id);
    if (!details) throw new SourceError('NOT_FOUND', 'No relationship has this id.');
    return details;
  }

  async search(query: string): Promise<SearchHit[]> {
    return search(this.index, query, 12);
  }

  async article(id: string): Promise<ArticleText> {
    const article = articleText(this.index, id);
    if (!article) throw new SourceError('NOT_FOUND', 'No article has this id.');
    return article;
  }

  async query(query: string, params: Record<string, unknown>): Promise<QueryAnswer> {
    if (!this.options.runQuery)
      throw new SourceError('UNAVAILABLE', 'The Cypher console is not available in this file.');
    return this.options.runQuery(query, params);
  }

  async exportGraph(format: ExportFormat): Promise<ExportedFile> {
    const { graphml, json, gexf } = this.options.exporters;
    const fragment = this.data.fragment;
    const text =
      format === 'graphml'
        ? graphml(fragment)
        : format === 'json'
          ? json(fragment)
          : gexf(fragment, this.data.positions);
    const type = { graphml: 'application/graphml+xml', json: 'application/json', gexf: 'application/gexf+xml' }[format];
    return { name: `newsgraph.${format}`, blob: new Blob([text], { type }) };
  }

  async savePositions(_positions: Positions): Promise<void> {
    throw new SourceError('READ_ONLY', 'An exported file cannot save positions; download them instead.');
  }
}
