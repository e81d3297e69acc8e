/**
 * The DataSource of an exported HTML file: the same answers as the server's API, computed in the
 * page from the embedded snapshot. Cypher runs in the page when a runner is given.
 */
import { articleText, buildIndex, edgeDetails, graphView, nodeDetails, search } from '../../export/view/model.js';
import type { GraphIndex } from '../../export/view/model.js';
import type { EmbeddedData } from '../../export/view/embed.js';
import type {
  ArticleText,
  EdgeDetails,
  GraphView,
  NodeDetails,
  Positions,
  QueryAnswer,
  SearchHit,
} from '../../export/view/types.js';
import type { GraphFragment } from '../../graph/schema.js';
import type { DataSource, ExportedFile, SourceInfo } from './source.js';
import { SourceError } from './source.js';

/** Runs a read-only query over the embedded graph; throws SourceError for a bad query. */
export type QueryRunner = (query: string, params: Record<string, unknown>) => QueryAnswer;

export interface EmbeddedOptions {
  runQuery: QueryRunner | null;
  exporters: { graphml(fragment: GraphFragment): string; json(fragment: GraphFragment): string };
}

export class EmbeddedSource implements DataSource {
  private readonly index: GraphIndex;

  constructor(
    private readonly data: EmbeddedData,
    private readonly options: EmbeddedOptions,
  ) {
    this.index = buildIndex(data.fragment);
  }

  async info(): Promise<SourceInfo> {
    return {
      allowWrites: false,
      canSavePositions: false,
      consoleDisabled: this.options.runQuery ? null : 'The Cypher console needs the newsgraph server in this build.',
      description: `${this.index.nodes.size} nodes, ${this.index.edges.size} relationships · exported ${this.data.generated.slice(0, 10)} · read-only`,
    };
  }

  async graph(): Promise<GraphView> {
    return graphView(this.index, this.data.positions);
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

  async exportGraph(format: 'graphml' | 'json'): Promise<ExportedFile> {
    const text =
      format === 'graphml'
        ? this.options.exporters.graphml(this.data.fragment)
        : this.options.exporters.json(this.data.fragment);
    const type = format === 'graphml' ? 'application/graphml+xml' : 'application/json';
    return { name: `newsgraph.${format}`, blob: new Blob([text], { type }) };
  }

  async savePositions(_positions: Positions): Promise<void> {
    throw new SourceError('READ_ONLY', 'An exported file cannot save positions; download them instead.');
  }
}
