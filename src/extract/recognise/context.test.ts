/** Names no gazetteer knows, typed from the tree; the names are invented on purpose. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';

function typed(text: string): string[] {
  return extractArticle({ id: 't', title: 'T', text, date: '2021-05-12' })
    .entities.filter((e) => !e.implied)
    .map((e) => `${e.type}:${e.name}`);
}

describe('names typed from their place in the tree', () => {
  it('reads the object of a locative preposition as a place', () => {
    expect(typed('Anna Kovacs said the talks in Oskaria would resume.')).toContain('Place:Oskaria');
  });
  it('reads the possessor of a government as a polity', () => {
    expect(typed("Anna Kovacs said Tarrakesh's government had fallen.")).toContain('Place:Tarrakesh');
  });
  it('reads an acting multiword name with "the" as an organisation', () => {
    expect(typed('Anna Kovacs told the Morning Ledger that she would stand again.')).toContain(
      'Organization:Morning Ledger',
    );
  });
  it('types a single acting name by its shape, or by what another mention of it shows', () => {
    expect(typed('Veltrania rejected the plan.')).toContain('Place:Veltrania');
    expect(typed('Paul Brandt visited troops in Kestrel.\nKestrel rejected the plan.')).toContain('Place:Kestrel');
    expect(typed('Kestrel rejected the plan.')).not.toContain('Place:Kestrel');
  });
  it('leaves plural groups and party members unnamed', () => {
    expect(typed('Britons said the vote was fair.')).toEqual([]);
  });
});
