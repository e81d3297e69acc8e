import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../../graph/schema.js';
import type { NodeValue, RelationshipValue } from '../../cypher/values.js';
import { decodeEmbedded, encodeEmbedded } from './embed.js';
import { evidenceContext } from './evidence.js';
import { collectHighlight, cypherToJson } from './json.js';
import { buildIndex, search } from './model.js';
import { graphView } from './graph-view.js';
import { nodeDetails } from './node-details.js';

describe('evidenceContext', () => {
  const text = 'One two three. The key sentence is here. Four five six.';
  const sentence = 'The key sentence is here.';
  const start = text.indexOf(sentence);

  it('cuts the sentence out at its offsets with the text around it', () => {
    expect(evidenceContext(text, sentence, start, start + sentence.length)).toEqual({
      before: 'One two three. ',
      sentence,
      after: ' Four five six.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('finds the sentence when the offsets are stale, and shows it alone when it is not there', () => {
    expect(evidenceContext(text, sentence, 0, 5).sentence).toBe(sentence);
    expect(evidenceContext(text, 'Not in the text.', 0, 5)).toMatchObject({
      before: '',
      sentence: 'Not in the text.',
      after: '',
    });
  });

  it('clips long context at word boundaries', () => {
    const long = 'word '.repeat(200) + sentence + ' tail'.repeat(200);
    const at = long.indexOf(sentence);
    const ctx = evidenceContext(long, sentence, at, at + sentence.length);
    expect(ctx.clippedBefore && ctx.clippedAfter).toBe(true);
    expect(ctx.before.startsWith('word ')).toBe(true);
    expect(ctx.after.endsWith('tail')).toBe(true);
    expect(ctx.before.length).toBeLessThan(260);
  });
});

const fragment: GraphFragment = {
  nodes: [
    { id: 'a', labels: ['Article'], properties: { id: 'a', title: 'Lavrov speaks', text: 'Lavrov spoke.' } },
    {
      id: 'p',
      labels: ['Person'],
      properties: { id: 'p', name: 'Sergei Lavrov', aliases: ['Lavrov'], roles: ['Minister'] },
    },
    { id: 'q', labels: ['Person'], properties: { id: 'q', name: 'Ana Lavrova', aliases: [] } },
    { id: 'o', labels: ['Organization'], properties: { id: 'o', name: 'Ministère', aliases: ['MFA'] } },
  ],
  edges: [
    { id: 'm', type: 'MENTIONS', source: 'a', target: 'p', properties: { article: 'a' } },
    {
      id: 'r',
      type: 'HAS_ROLE',
      source: 'p',
      target: 'o',
      properties: { role: 'Spokesman', article: 'a', evidence: 'Lavrov spoke.', start: 0n, end: 13n },
    },
    { id: 'dangling', type: 'STATED', source: 'p', target: 'missing', properties: {} },
  ],
};

describe('graph model', () => {
  const index = buildIndex(fragment);

  it('ranks an exact alias above a title prefix and folds accents', () => {
    expect(search(index, 'lavrov').map((h) => h.id)).toEqual(['p', 'q', 'a']);
    expect(search(index, 'ministere')[0]).toMatchObject({ id: 'o', alias: null });
    expect(search(index, 'mfa')[0]).toMatchObject({ id: 'o', alias: 'MFA' });
  });

  it('drops edges whose ends are missing and sizes nodes by degree', () => {
    const view = graphView(index);
    expect(view.edges.map((e) => e.id).sort()).toEqual(['m', 'r']);
    const p = view.nodes.find((n) => n.id === 'p')!;
    const q = view.nodes.find((n) => n.id === 'q')!;
    expect(p.degree).toBe(2);
    expect(p.size).toBeGreaterThan(q.size);
    expect(view.positioned).toBe(false);
    expect(graphView(index, { a: [0, 0], p: [1, 1], q: [2, 2], o: [3, 3] }).positioned).toBe(true);
  });

  it('collects roles from the node and its HAS_ROLE edges', () => {
    expect(nodeDetails(index, 'p')!.roles).toEqual(['Minister', 'Spokesman']);
    expect(nodeDetails(index, 'nope')).toBeNull();
  });
});

describe('JSON-safe values', () => {
  const node: NodeValue = { kind: 'node', id: 'k1', labels: ['Person'], properties: new Map([['id', 'p']]) };
  const rel: RelationshipValue = {
    kind: 'relationship',
    id: 'k2',
    type: 'STATED',
    startId: 'p',
    endId: 'a',
    properties: new Map(),
  };

  it('keeps integers exact and names nodes by their graph id', () => {
    expect(cypherToJson(2n ** 53n + 1n)).toBe('9007199254740993');
    expect(cypherToJson(42n)).toBe(42);
    expect(cypherToJson(Number.NaN)).toBe('NaN');
    expect(cypherToJson(node)).toEqual({ id: 'p', labels: ['Person'], properties: { id: 'p' } });
  });

  it('finds nodes and relationships nested in lists, maps and paths', () => {
    const path = { kind: 'path' as const, nodes: [node], relationships: [rel] };
    expect(collectHighlight([[new Map([['x', [path]]])]])).toEqual({ nodes: ['p'], edges: ['k2'] });
  });
});

describe('embedded data', () => {
  it('round-trips integers and floats and cannot close its script element', () => {
    const tricky: GraphFragment = {
      nodes: [
        {
          id: 'x',
          labels: ['Person'],
          properties: { name: '</script><script>alert(1)</script>', n: 1n, f: 1, list: [2n, 3n], s: '\u2028&' },
        },
      ],
      edges: [],
    };
    const text = encodeEmbedded(tricky, { x: [1, 2] }, '2024-01-01');
    expect(text).not.toMatch(/[<>&\u2028]/);
    const back = decodeEmbedded(text);
    expect(back.fragment).toEqual(tricky);
    expect(back.positions).toEqual({ x: [1, 2] });
  });

  it('leaves out id properties equal to the element id and restores them, and no others', () => {
    const fragment: GraphFragment = {
      nodes: [
        { id: 'a', labels: ['Person'], properties: { id: 'a', name: 'A' } },
        { id: 'b', labels: ['Person'], properties: { name: 'B' } },
        { id: 'c', labels: ['Person'], properties: { id: 'other', name: 'C' } },
      ],
      edges: [{ id: 'e', type: 'STATED', source: 'a', target: 'b', properties: { id: 'e' } }],
    };
    const text = encodeEmbedded(fragment);
    expect(text).not.toContain('"id":"a","name"');
    expect(decodeEmbedded(text).fragment).toEqual(fragment);
  });

  it('refuses data of another kind', () => {
    expect(() => decodeEmbedded('{"nodes": []}')).toThrow(/does not carry a newsgraph graph/);
  });
});
