import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../graph/schema.js';
import { arrayDelimiter, toNeo4jCsv } from './neo4j-csv.js';

/** RFC 4180 reading: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const fragment: GraphFragment = {
  nodes: [
    {
      id: 'article:x',
      labels: ['Article'],
      properties: { id: 'article:x', title: 'An "invented" title', text: 'Line one,\nline two.', date: '2021-05-04' },
    },
    {
      id: 'person:a',
      labels: ['Person'],
      properties: { id: 'person:a', name: 'Ann', aliases: ['A.', 'Annie'], score: 2n, weight: 0.5 },
    },
    { id: 'place:p', labels: ['Place'], properties: { id: 'place:p', name: 'P', aliases: [], score: 1.5 } },
  ],
  edges: [
    { id: 'm1', type: 'MENTIONS', source: 'article:x', target: 'person:a', properties: { count: 3n } },
    { id: 's1', type: 'STATED', source: 'person:a', target: 'place:p', properties: { confidence: 0.9, ok: true } },
    { id: 'dangling', type: 'STATED', source: 'person:a', target: 'nobody', properties: {} },
  ],
};

describe('neo4j-admin CSV export', () => {
  const files = Object.fromEntries(toNeo4jCsv(fragment).map((f) => [f.name, f.content]));

  it('writes typed node columns, labels and arrays, and keeps quotes and newlines', () => {
    const [header, ...rows] = parseCsv(files['nodes.csv']!);
    expect(header).toEqual([
      'id:ID',
      ':LABEL',
      'aliases:string[]',
      'date:string',
      'name:string',
      'score:double',
      'text:string',
      'title:string',
      'weight:double',
    ]);
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.map((r) => [r[0], r]));
    expect(byId.get('article:x')![6]).toBe('Line one,\nline two.');
    expect(byId.get('article:x')![7]).toBe('An "invented" title');
    expect(byId.get('person:a')![2]!.split(';')).toEqual(['A.', 'Annie']);
    expect(byId.get('person:a')![5]).toBe('2');
    expect(byId.get('place:p')![2]).toBe('');
  });

  it('writes relationships between known nodes with their id and typed properties', () => {
    const [header, ...rows] = parseCsv(files['relationships.csv']!);
    expect(header).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'confidence:double', 'count:long', 'ok:boolean']);
    expect(rows.map((r) => r[3])).toEqual(['m1', 's1']);
    expect(rows[1]).toEqual(['person:a', 'place:p', 'STATED', 's1', '0.9', '', 'true']);
    expect(files['import.sh']).toContain('--nodes=nodes.csv --relationships=relationships.csv');
    expect(files['import.sh']).toContain("--array-delimiter=';'");
  });

  it('picks another array delimiter when a value contains ";"', () => {
    const tricky: GraphFragment = {
      nodes: [{ id: 'n', labels: ['Person'], properties: { id: 'n', aliases: ['a;b'] } }],
      edges: [],
    };
    expect(arrayDelimiter(tricky)).toBe('|');
  });
});
