/**
 * Precision rules for wire copy (company news, tables, trailing attributions). The sentences are
 * written for these tests in the style of business-wire briefs; no corpus text is reused.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './pipeline.js';
import type { ArticleExtraction } from './types.js';
import { relationTriples } from './relate/triples.js';

const run = (text: string): ArticleExtraction => extractArticle({ id: 't', title: 'T', text, date: '1987-03-02' });

function names(x: ArticleExtraction): string[] {
  return x.entities.filter((e) => !e.implied).map((e) => `${e.type}:${e.name}`);
}

const triples = relationTriples;

describe('wire copy: names', () => {
  it('takes no ticker in angle brackets for a name, and the short form of a company for the company', () => {
    const x = run(
      'Orbis Widget Corp <ORBW.O> said it sold its lamp unit.\nOrbis said the sale ends its lighting business.',
    );
    expect(names(x)).toEqual(['Organization:Orbis Widget Corp']);
    expect(x.entities[0]!.aliases).toEqual(['Orbis']);
    expect(triples(x)).toEqual(['STATED(Orbis Widget Corp -> null)']);
  });

  it('finds nothing in capitals that are labels or price tables, not names', () => {
    const x = run(
      'NOTE: Results include a gain of 3 mln dlrs.\nPROCESSORS SPOT, 4 UNDER MAY - UNC\nSHR 2.11 DLRS VS NINE CTS',
    );
    expect(names(x)).toEqual([]);
  });

  it('links an acronym to its long form without the company suffix', () => {
    const x = run('International Widget Machines Corp said sales rose.\nIWM said margins fell.');
    expect(names(x)).toEqual(['Organization:International Widget Machines Corp']);
  });

  it('keeps an opening ordinal in a bank name and splits a trailing acronym off', () => {
    expect(names(run('First Harbor Bank of Ohio said it agreed to the merger.'))).toEqual([
      'Organization:First Harbor Bank of Ohio',
    ]);
    const x = run('The minister spoke, the official Daily Herald Press Agency DHPA said.');
    expect(x.entities.find((e) => e.name === 'Daily Herald Press Agency')?.aliases).toEqual(['DHPA']);
  });

  it('reads party members, plural nouns and descriptions for what they are', () => {
    const x = run(
      'Senator Paul Harmon said the bill was flawed. "There is no easy answer," the Ohio Democrat said.\nConsumers said prices were too high.',
    );
    expect(names(x).filter((n) => !n.startsWith('Place:'))).toEqual(['Person:Paul Harmon']);
    const titled = run('West German Finance Minister Gerhard Lindqvist said growth would slow.');
    expect(titled.entities.find((e) => e.type === 'Person')).toMatchObject({
      name: 'Gerhard Lindqvist',
      attributes: { roles: ['Finance Minister'], country: 'Germany' },
    });
    const portfolio = run('Indonesian Minister of Mines and Energy Sutarno told reporters prices were firm.');
    expect(portfolio.entities.find((e) => e.type === 'Person')).toMatchObject({
      name: 'Sutarno',
      attributes: { roles: ['Minister of Mines and Energy'] },
    });
  });

  it('joins a suffixed or double surname to the full name', () => {
    const x = run('The plan was outlined by R.J. Dalton Jr., a vice president. Dalton said it would work.');
    expect(names(x)).toEqual(['Person:R.J. Dalton Jr.']);
    const y = run('Luis Herrera Campos, who chairs the committee, spoke first. Herrera said trade must grow.');
    expect(names(y)).toEqual(['Person:Luis Herrera Campos']);
  });
});

describe('wire copy: speakers', () => {
  it('gives no speaker when a common noun or an unrecognised name says it at the end', () => {
    expect(triples(run('Orbis Widget Corp will cut its dividend, bankers said.'))).toEqual([]);
    expect(triples(run('Prices at Orbis Widget Corp rose, banking sources said.'))).toEqual([]);
    expect(
      triples(
        run('The bond issued by Orbis Widget Corp pays seven pct, lead manager Harcourt Lyle Capital Markets said.'),
      ),
    ).toEqual([]);
    // …while a named speaker there still counts.
    expect(triples(run('Orbis Widget Corp will cut its dividend, Anna Berg said.'))).toEqual([
      'STATED(Anna Berg -> null)',
    ]);
  });

  it('skips a participle clause and a locating place between the subject and the verb', () => {
    expect(
      triples(run('President Jane Carter, seeking to salvage her Central America policy, said aid was needed.')),
    ).toEqual(['STATED(Jane Carter -> null)']);
    expect(triples(run('A group led by the Morrow family of Dallas, Texas, said it had held talks.'))).toEqual([]);
  });
});

describe('wire copy: company names that end in a possessive', () => {
  it("keeps the possessive of a name that owns nothing after it as part of a company's name", () => {
    const one = (t: string): string[] => {
      const x = run(t);
      return [...names(x), ...triples(x)];
    };
    expect(one("Brannock's said it would close 20 stores.")).toEqual([
      "Organization:Brannock's",
      "STATED(Brannock's -> null)",
    ]);
    expect(one("Harwick & Lund's said it may cut the rating.")).toEqual([
      "Organization:Harwick & Lund's",
      "STATED(Harwick & Lund's -> null)",
    ]);
    expect(one("Harwick and Lund's Corp said it may downgrade Kestan's debt.")).toEqual([
      "Organization:Harwick and Lund's Corp",
      "STATED(Harwick and Lund's Corp -> null)",
    ]);
    expect(one("Tolvey's Investors Service said on Tuesday it had cut the rating.")).toEqual([
      "Organization:Tolvey's Investors Service",
      "STATED(Tolvey's Investors Service -> null)",
    ]);
    expect(one("Tolvey's, the rating agency, said the plan was rejected by Brannock's.")).toEqual([
      "Organization:Tolvey's",
      "Organization:Brannock's",
      "REJECTED(Brannock's -> null)",
      "STATED(Tolvey's -> null)",
    ]);
    expect(one("Tolvey's and Harwick & Lund's said they would review the rating.")).toEqual([
      "Organization:Tolvey's",
      "Organization:Harwick & Lund's",
      "STATED(Harwick & Lund's -> null)",
      "STATED(Tolvey's -> null)",
    ]);
  });

  it('leaves an ordinary possessive to its owner', () => {
    for (const t of [
      "Kestan's elected leaders said they rejected the plan.",
      "Mara Velt's aides said they rejected the plan.",
      "Kestan's proposed reform was rejected, Ostrel's mayor said.",
      // A double genitive, a bracketed owner, a plural written with an apostrophe.
      "Mara Velt, a friend of Holm's, said she rejected the plan.",
      "Velt said the (Tarvo Commission's) report was rejected.",
      "Velt said output of 64K ZRAM's was cut.",
    ])
      expect(names(run(t)).filter((n) => n.includes("'s"))).toEqual([]);
  });
});

describe('wire copy: relation triggers', () => {
  it('reads "decline" as falling and "meet" with a deadline as no meeting', () => {
    expect(triples(run('Growth in Canada is expected to decline next year, the bank said.'))).toEqual([]);
    expect(triples(run('Orbis Widget Corp said it would meet the April 15 deadline.'))).toEqual([
      'STATED(Orbis Widget Corp -> null)',
    ]);
  });

  it('reads "supply and demand" as nouns and "in protest" as no event', () => {
    const x = run(
      'Anna Berg said prices follow supply and demand.\nCanada is boycotting the annual meeting of the Pacific Bank in protest at its decision.',
    );
    expect(triples(x)).toEqual(['REJECTED(Canada -> annual meeting of the Pacific Bank)', 'STATED(Anna Berg -> null)']);
  });

  it('takes no demand target past a comma, and no rejection target from a place phrase', () => {
    expect(
      triples(
        run('Brazil raised grain prices to encourage farmers to plant more, the official Brazil Farm Daily said.'),
        ['DEMANDED'],
      ),
    ).toEqual(['DEMANDED(Brazil -> null)']);
    expect(
      triples(run('Anna Berg vowed to resist the protectionist mood in the U.S. Congress.'), ['REJECTED']),
    ).toEqual(['REJECTED(Anna Berg -> null)']);
  });
});
