/**
 * The Neo4j store: the GraphStore interface over neo4j-driver (Bolt, or neo4j:// routing).
 *
 * Schema: one uniqueness constraint per node label on `id` and per relationship type on `id`
 * (plus an index on relationships' `article`), created with IF NOT EXISTS the first time a label
 * or type is written. Relationships keep their stable id in an `id` property; that is what makes
 * re-building an article create nothing twice.
 *
 * Atomicity ("a failed build leaves the previous graph intact"): a merge of up to `atomicRows`
 * nodes + relationships (default 50,000) reads, plans and writes in ONE transaction, so a failure
 * anywhere rolls all of it back. A larger merge plans in a read transaction and then commits one
 * transaction per batch; if it fails midway, the batches already committed stay, but every write
 * is an idempotent MERGE by id, so running the same build again completes it, and nothing the
 * earlier graph held is deleted before all upserts have succeeded (stale relationships of
 * re-built articles go last).
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { QueryResult } from '../../cypher/values.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../graph/schema.js';
import type { GraphStats, GraphStore, MergeStats, QueryOptions } from '../types.js';
import { StoreError } from '../types.js';
import { toStoreError } from './errors.js';
import type { ErrorContext } from './errors.js';
import { executeWritePlan, planNeo4jMerge } from './merge-plan.js';
import type { Row, Run, WritePlan } from './merge-plan.js';
import { EntityCache } from './entity-cache.js';
import { DEFAULT_BATCH_SIZE, constraintStatements, primaryLabel } from './statements.js';
import type { Statement } from './statements.js';
import { collectResult, updatesGraph } from './query.js';
import { graphEdgeFrom, graphNodeFrom, toDriverParams } from './values.js';

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_ATOMIC_ROWS = 50_000;

export interface Neo4jConnectOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  /** Rows per UNWIND statement (default 2000). */
  batchSize?: number;
  /** Merges up to this many nodes + relationships run in one transaction (default 50,000). */
  atomicRows?: number;
  /** Fail a connection attempt after this long (default 5000 ms). */
  connectTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  /** Labels and relationship types whose constraints this store has already ensured. */
  private readonly ensuredSchema = new Set<string>();
  /** Stored entities for cross-article resolution, kept between merges (see entity-cache.ts). */
  private readonly entities = new EntityCache();
  /** Merges run one at a time per store, so each plans against the previous one's result. */
  private mergeQueue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    readonly database: string,
    readonly batchSize: number,
    readonly atomicRows: number,
    private readonly user: string,
  ) {}

  /** Opens a driver and checks the server answers and accepts the credentials. */
  static async connect(options: Neo4jConnectOptions = {}): Promise<Neo4jStore> {
    const env = options.env ?? process.env;
    const uri = options.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J_URI;
    const user = options.user ?? env.NEO4J_USER ?? 'neo4j';
    const password = options.password ?? env.NEO4J_PASSWORD ?? '';
    const database = options.database ?? env.NEO4J_DATABASE ?? 'neo4j';
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new StoreError(`batch size must be a positive integer, got ${batchSize}`, 'OTHER');
    }
    const ctx: ErrorContext = { uri, user, action: 'connect' };
    let driver: Driver;
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
        useBigInt: true,
        connectionTimeout: options.connectTimeoutMs ?? 5000,
        maxTransactionRetryTime: 15_000,
        logging: { level: 'error', logger: () => {} },
      });
    } catch (error) {
      throw toStoreError(error, ctx);
    }
    const store = new Neo4jStore(driver, uri, database, batchSize, options.atomicRows ?? DEFAULT_ATOMIC_ROWS, user);
    try {
      // No retries here: a server that is down should fail the connection at once, not in 15 s.
      await driver.getServerInfo({ database });
      const probe = store.session('READ');
      try {
        await probe.run('RETURN 1');
      } finally {
        await probe.close();
      }
    } catch (error) {
      await driver.close().catch(() => {});
      throw toStoreError(error, ctx);
    }
    return store;
  }

  async merge(fragment: GraphFragment): Promise<MergeStats> {
    if (fragment.nodes.length === 0 && fragment.edges.length === 0) {
      return { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
    }
    const merged = this.mergeQueue.then(() =>
      this.guard('merge the fragment', async () => {
        try {
          await this.ensureSchema(fragment.nodes, fragment.edges);
          const rows = fragment.nodes.length + fragment.edges.length;
          return await (rows <= this.atomicRows ? this.mergeAtomically(fragment) : this.mergeInBatches(fragment));
        } catch (error) {
          this.entities.invalidate();
          throw error;
        }
      }),
    );
    this.mergeQueue = merged.catch(() => undefined);
    return merged;
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    const readOnly = options.readOnly ?? true;
    if (readOnly && (await updatesGraph(cypher))) {
      throw new StoreError(
        'this query changes the graph (CREATE, MERGE, SET, DELETE or REMOVE) and the store is read-only here; ' +
          'run it with --write to save the change',
        'WRITE_REFUSED',
      );
    }
    const params = toDriverParams(options.params);
    const config = options.timeoutMs !== undefined ? { timeout: Math.max(1, Math.round(options.timeoutMs)) } : {};
    const work = (tx: ManagedTransaction) => collectResult(tx, cypher, params, options.maxRows, readOnly);
    const ctx = {
      ...this.errorContext('run the query'),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    };
    if (!readOnly) this.entities.invalidate();
    const session = this.session(readOnly ? 'READ' : 'WRITE');
    try {
      return readOnly ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toStoreError(error, ctx);
    } finally {
      await session.close();
    }
  }

  async snapshot(): Promise<GraphFragment> {
    return this.guard('read the graph', () =>
      this.read(async (run) => {
        const nodeRows = await run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
        const edgeRows = await run(
          'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY r.id',
        );
        const nodes: GraphNode[] = nodeRows.map((r) => graphNodeFrom(r.labels as string[], r.props as Row));
        const edges: GraphEdge[] = edgeRows.map((r) =>
          graphEdgeFrom(String(r.type), String(r.source), String(r.target), r.props as Row),
        );
        return { nodes, edges };
      }),
    );
  }

  async stats(): Promise<GraphStats> {
    return this.guard('count the graph', () =>
      this.read(async (run) => {
        const [totals] = await run(
          'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges',
        );
        const labels = await run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count');
        const types = await run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
        return {
          nodes: Number(totals?.nodes ?? 0),
          edges: Number(totals?.edges ?? 0),
          nodesByLabel: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.count)])),
          edgesByType: Object.fromEntries(types.map((r) => [String(r.type), Number(r.count)])),
        };
      }),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Deletes every node and relationship (tests and `build --fresh`), in batches. */
  async clear(): Promise<void> {
    this.entities.invalidate();
    await this.guard('clear the graph', async () => {
      const session = this.session('WRITE');
      try {
        await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    });
  }

  /**
   * The one-statement-per-row writer the benchmark compares the batched one with: each node and
   * relationship is its own auto-commit MERGE. Not used by `merge`.
   */
  async writeNaively(statements: Iterable<Statement>): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const s of statements) await session.run(s.text, s.params);
    } catch (error) {
      throw toStoreError(error, this.errorContext('write'));
    } finally {
      await session.close();
    }
  }

  /** Creates the uniqueness constraints for the labels and types this fragment uses. */
  async ensureSchema(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Promise<void> {
    const labels = new Set(nodes.flatMap((n) => n.labels).filter((l) => !this.ensuredSchema.has(`label:${l}`)));
    const types = new Set(edges.map((e) => e.type).filter((t) => !this.ensuredSchema.has(`type:${t}`)));
    if (labels.size === 0 && types.size === 0) return;
    for (const node of nodes) primaryLabel(node);
    const session = this.session('WRITE');
    try {
      // Schema changes cannot share a transaction with writes, so they run first, each on its own.
      for (const text of constraintStatements(labels, types)) await session.run(text);
    } finally {
      await session.close();
    }
    for (const l of labels) this.ensuredSchema.add(`label:${l}`);
    for (const t of types) this.ensuredSchema.add(`type:${t}`);
  }

  private async mergeAtomically(fragment: GraphFragment): Promise<MergeStats> {
    const session = this.session('WRITE');
    let plan: WritePlan | undefined;
    try {
      const stats = await session.executeWrite(async (tx) => {
        const run = runner(tx);
        plan = await planNeo4jMerge(run, fragment, this.entities);
        return executeWritePlan((work) => work(run), plan, this.batchSize);
      });
      this.entities.apply(plan!.planned);
      return stats;
    } finally {
      await session.close();
    }
  }

  private async mergeInBatches(fragment: GraphFragment): Promise<MergeStats> {
    const plan = await this.read((run) => planNeo4jMerge(run, fragment, this.entities));
    const session = this.session('WRITE');
    try {
      const stats = await executeWritePlan(
        (work) => session.executeWrite((tx) => work(runner(tx))),
        plan,
        this.batchSize,
      );
      this.entities.apply(plan.planned);
      return stats;
    } finally {
      await session.close();
    }
  }

  private async read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(runner(tx)));
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async guard<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStoreError(error, this.errorContext(action));
    }
  }

  private errorContext(action: string): ErrorContext {
    return { uri: this.uri, user: this.user, action };
  }
}

function runner(tx: ManagedTransaction): Run {
  return async (text, params) => {
    const result = await tx.run(text, params ?? {});
    return result.records.map((r) => r.toObject() as Row);
  };
}

export { toStoreError } from './errors.js';
export { DEFAULT_BATCH_SIZE } from './statements.js';
