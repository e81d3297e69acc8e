import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../graph/schema.js';
import { toGraphML } from './graphml.js';
import { toJSON } from './json.js';

const fragment: GraphFragment = {
  nodes: [
    { id: 'p2', labels: ['Person'], properties: { id: 'p2', name: 'B <&> "q"', aliases: ['x', 'y'], n: 2n } },
    { id: 'p1', labels: ['Person', 'Extra'], properties: { id: 'p1', name: 'A\u0001\r\nline', n: 1.5, flag: true } },
  ],
  edges: [
    { id: 'e1', type: 'STATED', source: 'p1', target: 'p2', properties: { start: 3n, confidence: 1, label: 'own' } },
  ],
};

describe('toGraphML', () => {
  const xml = toGraphML(fragment);

  it('declares one typed key per attribute, widening long+double to double', () => {
    expect(xml).toContain('<key id="n0" for="node" attr.name="labels" attr.type="string"/>');
    expect(xml).toContain('attr.name="n" attr.type="double"');
    expect(xml).toContain('attr.name="flag" attr.type="boolean"');
    expect(xml).toContain('attr.name="start" attr.type="long"');
    expect(xml).toContain('attr.name="property.label" attr.type="string"');
  });

  it('writes APOC-style labels, a display label, escaped text and JSON lists, and drops forbidden characters', () => {
    expect(xml).toContain('>:Person:Extra</data>');
    expect(xml).toContain('>B &lt;&amp;&gt; "q"</data>');
    expect(xml).toContain('>A&#13;\nline</data>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('>["x","y"]</data>');
  });

  it('is deterministic and sorted by id', () => {
    expect(toGraphML({ nodes: [...fragment.nodes].reverse(), edges: fragment.edges })).toBe(xml);
    expect(xml.indexOf('<node id="p1"')).toBeLessThan(xml.indexOf('<node id="p2"'));
  });
});

describe('toJSON', () => {
  it('writes plain JSON numbers and keeps huge integers exact as strings', () => {
    const doc = JSON.parse(
      toJSON({ nodes: [{ id: 'a', labels: ['X'], properties: { big: 2n ** 60n, small: 3n, f: 0.5 } }], edges: [] }),
    );
    expect(doc.nodes[0].properties).toEqual({ big: '1152921504606846976', small: 3, f: 0.5 });
  });
});
