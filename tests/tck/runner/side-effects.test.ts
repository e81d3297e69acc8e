import { describe, expect, it } from 'vitest';
import { createPropertyGraph } from '../../../src/graph/property-graph.js';
import { captureState, compareSideEffects, diffStates, noSideEffects, parseSideEffectsTable } from './side-effects.js';

describe('side effects as state differences', () => {
  it('counts distinct labels, changed property values and deleted elements', () => {
    const g = createPropertyGraph();
    g.addNode('a', { labels: ['A'], properties: { name: 'x', n: 1n } });
    g.addNode('b', { labels: ['A', 'B'], properties: {} });
    g.addEdgeWithKey('r', 'a', 'b', { type: 'T', properties: { w: 1n } });
    const before = captureState(g);

    g.setNodeAttribute('a', 'properties', { name: 'y', n: 1n }); // one removed, one added
    g.setNodeAttribute('a', 'labels', ['A', 'C']); // C is new; B still present on b
    g.dropEdge('r'); // its property goes with it
    g.addNode('c', { labels: ['A'], properties: { n: 1 } }); // 1.0 is a new value, not 1
    const effects = diffStates(before, captureState(g));

    expect(effects).toEqual({
      '+nodes': 1,
      '-nodes': 0,
      '+relationships': 0,
      '-relationships': 1,
      '+labels': 1,
      '-labels': 0,
      '+properties': 2,
      '-properties': 2,
    });
  });

  it('sees nothing when an element is created and deleted again', () => {
    const g = createPropertyGraph();
    const before = captureState(g);
    g.addNode('tmp', { labels: ['L'], properties: { k: 'v' } });
    g.dropNode('tmp');
    expect(diffStates(before, captureState(g))).toEqual(noSideEffects());
  });

  it('parses the expected table and reports each differing counter', () => {
    const expected = parseSideEffectsTable([
      ['+nodes', '1'],
      ['+properties', '2'],
    ]);
    expect(compareSideEffects(expected, { ...noSideEffects(), '+nodes': 1, '+properties': 2 })).toBeNull();
    expect(compareSideEffects(expected, { ...noSideEffects(), '+nodes': 2, '+properties': 2, '-labels': 1 })).toBe(
      'side effects: +nodes 2 (expected 1), -labels 1 (expected 0)',
    );
    expect(() => parseSideEffectsTable([['+widgets', '1']])).toThrow(/Unknown side effect/);
  });
});
