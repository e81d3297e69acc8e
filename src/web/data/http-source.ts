/** The DataSource of the served view: the server's JSON API under /api/. */
import type {
  ApiErrorBody,
  ArticleText,
  EdgeDetails,
  GraphView,
  Neighbourhood,
  NodeDetails,
  Positions,
  QueryAnswer,
  SearchHit,
} from '../../export/view/types.js';
import type { DataSource, ExportedFile, ExportFormat, NeighbourhoodRequest, SourceInfo } from './source.js';
import { SourceError } from './source.js';

interface ServerInfo {
  store: string;
  allowWrites: boolean;
  canSavePositions: boolean;
  stats: { nodes: number; edges: number };
}

export class HttpSource implements DataSource {
  constructor(private readonly base = '/api/') {}

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base + path, init);
    } catch {
      throw new SourceError('UNAVAILABLE', 'The newsgraph server does not answer. Is it still running?');
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SourceError('BAD_RESPONSE', `The server answered ${res.status} without JSON.`);
    }
    if (!res.ok) {
      const error = (body as Partial<ApiErrorBody>).error;
      const position =
        error?.line !== undefined && error.column !== undefined
          ? { line: error.line, column: error.column, offset: error.offset }
          : null;
      throw new SourceError(
        error?.code ?? String(res.status),
        error?.message ?? `The server answered ${res.status}.`,
        position,
      );
    }
    return body as T;
  }

  async info(): Promise<SourceInfo> {
    const info = await this.request<ServerInfo>('info');
    return {
      allowWrites: info.allowWrites,
      canSavePositions: info.canSavePositions,
      consoleDisabled: null,
      description: `${info.stats.nodes} nodes, ${info.stats.edges} relationships · ${info.store} store${info.allowWrites ? ' · writes allowed' : ''}`,
    };
  }

  graph(): Promise<GraphView> {
    return this.request('graph');
  }

  neighbourhood(id: string, request: NeighbourhoodRequest): Promise<Neighbourhood> {
    const query = `id=${encodeURIComponent(id)}&depth=${request.depth}&articles=${request.articles ? 1 : 0}`;
    return this.request('neighbourhood?' + query);
  }

  node(id: string): Promise<NodeDetails> {
    return this.request('node?id=' + encodeURIComponent(id));
  }

  edge(id: string): Promise<EdgeDetails> {
    return this.request('edge?id=' + encodeURIComponent(id));
  }

  async search(query: string): Promise<SearchHit[]> {
    const res = await this.request<{ results: SearchHit[] }>('search?limit=12&q=' + encodeURIComponent(query));
    return res.results;
  }

  article(id: string): Promise<ArticleText> {
    return this.request('article?id=' + encodeURIComponent(id));
  }

  query(query: string, params: Record<string, unknown>): Promise<QueryAnswer> {
    return this.request('query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
  }

  async exportGraph(format: ExportFormat): Promise<ExportedFile> {
    const res = await fetch(this.base + 'export?format=' + format);
    if (!res.ok) throw new SourceError(String(res.status), `Export failed (${res.status}).`);
    return { name: `newsgraph.${format}`, blob: await res.blob() };
  }

  async savePositions(positions: Positions): Promise<void> {
    await this.request('positions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(positions),
    });
  }
}
