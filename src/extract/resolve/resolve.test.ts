import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';

const entities = (text: string): string[] =>
  extractArticle({ id: 't', text, date: '2021-05-12' }).entities.map(
    (e) => `${e.type}:${e.name}${e.aliases?.length ? ` (${e.aliases.join(', ')})` : ''}`,
  );

describe('resolveMentions', () => {
  it("reads other countries' company-law forms as a company's, its first word as its short form", () => {
    expect(entities('Kestrel AB said profits rose. The ore will be shipped to Kestrel for refining.')).toEqual([
      'Organization:Kestrel AB (Kestrel)',
    ]);
    expect(entities('Norvale Oy and Dorvan Bhd said profits rose.')).toEqual([
      'Organization:Norvale Oy',
      'Organization:Dorvan Bhd',
    ]);
  });

  it('reads a department named by its portfolio alone as the department ("the Treasury" after "the Treasury Department")', () => {
    expect(entities('The Treasury Department said it would act. The Treasury said rates would rise.')).toEqual([
      'Organization:Treasury Department (Treasury)',
    ]);
  });

  it("reads a one-word name in parentheses after a body's name as that body's short name", () => {
    expect(
      entities(
        'The Federation of Dorvan Industries (Kestrelren) said it would act. Kestrelren added that prices rose.',
      ),
    ).toEqual(['Organization:Federation of Dorvan Industries (Kestrelren)']);
    // A company form after the parentheses: they are inside the one name.
    expect(entities('He said Kestrel Oil (Americas) Inc will grow.')).toEqual(['Organization:Kestrel Oil']);
  });

  it('reads "People\'s" and "People" in a name as one spelling', () => {
    expect(
      entities("The Kestrel People Party won seats in Dorvo. Anna Yung of the Kestrel People's Party spoke."),
    ).toEqual(['Organization:Kestrel People Party', 'Place:Dorvo', 'Person:Anna Yung']);
  });

  it('reads a body named with its place before it as the body named without it', () => {
    expect(entities('The U.S. Senate voted on Tuesday. The Senate wants Dorvia to act.')).toEqual([
      'Organization:U.S. Senate (Senate)',
      'Place:Dorvia',
    ]);
    // Two places' banks: the bare "Bank" is neither for sure.
    const banks = entities('The U.S. Bank and the U.K. Bank met. The Bank said so.').filter((e) => /Bank/.test(e));
    expect(banks.sort()).toEqual(['Organization:Bank', 'Organization:U.K. Bank', 'Organization:U.S. Bank']);
  });

  it('reads "the House" as the "House of ..." named before, never as the White House', () => {
    expect(
      entities('He said the House of Delegates passed the bill. It failed in the House in May, Anna Kovac said.'),
    ).toEqual(['Organization:House of Delegates (House)', 'Person:Anna Kovac']);
    expect(entities('It failed in the House in May. He said the House of Delegates must act.')).toEqual([
      'Organization:House of Delegates (House)',
    ]);
    expect(entities('Kovac entered the White House in 1981. The plan passed the House in May.')).toEqual([
      'Person:Kovac',
      'Organization:White House',
      'Organization:House',
    ]);
  });

  it('reads "Corp of America" as a company whose first words are its short form', () => {
    expect(entities('Dorvo Mail Corp of America sold bonds. Dorvo Mail said revenues rose.')).toEqual([
      'Organization:Dorvo Mail Corp of America (Dorvo Mail)',
    ]);
  });

  it("drops an acronym that spells a programme's name, wherever it stands", () => {
    expect(
      entities('Wheat went to Dorvia under the Export Bonus Program (EBP). The EBP is popular, Kovac said.'),
    ).toEqual(['Place:Dorvia', 'Person:Kovac']);
  });

  it('reads a body named with an acronym for its first words as the body named in full', () => {
    expect(
      entities('Dorvia wants the U.N. Trade Council to act. Dorvia asked the United Nations Trade Council to act.'),
    ).toEqual(['Place:Dorvia', 'Organization:United Nations Trade Council (U.N. Trade Council)']);
  });

  it("reads a body named with its people's adjective as the body named without it", () => {
    expect(entities('The Dorvan Parliament voted. The Parliament voted to block the budget.')).toEqual([
      'Organization:Dorvan Parliament',
      'Organization:Parliament',
    ]);
    expect(entities('The European Parliament voted. The Parliament voted to block the budget.')).toEqual([
      'Organization:European Parliament (Parliament)',
    ]);
  });

  it("drops an acronym of lower-case words, a common noun's abbreviation", () => {
    expect(
      entities('Prices are linked to the special drawing right (SDR). The SDR rose, Kovac said. France backs NATO.'),
    ).toEqual(['Person:Kovac', 'Place:France', 'Organization:NATO']);
  });

  it('reads "the X Department" as "the Department of X", and its acronym spelled that way', () => {
    expect(entities('The Department of Fisheries voted. The Fisheries Department said it would act.')).toEqual([
      'Organization:Department of Fisheries (Fisheries Department)',
    ]);
    expect(entities('The U.S. Fisheries Department said so. The law requires USDF to act, Kovac said.')).toEqual([
      'Organization:U.S. Fisheries Department (USDF)',
      'Person:Kovac',
    ]);
  });

  it('reads "the Commons" as the House of Commons, and "the State Department" as the one named with its country', () => {
    expect(entities('He spoke before a Commons vote. The House of Commons backed him.')).toEqual([
      'Organization:House of Commons (Commons)',
    ]);
    expect(
      entities('He met the United States Department of Fisheries. The Fisheries Department said it would act.'),
    ).toEqual(['Organization:United States Department of Fisheries (Fisheries Department)']);
  });

  it('takes no ordinary word that opens a sentence or a quotation for a surname', () => {
    expect(entities('Kestrel Mills Corp sold its plant. Volume was 40,000 tonnes, down from 52,000.')).toEqual([
      'Organization:Kestrel Mills Corp',
    ]);
    expect(entities('Anna Kovac said, "Approval would take months." Sorghum is sold to Dorvia.')).toEqual([
      'Person:Anna Kovac',
      'Place:Dorvia',
    ]);
    // A word no lexicon knows is still read as a surname.
    expect(entities('Kovac said the plant would close.')).toEqual(['Person:Kovac']);
  });

  it('reads a lone unknown name that journeys itself ("Velt flew to Lund") as a surname, not one that flies cargo', () => {
    expect(entities('Velt flew to Lund for talks with the Kestani foreign minister, Piet Orlo.')).toContain(
      'Person:Velt',
    );
    expect(entities('On Monday Velt travelled back from Lund.')).toContain('Person:Velt');
    expect(entities('Velt visited Lund on Monday.')).toContain('Person:Velt');
    expect(entities('Velt telephoned Piet Orlo on Monday.')).toContain('Person:Velt');
    expect(entities('Kestan flew aid to Lund.')).not.toContain('Person:Kestan');
  });

  it('takes no closed compound of two ordinary words that opens a sentence for a surname', () => {
    expect(entities('Gameplay was delayed during the final round in Dorvia.')).toEqual(['Place:Dorvia']);
    expect(entities('Windfarms were built near Dorvia.')).toEqual(['Place:Dorvia']);
    // Parts of three letters make surnames ("Ache-son").
    expect(entities('Kestreson said the plant would close. Acheson said so too.')).toContain('Person:Acheson');
    // Capitalised inside a sentence elsewhere, it is a name.
    const bought = entities('Kestrel said the shares were bought by Woolworth. Woolworth said it would act.');
    expect(bought.some((e) => e.includes('Woolworth'))).toBe(true);
    // Named again in full, it is the person's surname.
    expect(entities('Anna Gameplay spoke. Gameplay was delayed, she said.')).toEqual([
      'Person:Anna Gameplay (Gameplay)',
    ]);
  });

  it('keeps a name the article shows to be a body from a place reading after a preposition', () => {
    expect(
      entities('Anna Kovac posted the clip to Dorvo on Monday. The attention led to outreach from Dorvo, she said.'),
    ).toEqual(['Person:Anna Kovac', 'Organization:Dorvo']);
  });

  it('reads a single name that speaks of its own as a body', () => {
    expect(entities('Dorvocorp said its profit rose 5 pct.')).toEqual(['Organization:Dorvocorp']);
    // What acts on its own ("X's review of its own accounts") is a body too.
    expect(entities("Anna Kovac said Vantor's review of its own accounts found no fraud.")).toEqual([
      'Person:Anna Kovac',
      'Organization:Vantor',
    ]);
    expect(entities('Kovac said his profit rose 5 pct.')).toEqual(['Person:Kovac']);
  });

  it("keeps a sentence's first word that is the surname of the article's person before a verb", () => {
    const x = extractArticle({
      id: 't',
      text: 'Finance Minister Anna Baker spoke on Monday. Baker said the levy would rise. Young people said so too.',
      date: '2021-05-12',
    });
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Person:Anna Baker']);
    expect(x.relations.filter((r) => r.type === 'STATED').map((r) => r.source)).toEqual([x.entities[0]!.id]);
  });

  it('takes an ordinary word set in capitals after "the" for no body and no surname', () => {
    expect(entities('Anna Kovac said she found the files on the Internet.')).toEqual(['Person:Anna Kovac']);
    expect(entities('The Government was asked to act, Anna Kovac said.')).toEqual(['Person:Anna Kovac']);
    // A body's head word is its name, and "the Times" is the paper named in full.
    expect(entities('The full House will vote, Anna Kovac said.')).toContain('Organization:House');
    expect(entities('The Dorvia Times reported it. The Times said Anna Kovac was right.')).toEqual([
      'Organization:Dorvia Times (Times)',
      'Person:Anna Kovac',
    ]);
  });
  it("keeps a country's abbreviation from another body's initials", () => {
    expect(entities('The University of Sheffield studied wheat. Yields fell in the US and in Dorvia.')).toEqual([
      'Organization:University of Sheffield',
      'Place:US',
      'Place:Dorvia',
    ]);
    // A body's own acronym still links ("University of Sheffield" … "the US team" is the country).
    expect(entities('The Kestrel Dorvan Union (KDU) was founded in 1990. The KDU said prices rose.')).toEqual([
      'Organization:Kestrel Dorvan Union (KDU)',
    ]);
  });
  it("reads a body's name in parentheses after its acronym as the acronym spelled out", () => {
    // A foreign acronym need not spell the English name: "CEI (Italian Episcopal Conference)".
    expect(entities('The head of KVC (Dorvan Episcopal Conference), Anna Kovac, called the ruling dangerous.')).toEqual(
      ['Organization:Dorvan Episcopal Conference (KVC)', 'Person:Anna Kovac'],
    );
    // A place in parentheses says where the body is.
    expect(entities('The KVC (New Dorvo City) said prices rose.')).toEqual([
      'Organization:KVC',
      'Place:New Dorvo City',
    ]);
  });
  it("reads an initialism that is a common noun as no entity, unless the article made it a body's name", () => {
    expect(entities('Anna Kovac said HIV rates fell after DNA tests.')).toEqual(['Person:Anna Kovac']);
    expect(entities('Kestrel Labs trained the AI model on GPS data before its IPO.')).toEqual([
      'Organization:Kestrel Labs',
    ]);
    expect(entities('GNP rose 2 pct while ICBMs were cut.')).toEqual([]);
    expect(entities('Anna Kovac was a VIP guest at the fair.')).toEqual(['Person:Anna Kovac']);
    // A body's short name or acronym stays.
    expect(entities('DNA Dorvan Inc said profits rose. DNA said it would grow.')).toEqual([
      'Organization:DNA Dorvan Inc (DNA)',
    ]);
    expect(entities('The Council of Dorvan Inspectors (CPI) said prices rose.')).toEqual([
      'Organization:Council of Dorvan Inspectors (CPI)',
    ]);
  });
  it('reads a name before "pilgrimage" or "festival" as the named event', () => {
    expect(entities('Hundreds died during the annual Dorvaj pilgrimage near Kestra.')).toContain(
      'Event:Dorvaj pilgrimage',
    );
    expect(entities('Crowds came to the Marlowi festival on Sunday.')).toContain('Event:Marlowi festival');
  });
});
