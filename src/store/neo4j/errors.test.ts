import { describe, expect, it } from 'vitest';
import { StoreError } from '../types.js';
import { toStoreError } from './errors.js';

const ctx = { uri: 'bolt://db.example:7687', user: 'neo4j' };
const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('driver errors as StoreErrors', () => {
  it('tells the user how to start Neo4j when it cannot be reached', () => {
    const e = toStoreError(driverError('ServiceUnavailable', 'Could not perform discovery. ECONNREFUSED'), ctx);
    expect(e.code).toBe('UNAVAILABLE');
    expect(e.message).toBe(
      'Cannot reach Neo4j at bolt://db.example:7687 — start it with `npm run neo4j:start` or set NEO4J_URI',
    );
  });

  it('names the user and the variables to fix for wrong credentials', () => {
    const e = toStoreError(driverError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized'), ctx);
    expect(e.code).toBe('AUTH');
    expect(e.message).toMatch(/refused the credentials of user "neo4j" — set NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('maps read-only violations, timeouts and Cypher errors', () => {
    expect(
      toStoreError(driverError('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode'), ctx).code,
    ).toBe('WRITE_REFUSED');
    const timeout = toStoreError(
      driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'x'),
      {
        ...ctx,
        timeoutMs: 250,
      },
    );
    expect(timeout.message).toBe('The query ran past its time limit of 250 ms and was stopped');
    const syntax = toStoreError(
      driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input (line 1, column 9 (offset: 8))'),
      ctx,
    );
    expect(syntax.code).toBe('QUERY');
    expect(syntax.message).toMatch(/line 1, column 9/);
  });

  it('explains a URI that is not a Neo4j address', () => {
    const e = toStoreError(new Error('Unknown scheme: http'), { uri: 'http://x' });
    expect(e.message).toBe(
      '"http://x" is not a Neo4j address — use bolt://host:7687 or neo4j://host:7687 in NEO4J_URI',
    );
  });

  it('passes StoreErrors through and keeps one line for unknown failures', () => {
    const own = new StoreError('mine', 'OTHER');
    expect(toStoreError(own, ctx)).toBe(own);
    const e = toStoreError(new Error('disk full\n  at Foo.bar (x.js:1:1)'), { ...ctx, action: 'merge the fragment' });
    expect(e.message).toBe('Neo4j failed while trying to merge the fragment: disk full');
  });
});
