/** Names no gazetteer knows, typed from the tree; the names are invented on purpose. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';

function typed(text: string): string[] {
  return extractArticle({ id: 't', title: 'T', text, date: '2021-05-12' })
    .entities.filter((e) => !e.implied)
    .map((e) => `${e.type}:${e.name}`);
}

describe('names typed from their place in the tree', () => {
  it('reads the lone author of a nominal act that nothing else types as a person, not a subject or an ordinary word', () => {
    expect(typed('Kestan rejected the proposal by Mirand.')).toContain('Person:Mirand');
    expect(typed("Kestan rejected Mirand's offer of talks.")).toContain('Person:Mirand');
    // Acting otherwise is no evidence of a person ("Mirand rejected the plan" may be a town's council).
    expect(typed('Mirand rejected the plan.')).toEqual([]);
    expect(typed('Kestan rejected the proposal by Mirand. Troops from Mirand crossed the border.')).not.toContain(
      'Person:Mirand',
    );
  });
  it('reads the object of a locative preposition as a place', () => {
    expect(typed('Anna Kovacs said the talks in Oskaria would resume.')).toContain('Place:Oskaria');
  });
  it('reads a lone name that speaks of itself as "it" or "its" as a body, not a surname', () => {
    expect(typed('Velcor said it would cut 400 jobs.')).toContain('Organization:Velcor');
    expect(typed('Velcor said that its profit rose in the first quarter.')).toContain('Organization:Velcor');
    // A surname no person of the article bears is no evidence against "it".
    expect(typed('Harris said it had agreed to sell the unit.')).toContain('Organization:Harris');
    // A dummy "it" says nothing of the speaker, and a person named otherwise stays one.
    expect(typed('Velt said it was unlikely that the bill would pass.')).not.toContain('Organization:Velt');
    expect(typed('Velt said it would take years to repair the road.')).not.toContain('Organization:Velt');
    expect(typed('Mr Harris said it had agreed to sell the unit.')).toContain('Person:Harris');
    expect(typed('It produced 72,000 tons of copper last year, Velt said.')).not.toContain('Organization:Velt');
    expect(typed('Tom Harris resigned.\nHarris said it had agreed to sell the unit.')).toContain('Person:Tom Harris');
  });
  it("reads a name apposed to the noun of a body's kind, and the later conjuncts of such a name, as bodies", () => {
    expect(typed('One utility, Velcor, said its assets were worth less than the bid.')).toContain(
      'Organization:Velcor',
    );
    const listed = typed('Anna Kovacs said she had discussed deals with French companies Velcor, Marbex and Ostra.');
    expect(listed).toEqual(
      expect.arrayContaining(['Organization:Velcor', 'Organization:Marbex', 'Organization:Ostra']),
    );
    // A short form in brackets names the noun itself; a list that opens with a place is of places.
    expect(typed('Kestan opposed a 330 European currency unit (Ekon) tax on oils, Anna Kovacs said.')).not.toContain(
      'Organization:Ekon',
    );
    expect(
      typed(
        'Links would continue with these producers, particularly Colombia, Mexico and Francophone African countries, Anna Kovacs said.',
      ),
    ).not.toContain('Organization:Francophone African');
  });
  it('makes no lone surname of a document or of an ordinary word that is no surname', () => {
    expect(typed('Anna Kovacs said the Kestan Farm Reform Act would require a vote.')).not.toContain('Person:Act');
    expect(
      typed('The Ministers of Industry and Transport had both been relieved of their posts, Anna Kovacs said.'),
    ).not.toContain('Person:Transport');
    expect(typed('Anna Kovacs said the union had grown since Unity was banned.')).not.toContain('Person:Unity');
    // After a title a word is a name.
    expect(typed('Prime Minister May said she would attend the summit.')).toContain('Person:May');
  });
  it('reads a state whose name joins two with "and" as one place, and a former seat of government as a place', () => {
    const joined = typed('Trinidad and Tobago restricted imports of rice, Anna Kovacs said.');
    expect(joined).toContain('Place:Trinidad and Tobago');
    expect(joined).not.toContain('Person:Tobago');
    expect(typed('Officials from Bosnia and Herzegovina met Anna Kovacs.')).toContain('Place:Bosnia and Herzegovina');
    expect(typed('Anna Kovacs told reporters that Bonn saw no need for action.')).toContain('Place:Bonn');
  });
  it('reads the possessor of a government as a polity', () => {
    expect(typed("Anna Kovacs said Tarrakesh's government had fallen.")).toContain('Place:Tarrakesh');
  });
  it('reads an acting multiword name with "the" as an organisation', () => {
    expect(typed('Anna Kovacs told the Morning Ledger that she would stand again.')).toContain(
      'Organization:Morning Ledger',
    );
    // Unless it ends in a title: "the Opec President" holds an office, and is no body.
    expect(typed('The Kestrel President said the group would hold prices.')).toEqual([]);
  });
  it('types a single acting name by its shape, or by what another mention of it shows', () => {
    expect(typed('Veltrania rejected the plan.')).toContain('Place:Veltrania');
    expect(typed('Paul Brandt visited troops in Kestrel.\nKestrel rejected the plan.')).toContain('Place:Kestrel');
    expect(typed('Kestrel rejected the plan.')).not.toContain('Place:Kestrel');
  });
  it('reads the name a conjunct\'s "his", "her" or "its" points back to ("X and its creditor banks") as its owner', () => {
    expect(typed('Velt and his aides attended the talks.')).toContain('Person:Velt');
    expect(typed('Officials met Velt and her deputy in Lund.')).toContain('Person:Velt');
    // "its": an actor that is no person, typed as one acting is (a polity by its shape), whatever the parse.
    expect(typed('Kestan and its creditor banks completed another round of debt talks.')).toContain('Place:Kestan');
    expect(typed('Tarvix and its creditor banks completed the talks.')).toEqual([]);
    // Another owner's pronoun says nothing: "Velt and their allies".
    expect(typed('Velt and their allies attended the talks.')).not.toContain('Person:Velt');
  });
  it('types an acting multiword name by its words: ordinary ones make an organisation, none a person', () => {
    expect(typed('Amnesty International urged the government of Oskaria to free the editors.')).toContain(
      'Organization:Amnesty International',
    );
    expect(typed('Tarrek al-Vozhani denied the charges on Monday.')).toContain('Person:Tarrek al-Vozhani');
    // A title or a place inside is left to the recogniser, which strips it.
    expect(typed('Harbour Minister Tarrek Vozhani denied the charges.')).not.toContain(
      'Organization:Harbour Minister Tarrek Vozhani',
    );
  });
  it('reads an acronym in capitals as a name where the tagger does ("the WHO said")', () => {
    expect(typed('On Monday, the WHO said an independent review would begin.')).toContain('Organization:WHO');
  });
  it('drops a sentence-initial adjective the tagger reads as one, keeping demonyms and known names', () => {
    expect(typed('Current Foreign Minister Tarrek Vozhani said the port would reopen.')).toContain(
      'Person:Tarrek Vozhani',
    );
    expect(typed('International Widget Machines Corp said sales rose.')).toContain(
      'Organization:International Widget Machines Corp',
    );
  });
  it('keeps the ordinary first word of a known name that opens the sentence ("White House officials")', () => {
    expect(typed('White House officials met the envoy on Monday.')).toContain('Organization:White House');
    expect(typed('White House officials met the envoy on Monday.')).not.toContain('Organization:House');
    expect(typed('White farmers met the envoy on Monday.')).toEqual([]);
  });
  it('makes no name of the plural of a role or word in -man opening the sentence ("Congressmen said")', () => {
    expect(typed('Congressmen said the change would have required limits on imports.')).toEqual([]);
    expect(typed('Spokeswomen for both parties said the vote would be close.')).toEqual([]);
    // Nor of an ordinary word's plural in -men, and "Carmen" stays a given name.
    expect(typed('Businessmen said the remarks were a rare admission of problems.')).toEqual([]);
    expect(typed('Carmen Velt said the plan was fair.')).toContain('Person:Carmen Velt');
  });
  it('keeps a capitalised first word no dictionary has in the name, whatever the tagger calls it', () => {
    expect(typed('Oskar Lind, the foreign minister, said the plan was dead.')).toContain('Person:Oskar Lind');
    expect(typed('Congressional Democrats said the bill would pass.')).not.toContain('Person:Congressional Democrats');
  });
  it('reads the holder of a title with an unlisted portfolio', () => {
    expect(typed('Information Minister Tarrek Vozhani said the port would reopen.')).toContain('Person:Tarrek Vozhani');
    expect(typed('Paul Brandt met Industry Minister Tarrek Vozhani on Monday.')).toContain('Person:Tarrek Vozhani');
  });
  it('makes no person of an ordinary word behind a title word', () => {
    expect(typed('Dorvia applied to join the General Agreement on Tariffs and Trade.')).not.toContain(
      'Person:Agreement',
    );
  });
  it('takes a surname for the person named in full before, whatever its shape', () => {
    expect(typed('Bank governor Jose Luis Machinea said talks were hard.\nMachinea said the rate would hold.')).toEqual(
      ['Person:Jose Luis Machinea'],
    );
  });
  it('splits an organisation ending in its place from the titled person after it', () => {
    const names = typed('Bank of France Governor Tarrek Vozhani said rates would hold.');
    expect(names).toContain('Person:Tarrek Vozhani');
    expect(names.filter((n) => n.includes('Governor'))).toEqual([]);
  });
  it('keeps a person and a body apart across "and"', () => {
    expect(typed('Reagan and Administration officials would lobby for votes.')).not.toContain(
      'Organization:Reagan and Administration',
    );
  });
  it('reads a body named by its aim ("Committee to Protect …") whole', () => {
    expect(typed('According to the Committee to Protect Harbour Workers, nine workers were hurt.')).toContain(
      'Organization:Committee to Protect Harbour Workers',
    );
  });
  it('reads a listed region as a place whatever its last word ("West Bank")', () => {
    expect(typed('Anna Kovacs said troops left the West Bank.')).toContain('Place:West Bank');
  });
  it('reads "Commission on …" as a body, and the name inside "EU-wide" or "NATO-led"', () => {
    const names = typed('The EU-wide ban angered the Commission on Harbour Rights, Anna Kovacs said.');
    expect(names).toContain('Organization:Commission on Harbour Rights');
    expect(names.filter((n) => n.includes('wide'))).toEqual([]);
    expect(typed('Paul Brandt is resisting the deployment of NATO-led troops.')).toContain('Organization:NATO');
  });
  it('joins a name across "and" when one ordinary word opens it ("Securities and Exchange Commission")', () => {
    expect(typed('The Securities and Exchange Commission said it would act.')).toEqual([
      'Organization:Securities and Exchange Commission',
    ]);
  });
  it('takes a one-word body for the one earlier name it heads ("the Federation", "the Times")', () => {
    expect(
      typed('The Harbour Textile Federation asked Dorvia to act.\nThe Federation said exports had fallen.'),
    ).toEqual(['Organization:Harbour Textile Federation', 'Place:Dorvia']);
  });
  it('carries a body\'s portfolio over "and", and no further', () => {
    expect(typed('The Ministry of International Trade and Industry (MITI) has urged producers to cut output.')).toEqual(
      ['Organization:Ministry of International Trade and Industry'],
    );
    expect(typed('The Bank of England and Reuters said so.')).toEqual([
      'Organization:Bank of England',
      'Organization:Reuters',
    ]);
  });
  it('carries a body\'s field over "and" in ordinary words, and an event\'s name', () => {
    expect(typed('Jon Marsh, an analyst at the Center for Strategic and Maritime Studies, said so.')).toContain(
      'Organization:Center for Strategic and Maritime Studies',
    );
    expect(typed('The Department of Defense and State Department said so.')).toEqual([
      'Organization:Department of Defense',
      'Organization:State Department',
    ]);
    expect(typed('Anna Kovacs spoke at the opening of the Strategic and Economic Dialogue.')).toContain(
      'Event:Strategic and Economic Dialogue',
    );
  });
  it('makes no entity of a demonym of two words, and keeps an Arabic article inside a name', () => {
    expect(typed('The South Korean currency rose against the dollar.')).toEqual([]);
    expect(typed('Anna Kovacs flew to Dar es Salaam on Friday.')).toEqual([
      'Person:Anna Kovacs',
      'Place:Dar es Salaam',
    ]);
  });
  it("takes a body named by the tail of one other's name for that one", () => {
    expect(typed('The Harbour Water Council voted on Monday.\nThe Water Council said it would act.')).toEqual([
      'Organization:Harbour Water Council',
    ]);
  });
  it('makes no entity of a legislator\'s party and state ("R-S.C.", "(D-Texas)")', () => {
    expect(typed('Sen. Anna Kovacs, R-S.C., asked Paul Brandt why.')).toEqual([
      'Person:Anna Kovacs',
      'Person:Paul Brandt',
    ]);
    expect(typed('Rep. Anna Kovacs (D-Texas) said so.')).toEqual(['Person:Anna Kovacs']);
  });
  it('types a name before the noun of an outlet as that outlet ("the Gazeta Mercantil newspaper")', () => {
    expect(typed('"We will appeal," he told the Gazeta Mercantil newspaper.')).toEqual([
      'Organization:Gazeta Mercantil',
    ]);
  });
  it('keeps German "am" inside a name, and not after "I"', () => {
    expect(typed('Paul Brandt told Bild am Sonntag the fraud was criminal.')).toContain('Organization:Bild am Sonntag');
    expect(typed('"I am Paul Brandt," he said.')).toEqual(['Person:Paul Brandt']);
  });
  it('strips a title of several words or "Head" before "of" from a body\'s name ("the Head of the X Party")', () => {
    expect(typed('The Head of the Ostrava Party urged voters to stay home.')).toEqual(['Organization:Ostrava Party']);
    expect(typed('The Chief Executive of Kestan Steel Corp said profits would rise.')).toEqual([
      'Organization:Kestan Steel Corp',
    ]);
  });
  it('keeps a title with its "of" that opens a sentence ("Chief of Staff X", "Minister of Mines X")', () => {
    expect(typed('Chief of Staff Paul Brandt noted the offer.')).toEqual(['Person:Paul Brandt']);
    expect(typed('Minister of Mines Tarrek Vozhani said so.')).toEqual(['Person:Tarrek Vozhani']);
  });
  it("takes a company's name without its company-form word for the company, however person-like", () => {
    expect(typed('Talks resumed with Marcus Hollis Corp. on Monday.\nMarcus Hollis wanted a deal.')).toEqual([
      'Organization:Marcus Hollis Corp.',
    ]);
  });
  it('makes no party of some of its members ("conservative Republicans"), but keeps the party', () => {
    expect(typed('Objections were raised by conservative Republicans and liberal Democrats.')).toEqual([]);
    expect(typed('The Republicans said the bill would fail.')).toEqual(['Organization:Republicans']);
  });
  it('keeps two bodies named side by side two ("the IMF and World Bank"), and "Congress" itself', () => {
    expect(typed('Officials of the IMF and World Bank spoke on Monday.')).toEqual([
      'Organization:IMF',
      'Organization:World Bank',
    ]);
    expect(typed('The American Pork Congress opened on Monday.\nCongress passed the farm bill.')).toEqual([
      'Organization:American Pork Congress',
      'Organization:Congress',
    ]);
  });
  it('keeps a name of its own after "and" apart from the name before it ("… Workers and Kestan Motors Corp")', () => {
    expect(typed('The Tarn Auto Workers and Kestan Motors Corp agreed to resume talks.')).toContain(
      'Organization:Kestan Motors Corp',
    );
    expect(typed('Finance Minister Tovar Lenk and Kestan National Bank said so.')).toEqual([
      'Person:Tovar Lenk',
      'Organization:Kestan National Bank',
    ]);
    // One body's name across "and": an ordinary word or a person's name opens the part after it.
    expect(typed('The Federal Savings and Loan Insurance Corp said so.')).toEqual([
      'Organization:Federal Savings and Loan Insurance Corp',
    ]);
    expect(typed('Peat Marwick and Mitchell Co said so.')).toEqual(['Organization:Peat Marwick and Mitchell Co']);
    expect(typed('The Kestan Oceanic and Atmospheric Administration said so.')).toEqual([
      'Organization:Kestan Oceanic and Atmospheric Administration',
    ]);
  });
  it('types a union named by its members\' trade as a body ("the Tarn Auto Workers"), both halves of one across "and"', () => {
    expect(typed('The Tarn Auto Workers said the strike would go on.')).toEqual(['Organization:Tarn Auto Workers']);
    expect(typed('The Tarn Food and Commercial Workers said the strike would go on.')).toEqual([
      'Organization:Tarn Food and Commercial Workers',
    ]);
    expect(typed('The Tarn Auto Workers and Kestan Motors Corp agreed to resume talks.')).toEqual([
      'Organization:Tarn Auto Workers',
      'Organization:Kestan Motors Corp',
      'Event:talks',
    ]);
    // The plain noun is no name.
    expect(typed('Workers said the plant would close.')).toEqual([]);
  });
  it('makes no entity of a treaty or a law', () => {
    expect(typed('Anna Kovacs said the Harbour Treaty and the Trade Act would stand.')).toEqual(['Person:Anna Kovacs']);
  });
  it('types a surname as its person wherever it stands', () => {
    expect(typed('Tarrek Vozhani arrived on Monday.\nOfficials spoke to Vozhani in the morning.')).toEqual([
      'Person:Tarrek Vozhani',
    ]);
  });
  it("takes a place's name for the person named before with that surname, not where it is a place", () => {
    expect(typed('Valeska Paris was held on the ship.\nParis claims she was sent there at eighteen.')).toEqual([
      'Person:Valeska Paris',
    ]);
    expect(typed('Valeska Paris was held on the ship.\nShe later flew to Paris.')).toEqual([
      'Person:Valeska Paris',
      'Place:Paris',
    ]);
  });
  it("leaves plural groups and party members unnamed (the member's place is a modifier, named)", () => {
    expect(typed('Britons said the vote was fair.')).toEqual([]);
    expect(typed('Senator Paul Brandt, a Rhode Island Republican, told reporters he would vote.')).toEqual([
      'Person:Paul Brandt',
      'Place:Rhode Island',
    ]);
  });
  it('reads the object of a polity\'s office or people ("the mayor of X", "residents of X") as a place', () => {
    expect(typed('Tomas Reyes, the mayor of Lund, said the plan was dead.')).toEqual([
      'Person:Tomas Reyes',
      'Place:Lund',
    ]);
    expect(typed('The governor of Tarvia, Elin Moss, met officials on Monday.')).toContain('Place:Tarvia');
    expect(typed('Residents of Lund protested on Sunday.')).toEqual(['Place:Lund']);
  });
  it("reads the owner of a polity's office as a polity, not a person", () => {
    expect(typed("Mirand's ambassador to Belvia, Rui Costa, said the talks had failed.")).toEqual([
      'Place:Mirand',
      'Place:Belvia',
      'Person:Rui Costa',
    ]);
    expect(typed("Mirand's president said the vote was fair.")).toEqual(['Place:Mirand']);
    // A person's own staff or kin keeps its owner a person.
    expect(typed("Paul Brandt arrived.\nBrandt's lawyer said the case was closed.")).toEqual(['Person:Paul Brandt']);
  });
  it('reads a place from the tree of a sentence no relation rule reads, and nothing else from it', () => {
    expect(typed("Mirand's ambassador to Belvia, Rui Costa, was summoned on Tuesday.")).toContain('Place:Mirand');
    // An acting name's shape types it only where the relation rules read the sentence.
    expect(typed('Veltrania signed a pact on Monday.')).toEqual([]);
  });
  it('reads names coordinated with a place as places, in a sentence no relation rule reads', () => {
    expect(typed('Delegates from Belvia, Kestan and Mirand arrived in Soria on Sunday.')).toEqual([
      'Place:Belvia',
      'Place:Kestan',
      'Place:Mirand',
      'Place:Soria',
    ]);
    expect(typed('Talks between Kestan and Tarvia collapsed on Monday.')).toContain('Place:Kestan');
    // A conjunct the surname list alone made a person ("Lund") takes its place conjunct's type.
    expect(typed('Officials from Kestan and Lund attended the meeting.')).toContain('Place:Lund');
    expect(typed('Troops from Dorvia and Lund crossed the border.')).not.toContain('Person:Lund');
    // Persons listed together stay persons.
    expect(typed('Anna Kovacs and Lund attended the meeting.')).not.toContain('Place:Lund');
    // Not a people's adjective, a body with a determiner, nor a name an apposed noun describes.
    expect(typed('Officials counted Dorvian and Soviet missiles in Kestan.')).toEqual(['Place:Kestan']);
    expect(typed('Exports went to Belvia and the Ostrel on Monday.')).toEqual(['Place:Belvia']);
    expect(typed('Members are Belvia, Kestan and Tarvia and Ostrel, a customs union.')).not.toContain('Place:Ostrel');
  });
  it("gives a people's adjective before a noun no body of its own", () => {
    expect(typed('Senior officials in the West African coalition government said taxes would rise.')).toEqual([]);
  });
  it('makes no entity of a document named by its head and an "of" phrase', () => {
    expect(typed('Anna Kovacs said the Treaty of Soria would stand.')).toEqual(['Person:Anna Kovacs']);
  });
  it('reads a name before the noun of what a polity has ("the Kestan capital") as the polity', () => {
    expect(typed('The Kestan capital, Dorsk, was quiet.')).toEqual(['Place:Kestan', 'Place:Dorsk']);
    expect(typed('The embassy in Dorsk was closed, the Tarvia foreign ministry said.')).toContain('Place:Tarvia');
    // Its central bank, and the possessive form ("Kestan's parliament").
    expect(typed('The Kestan central bank raised rates.')).toEqual(['Place:Kestan']);
    expect(typed("Kestan's parliament rejected the budget.")).toEqual(['Place:Kestan']);
    expect(typed("Tarvia's central bank raised rates.")).toEqual(['Place:Tarvia']);
    // A leader's surname names a government, and the leader, no place (compounds.ts governmentLeaders);
    // a people's adjective is no name.
    expect(typed('The Velt government fell on Friday.')).toEqual(['Person:Velt']);
    expect(typed('Officials in the Yugoslav capital said the law would change.')).toEqual([]);
  });
  it('reads where something is based or someone born ("Varno-based", "Dorsk-born") as a place', () => {
    expect(typed('The Varno-based group said it would sue.')).toEqual(['Place:Varno']);
    expect(typed('The New Halvik-based firm said it would sue.')).toEqual(['Place:New Halvik']);
    expect(typed('A Dorsk-born lawyer, Ana Pell, said the ruling was wrong.')).toContain('Place:Dorsk');
    // A people's adjective is no place.
    expect(typed('The Soviet-born writer said he would stay.')).toEqual([]);
    // Nor is a faith's word.
    expect(typed('The Moslem-based party won ten seats.')).toEqual([]);
  });
  it('reads a name apposed to a settlement or state ("Ostrel, a town of 5,000 people") as a place', () => {
    expect(typed('Ostrel, a town of 5,000 people, was shelled overnight.')).toEqual(['Place:Ostrel']);
    // Not a people's adjective before what a polity has.
    expect(typed('The Tarvian army shelled the town on Monday.')).toEqual([]);
  });
});
