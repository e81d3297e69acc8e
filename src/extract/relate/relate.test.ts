/**
 * Relations read from the dependency tree, one construction of English per case. Every sentence
 * is written for this test (invented names of people, parties and places are on purpose: the
 * rules must work on names no gazetteer knows).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';
import type { ArticleExtraction } from '../types.js';
import { relationTriples } from './triples.js';

const run = (text: string): ArticleExtraction =>
  extractArticle({ id: 't', title: 'T', text, date: '2021-05-12', source: 'Test Wire' });

const triples = (text: string, types?: readonly string[]): string[] => relationTriples(run(text), types);

describe('reported speech', () => {
  it('gives a passive no agent the parser made without "by" ("was accused of forcing the contractor, X, to …")', () => {
    const text =
      'Piet Orlo, who resigned last month as mayor, was accused of extorting the money and forcing the now ' +
      'bankrupt contractor, the Lumo Corp., to hire his brother.';
    expect(triples(text)).toEqual([]);
    expect(triples('Piet Orlo was accused by the Lumo Corp. of forcing the firm to hire his brother.')).toEqual([
      'STATED(Lumo Corp. -> null)',
    ]);
  });
  it('reads "posted" with a result as no speech ("Peru posted a budget deficit")', () => {
    // A country the gazetteer knows: an invented one is not read as the subject at all.
    const text =
      "Peru posted a budget deficit of 7 billion soles in 2019, Finance Minister Mara Velt told the People's Congress.";
    expect(triples(text)).toEqual(["STATED(Mara Velt -> People's Congress)"]);
    expect(triples('The Ostrava Party posted a statement on its website, saying the vote was rigged.')).toEqual([
      'STATED(Ostrava Party -> null)',
    ]);
  });
  it('reads pointing out, countering, underlining, lamenting, boasting and joking that … as statements', () => {
    for (const verb of ['pointed out', 'countered', 'underlined', 'lamented', 'boasted', 'joked'])
      expect(triples(`Tom Hale ${verb} that the talks had failed.`)).toEqual(['STATED(Tom Hale -> null)']);
    // Without content they say nothing: "pointed out the flaws", "lamented the decline".
    expect(triples('Tom Hale lamented the decline.')).toEqual([]);
  });
  it('takes the name before a relative clause between commas as the subject ("X, who has led …, said")', () => {
    expect(triples('Ivo Marek, who has led the Tarn Party since 2014, said the coalition was stable.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
    expect(
      triples('Ivo Marek, who has led the Tarn Party since 2014, told reporters the coalition was stable.'),
    ).toEqual(['STATED(Ivo Marek -> null)']);
    expect(triples('The Tarn Party, which has led the coalition since 2014, said the budget was sound.')).toEqual([
      'STATED(Tarn Party -> null)',
    ]);
    expect(triples('Anna Kovacs, who was elected in March, rejected the proposal.')).toEqual([
      'REJECTED(Anna Kovacs -> null)',
    ]);
    expect(triples('Ivo Marek, whose party won 12 seats, said he would not join the coalition.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('reads an interview or statement hung on the subject between commas as the words\' setting ("X, in an interview with Y, said")', () => {
    expect(triples('Ivo Marek, in an interview with the Tarn Times, said the army was ready.')).toEqual([
      'STATED(Ivo Marek -> Tarn Times)',
    ]);
    expect(triples('Ivo Marek, in an interview with the Tarn Times, rejected the proposal.')).toEqual([
      'REJECTED(Ivo Marek -> null)',
      'STATED(Ivo Marek -> Tarn Times)',
    ]);
    // A place and company are no setting of words.
    expect(triples('Ivo Marek, in Dorvia with Anna Kovacs, said the army was ready.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('takes the subject of a speech verb, before or after it', () => {
    expect(triples('Prime Minister Anna Kovacs said the talks would resume.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('"The talks will resume," said Anna Kovacs.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('"The talks will resume," Anna Kovacs said on Tuesday.')).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it('reads conceding as a statement only with its content ("conceded that …", not "conceded a penalty")', () => {
    expect(triples('Tom Hale conceded that the talks had failed.')).toEqual(['STATED(Tom Hale -> null)']);
    expect(triples('In the 62nd minute Tom Hale conceded a penalty.')).toEqual([]);
    expect(triples('Tom Hale conceded two goals before half time.')).toEqual([]);
  });
  it('takes a name right after a fronted phrase, with no comma, as the subject ("In a statement X said")', () => {
    expect(triples('In a statement Tom Hale said the conversation was damaging to the party.')).toEqual([
      'STATED(Tom Hale -> null)',
    ]);
    expect(
      triples('Opposition leader Tom Hale sacked his deputy. In a statement Hale said the party was united.'),
    ).toEqual(['STATED(Tom Hale -> null)']);
    expect(triples('At the meeting Anna Kovacs proposed a ceasefire and said talks would go on.')).toEqual([
      'ATTENDS(Anna Kovacs -> meeting)',
      'STATED(Anna Kovacs -> null)',
    ]);
    // Not a phrase that opens nothing: the name there is the relative clause's ("a statement Hale released").
    expect(triples('Anna Kovacs was named in a statement Tom Hale released on Monday.')).toEqual([]);
  });
  it('gives what a plural noun\'s named examples say to them ("critics like A and B said")', () => {
    expect(triples('Critics like Ivo Marek and Anna Kovacs said the plan would fail.')).toEqual([
      'STATED(Anna Kovacs -> null)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Other sites such as Tarnwatch.com have stated that they will keep the video.')).toEqual([
      'STATED(Tarnwatch.com -> null)',
    ]);
  });
  it('finds a speaker the parser hung on an opening participle clause ("Opening the meeting, X, a Y, said")', () => {
    const text =
      "Opening the meeting, Ahmed al-Tayer, the UAE's Minister of State for Finance and Industry, said it worked.";
    expect(triples(text)).toEqual(['ATTENDS(Ahmed al-Tayer -> meeting)', 'STATED(Ahmed al-Tayer -> null)']);
  });
  it('reads posting that … as a statement, posting a loss as none', () => {
    expect(triples('Anna Brenn posted on Facebook that the vote was rigged.')).toEqual(['STATED(Anna Brenn -> null)']);
    expect(triples('The Kestrel Corp posted a loss of 5 mln dlrs.')).toEqual([]);
  });
  it('reads estimating or reasoning that …, and describing X as Y, as statements', () => {
    expect(triples('The Tarn Institute estimates that the number is closer to 40,000.')).toEqual([
      'STATED(Tarn Institute -> null)',
    ]);
    expect(triples('The Tarn Council reasoned, "because users pay a fee, the school is a business."')).toEqual([
      'STATED(Tarn Council -> null)',
    ]);
    expect(triples('Anna Kovacs described the judgement as historic.')).toEqual(['STATED(Anna Kovacs -> null)']);
    // Without their content they report no speech.
    expect(triples('The ministry estimated the damage at five million dollars.')).toEqual([]);
    expect(triples('Anna Kovacs described the house in detail.')).toEqual([]);
  });
  it('gives a closing ", saying …" to the main clause\'s subject, not to a party inside its object', () => {
    expect(triples('Ivo Marek urged Veltrania to act, saying the time was right.')).toEqual([
      'DEMANDED(Ivo Marek -> Veltrania)',
      'STATED(Ivo Marek -> null)',
    ]);
    const way = 'Ivo Marek criticized the way U.S. officials try to solve trade issues, saying "it is a conflict."';
    expect(triples(way)).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('reads "X, who this week criticised …" with the time phrase no subject', () => {
    expect(triples('Iyad Allawi, who this week criticised the nations, will speak.')).toEqual([
      'STATED(Iyad Allawi -> null)',
    ]);
  });
  it('reads a speaker interrupted by a relative clause or an apposition', () => {
    expect(triples('Anna Kovacs, who leads the Green Union, said the vote was fair.')).toContain(
      'STATED(Anna Kovacs -> null)',
    );
    expect(triples('A spokesman for the Ministry of Transport, Paul Brandt, said the line would reopen.')).toEqual([
      'STATED(Paul Brandt -> null)',
    ]);
  });
  it('reads a speaker named after a title with its portfolio ("said the commissioner for X, NAME")', () => {
    expect(triples('"The deal is fair," said the Union commissioner for Home Affairs, Anna Kovacs.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
  });
  it('gives the addressee of telling verbs and of an interview', () => {
    expect(triples('Anna Kovacs told the Daily Courier that she would stand again.')).toEqual([
      'STATED(Anna Kovacs -> Daily Courier)',
    ]);
    expect(triples('Anna Kovacs said in an interview with the Daily Courier that she would stand again.')).toEqual([
      'STATED(Anna Kovacs -> Daily Courier)',
    ]);
    // A person whose surname is a month speaks under it alone, later in the article.
    expect(triples('Theresa May flew to Brussels on Monday. May said the talks went well.')).toEqual([
      'STATED(Theresa May -> null)',
    ]);
    // Whoever is told is a party, named ("MPs") or not, and a clause hung on them is what they were told.
    expect(triples('Anna Kovacs told MPs that the deal was done.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('Anna Kovacs told the legislators the deal was done.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('Anna Kovacs told the story of the deal.')).toEqual([]);
    // An audience told is no party; a gathering told, however parsed, is told something.
    expect(triples('Anna Kovacs told the press the team was ready.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('Anna Kovacs told a news conference the team was ready.')).toEqual(['STATED(Anna Kovacs -> null)']);
    // What was said, after the speech verb's obliques, however the parser hung the that-clause.
    expect(triples('Piet Orlo added in an interview with the Lund Courier that the plan was dead.')).toEqual([
      'STATED(Piet Orlo -> Lund Courier)',
    ]);
    expect(triples('Piet Orlo wrote in a newspaper column that the plan was dead.')).toEqual([
      'STATED(Piet Orlo -> null)',
    ]);
    // … also when the parser takes the one told for the object or a second subject of the clause told.
    expect(triples('Piet Orlo told a news conference the rate would stay.')).toEqual(['STATED(Piet Orlo -> null)']);
    expect(triples('Piet Orlo told the committee the rate would stay.')).toEqual(['STATED(Piet Orlo -> null)']);
    // Remarks, a statement or a speech to someone: whom the words were for.
    expect(triples('Anna Kovacs, in remarks to the Daily Courier, said she would stand again.')).toEqual([
      'STATED(Anna Kovacs -> Daily Courier)',
    ]);
    expect(triples('In a speech to the Kestrel Assembly, Anna Kovacs said she would stand again.')).toEqual([
      'STATED(Anna Kovacs -> Kestrel Assembly)',
    ]);
    // A gathering addressed is attended, not told: its people hear the speech.
    expect(triples('In an address to the Harbour Summit, Anna Kovacs said she would stand again.')).toEqual([
      'ATTENDS(Anna Kovacs -> Harbour Summit)',
      'STATED(Anna Kovacs -> null)',
    ]);
    // The outlet of a programme, however "on" is parsed.
    const show =
      '"The Dorvians have not done what the Veltrania government has done," Anna Kovacs said on ABC\'s This Week.';
    expect(triples(show)).toEqual(['STATED(Anna Kovacs -> ABC)']);
  });
  it('reads "Chairman of the Lund Council Mara Velt said" as the titled person speaking, however parsed', () => {
    expect(triples('Head of the Lund Council Mara Velt said the talks had failed.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Secretary General of the Kestan Alliance Mara Velt said the talks had failed.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
    expect(
      triples('After the leak, CEO of the Lund Council Mara Velt told the Ostrava Times the process was unfair.'),
    ).toEqual(['STATED(Mara Velt -> Ostrava Times)']);
  });
  it('reads a title of a part of a body before a name ("Head of the youth wing of the Ostrava Party X said")', () => {
    expect(triples('Head of the youth wing of the Ostrava Party Mara Velt said the talks had failed.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('reads ", telling X that …" after the main verb: the one told, however the parser hangs the participle', () => {
    // The one told parsed as a bare oblique of the participle.
    expect(triples('Mara Velt arrived in Lund on Monday, telling Ivo Brandt that the war was a disaster.')).toEqual([
      'STATED(Mara Velt -> Ivo Brandt)',
    ]);
    expect(triples('Mara Velt spoke on Monday, telling the Ostrava Times that it was a disaster.')).toEqual([
      'STATED(Mara Velt -> Ostrava Times)',
    ]);
    // The participle hung on the main verb's object: a plan tells no one, its rejecter does.
    expect(triples('Mara Velt rejected the plan, telling the Kestan Herald that it was a disaster.')).toEqual([
      'REJECTED(Mara Velt -> null)',
      'STATED(Mara Velt -> Kestan Herald)',
    ]);
    expect(triples('Mara Velt welcomed the plan, telling the Lund Gazette the deal was a success.')).toEqual([
      'STATED(Mara Velt -> Lund Gazette)',
    ]);
    // Any speech participle so hung: "adding to X: …" after a description ("thought of Y as a traitor").
    expect(
      triples('Mara Velt thought of Ivo Brandt as "a traitor", adding to the Ostrava Times: "I feel no pity."'),
    ).toEqual(['STATED(Mara Velt -> Ostrava Times)']);
    // A time phrase is no one told.
    expect(triples('Mara Velt spoke at length, telling Monday that the war was a disaster.')).toEqual([]);
  });
  it('reads "according to X"', () => {
    expect(triples('The plant will close next year, according to the Ministry of Energy.')).toEqual([
      'STATED(Ministry of Energy -> null)',
    ]);
  });
  it('reads a light verb with a speech noun, for every coordinated speaker ("gave assurances that")', () => {
    expect(
      triples('Both Anna Kovacs and Paul Brandt gave diplomatic assurances that they would work together.'),
    ).toEqual(['STATED(Anna Kovacs -> null)', 'STATED(Paul Brandt -> null)']);
  });
  it('takes no object of "said" for an addressee: only warning verbs have one ("warned X that")', () => {
    expect(triples('Paul Brandt said the Harbour System, as the new schedule is called, will change tariffs.')).toEqual(
      ['STATED(Paul Brandt -> null)'],
    );
  });
  it('reads the speaker a relative clause describes, not the object it lost nor a parenthesis', () => {
    const text =
      'Rep. Paul Brandt (Democrats) who represents a Dorvia City neighborhood which Petrov recently visited said ' +
      '"I just want to make it clear."';
    expect(triples(text)).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it("gives a person's aides and chief of staff no voice of that person; a spokesman or office speaks for them", () => {
    expect(triples("President Ivan Petrov's chief of staff said a decision could emerge from the talks.")).toEqual([]);
    expect(triples("President Ivan Petrov's spokesman said a decision could emerge from the talks.")).toEqual([
      'STATED(Ivan Petrov -> null)',
    ]);
    expect(triples("President Ivan Petrov's office said a decision could emerge from the talks.")).toEqual([
      'STATED(Ivan Petrov -> null)',
    ]);
  });
  it("gives a body's department or faction head no voice of the body; its spokesman speaks for it", () => {
    expect(triples('The Ostrava Party budget chief said the deficit would grow.')).toEqual([]);
    expect(triples("The Vantor Senate's Democratic and Republican leaders said the accord was fair.")).toEqual([]);
    expect(triples('The Vantor Senate majority leader said the accord was fair.')).toEqual([]);
    expect(triples('An Ostrava Party spokesman said the deficit would grow.')).toEqual([
      'STATED(Ostrava Party -> null)',
    ]);
    expect(triples('A Vantor Senate budget official said the deficit would grow.')).toEqual([
      'STATED(Vantor Senate -> null)',
    ]);
  });
  it('reads the phrase before a closing "…, X, said" as the speaker, not an apposition of a plan in the reported clause', () => {
    const text =
      'The Dorvan cabinet has approved a broad programme calling for new roads and a rise in spending on rural ' +
      'schools, the head of the group writing the programme, Piet Orlo, said.';
    expect(triples(text)).toEqual(['STATED(Piet Orlo -> null)']);
    // A description set off after the speaker's name is the name's, not the speaker.
    expect(triples('"We will win, but not this year," Congressman Piet Orlo, a Vantor Republican, said.')).toEqual([
      'STATED(Piet Orlo -> null)',
    ]);
  });
  it('reads "sent to Y requests for X" as a request to Y by the sender, not by Y', () => {
    expect(triples('Mara Velt sent to the Dorvian Congress requests for new funds.')).toEqual([
      'DEMANDED(Mara Velt -> Dorvian Congress)',
    ]);
    expect(triples('Mara Velt delivered to the Dorvian Congress demands for new funds.')).toEqual([
      'DEMANDED(Mara Velt -> Dorvian Congress)',
    ]);
    expect(triples('Mara Velt submitted to the Ostrava Party a demand for new funds.')).toEqual([
      'DEMANDED(Mara Velt -> Ostrava Party)',
    ]);
  });
  it('reads "X\'s state-controlled company Y said" as Y speaking, the possessor no subject of the participle', () => {
    expect(triples("Kestan's state-controlled power company Lumo said the talks failed.")).toEqual([
      'STATED(Lumo -> null)',
    ]);
  });
  it('gives a plural body noun the bodies its coordinated modifiers name ("the A and B unions said")', () => {
    expect(triples('The DAG and HBV unions said they would strike.')).toEqual([
      'STATED(DAG -> null)',
      'STATED(HBV -> null)',
    ]);
    expect(triples('The U.S. banks said they would lend.')).toEqual([]);
  });
  it('gives one relation per coordinated speaker', () => {
    expect(triples('Anna Kovacs and Paul Brandt said the border would stay open.')).toEqual([
      'STATED(Anna Kovacs -> null)',
      'STATED(Paul Brandt -> null)',
    ]);
    // A middle item the parser hung on the first as a `list` item is a member all the same.
    expect(triples('Angela Merkel, Emmanuel Macron and Boris Johnson said the deal was fair.')).toEqual([
      'STATED(Angela Merkel -> null)',
      'STATED(Boris Johnson -> null)',
      'STATED(Emmanuel Macron -> null)',
    ]);
  });
  it('reads a speech verb with its content only: "noted that", not "noted the rise"', () => {
    expect(triples('Paul Brandt noted that exports had doubled.')).toEqual(['STATED(Paul Brandt -> null)']);
    expect(triples('Paul Brandt noted the rise in exports.')).toEqual([]);
  });
  it('resolves a pronoun speaker to the person of the sentence before', () => {
    expect(triples('Anna Kovacs met farmers in Dorvia.\n"We will not give up," she said.')).toContain(
      'STATED(Anna Kovacs -> null)',
    );
  });
  it('takes the name between a closing quotation mark and the reporting verb as the speaker', () => {
    const text =
      '"Mr Petrov, he ain\'t going to be running next year, but I am," Congressman Paul Brandt, a Dorvian ' +
      'Republican, said on Tuesday of his decision to back the bill.';
    expect(triples(text)).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it('gives a title\'s body no voice of its own ("X Committee chairman Y said", "Y, head of a committee said")', () => {
    expect(
      triples('House Ways and Means Committee chairman Paul Brandt said he was ready to support a tax increase.'),
    ).toEqual(['STATED(Paul Brandt -> null)']);
    expect(
      triples('The talks have made progress, Paul Brandt, head of a parliamentary Foreign Affairs Committee said.'),
    ).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it('reads a title with "of" and two portfolios as its holder\'s ("Secretary of Trade and Industry X", "Chancellor of the Exchequer X")', () => {
    expect(triples('Philippine Secretary of Trade and Industry Paul Brandt said he was pleased.')).toEqual([
      'STATED(Paul Brandt -> null)',
    ]);
    expect(
      triples(
        'The Harbour agreement has worked well and needs no fundamental strengthening at the summit in Venice on ' +
          'June 8-10, U.K. Chancellor of the Exchequer Nigel Lawson said.',
      ),
    ).toEqual(['STATED(Nigel Lawson -> null)']);
    // The same title before a telling verb, with the parse hung on the country: the titled name speaks.
    expect(
      triples(
        "U.K. Chancellor of the Exchequer Rishi Sunak has told Brazil's Economy Minister Paulo Guedes that the loan " +
          'is a matter for the banks.',
      ),
    ).toEqual(['STATED(Rishi Sunak -> Paulo Guedes)']);
    // A title with no body named before it, parsed with its first word as the phrase's head.
    expect(triples('Anna Kovacs told Trade and Industry Minister Paul Brandt to redouble his efforts.')).toEqual([
      'DEMANDED(Anna Kovacs -> Paul Brandt)',
      'STATED(Anna Kovacs -> Paul Brandt)',
    ]);
    // However far the parser tore the title from its body.
    expect(triples('Deputy U.S. Comptroller of the Currency Anna Kovacs said the banks were sound.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
    // As an object too: the one met is the chairman, not his board.
    const met =
      'Ivan Petrov had earlier met Federal Reserve Board Chairman Jerome Powell and U.S. Treasury Secretary Janet Yellen.';
    expect(triples(met)).toEqual(['ATTENDS(Ivan Petrov -> meeting)', 'ATTENDS(Jerome Powell -> meeting)']);
  });
  it('takes the phrase between the last comma and a closing reporting verb as its speaker', () => {
    const text =
      "Paul Brandt, Deputy Secretary of Fisheries, will head the delegation to the Harbour Council's Ministerial in " +
      'Dorvia City, Dorvia June 8-11, the Kestrel Fisheries Department said.';
    expect(triples(text)).toEqual(['STATED(Kestrel Fisheries Department -> null)']);
  });
  it('gives no speaker to a city of sources, a list before the closing comma, or a name behind "in"', () => {
    expect(triples('Manila banking sources said the situation was serious at the firm.')).toEqual([]);
    expect(
      triples(
        'Paul Duffy, here on a visit after talks in the United States, the European Community and Latin America, ' +
          'said progress had been made.',
      ),
    ).toEqual(['STATED(Paul Duffy -> null)']);
    expect(
      triples('"Rates will depend on foreigners," one portfolio manager for an investment house in Frankfurt said.'),
    ).toEqual([]);
  });
  it('gives unnamed officials and sources of a body no statement of the body ("EC sources said")', () => {
    expect(triples('Green Union sources said the ministers would meet on Monday.', ['STATED'])).toEqual([]);
    expect(triples('Veltrania officials said the talks had failed.', ['STATED'])).toEqual([]);
    // Named, they speak.
    const named =
      'But two top German officials, State Secretaries Anna Kovacs and Paul Brandt, told reporters Bonn saw no need.';
    expect(triples(named, ['STATED'])).toContain('STATED(Anna Kovacs -> null)');
  });
  it('gives no speaker to sources that are only somewhere ("sources in Manila")', () => {
    expect(triples('Foreign banking sources in Manila said on Tuesday that the rate had risen.')).toEqual([]);
  });
  it('never takes a noun behind a preposition for the speaker, however the sentence is parsed', () => {
    const text =
      'Trade Minister Ivan Petrov is in the United Arab Emirates to discuss oil prices and the general market ' +
      'situation, officials accompanying him said.';
    expect(triples(text)).toEqual([]);
    const meeting =
      'Dorvian business leaders attending a weekend meeting with President Ivan Petrov called on the government ' +
      'to seek help from the central bank.';
    expect(triples(meeting, ['DEMANDED'])).toEqual([]);
  });
  it('gives a role apposed to a body and a person to the person ("the chairman of X\'s union, U, P, said")', () => {
    const text = "The chairman of the Harbour employers' union, HEU, Paul Brandt, said profits would rise.";
    expect(triples(text)).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it('takes no name in brackets for a subject ("a broker at firm <X>, said")', () => {
    expect(
      triples('Broker Anna Kovacs at Veltrania investment firm <Kestrel Spa>, said some investors had placed orders.'),
    ).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(
      triples('Trader Paul Brandt at Milan investment bank <Orbis Spa>, told Reuters the result was positive.'),
    ).toEqual(['STATED(Paul Brandt -> Reuters)']);
  });
  it('takes the phrase after the comma alone for the speaker, not what the parser coordinated it with', () => {
    const text = 'Speaking to Anna Kovacs of the Daily Courier, Paul Brandt said, "It happened under my watch."';
    expect(triples(text)).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it('takes the subject nearest the verb when a lost clause leaves another before it', () => {
    const text =
      "Dorvia's new planning minister is Ivan Petrov, the former head of a welfare program, the government said.";
    expect(triples(text)).not.toContain('STATED(Ivan Petrov -> null)');
    // The lost clause's copula hung on the name, whose phrase then runs up to "the government".
    const copula =
      "Kestan's new planning minister is Anibal Petrova de Sousa, the former head of a national welfare program, " +
      'the government said.';
    expect(triples(copula)).not.toContain('STATED(Anibal Petrova de Sousa -> null)');
  });
  it('reads a description set beside a speaker by a comma as an apposition, not a second speaker', () => {
    const text =
      'The top banker Ivan Petrov, chairman of the Kestrel Trust Corporation, who also sits in the assembly, ' +
      'said profits had fallen.';
    expect(triples(text)).toEqual(['STATED(Ivan Petrov -> null)']);
    // The description's possessor ("the country's") is the speaker's country, no second speaker.
    const country =
      'Chris Stals leads the debt talks for South Africa. Stals, the country\'s chief debt negotiator, said "we are ' +
      'listening to the banks."';
    expect(triples(country)).toEqual(['STATED(Chris Stals -> null)']);
  });
  it('gives "the prime minister" to the person the article titled so, even at the start of a sentence', () => {
    const text =
      'Prime Minister Anna Kovacs arrived in Dorvia City on Monday. The prime minister said the talks had failed.';
    expect(triples(text)).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it('gives an office held by one person to its holder named in the article, never to the state', () => {
    const text =
      "Kestrel's defence minister said on Sunday that the border would stay closed.\n" +
      'Defence Minister Ivan Petrov told a conference in Dorvia that he saw no threat.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Ivan Petrov -> null)']);
    expect(triples('The newly elected president of Kestrel announced plans to nationalise the gas fields.')).toEqual(
      [],
    );
  });
  it('never makes a dateline or a plain noun the speaker', () => {
    expect(triples('DORVIA CITY (Test Wire) - Officials said the bridge was safe.')).toEqual([]);
    expect(triples('The bridge is safe, engineers said.')).toEqual([]);
  });
  it('reads a rejection or demand made "in a statement to X" or "in an interview with X" as a statement to X too', () => {
    expect(triples('In a statement to the BBC, the Dorvian Football Association denied these allegations.')).toEqual([
      'REJECTED(Dorvian Football Association -> null)',
      'STATED(Dorvian Football Association -> BBC)',
    ]);
    expect(triples('In an interview with CNN, Tom Hale called for new elections.')).toEqual([
      'DEMANDED(Tom Hale -> null)',
      'STATED(Tom Hale -> CNN)',
    ]);
    expect(triples('Tom Hale rejected the plan.')).toEqual(['REJECTED(Tom Hale -> null)']);
  });
  it('reads a chamber named before a speech as its venue, not its speaker ("a House speech")', () => {
    expect(triples('In another House speech, Democrat Donald Pease of Ohio said a summit was needed.')).toEqual([
      'STATED(Donald Pease -> null)',
    ]);
  });
  it('reads calling something illegal as a statement to the one spoken to, and a rejection', () => {
    expect(triples('Speaking to the Atlantic Council, Tom Hale called the agreement illegal.')).toEqual([
      'REJECTED(Tom Hale -> null)',
      'STATED(Tom Hale -> Atlantic Council)',
    ]);
  });
  it('reads a demand "in a letter to X" as said to X and asked of X, one "in a statement to" a broadcaster not', () => {
    expect(triples('In a letter to Ana Ruiz, Tom Hale demanded the release of the prisoners.')).toEqual([
      'DEMANDED(Tom Hale -> Ana Ruiz)',
      'STATED(Tom Hale -> Ana Ruiz)',
    ]);
    expect(triples('In a statement to the BBC, Tom Hale demanded the release of the prisoners.')).toEqual([
      'DEMANDED(Tom Hale -> null)',
      'STATED(Tom Hale -> BBC)',
    ]);
  });
});

/** The sources of the relations a trigger word gives in a text. */
function sourcesOf(text: string, trigger: string): string[] {
  const x = run(text);
  const name = (id: string): string => x.entities.find((e) => e.id === id)!.name;
  return [
    ...new Set(x.relations.filter((r) => (r.trigger ?? '').split(' ').includes(trigger)).map((r) => name(r.source))),
  ];
}

describe('pronouns', () => {
  it('gives "they" the titled pair that said it ("Sen. Mara Velt and Ivo Brandt said they would attend")', () => {
    for (const title of ['Sen.', 'Sens.', 'Gov.'])
      expect(triples(`${title} Mara Velt and Ivo Brandt said they would attend the summit.`, ['ATTENDS'])).toEqual([
        'ATTENDS(Ivo Brandt -> summit)',
        'ATTENDS(Mara Velt -> summit)',
      ]);
  });
  it('resolves "the paper" to the one newspaper the article named, and to none of two', () => {
    expect(triples('The Leeds Sun published the transcript. The paper said the call was recorded.')).toEqual([
      'STATED(Leeds Sun -> null)',
    ]);
    expect(triples('The Dorvan Chronicle and the Kestrel Times printed it. The paper said it was genuine.')).toEqual(
      [],
    );
  });
  it('reads the subject of an absolute clause after "and with" ("and with X saying …")', () => {
    expect(triples('The talks ended in Lund and with Dorvia saying the plan was dead.')).toEqual([
      'STATED(Dorvia -> null)',
    ]);
    expect(triples('The talks ended in Lund, with Dorvia saying the plan was dead.')).toEqual([
      'STATED(Dorvia -> null)',
    ]);
    // A participle serving as a preposition inside a noun's phrase is no absolute clause (and no loop in the tree).
    expect(
      triples('Dorvan Gas Corp said it is in compliance with all federal regulations regarding the disposal of waste.'),
    ).toEqual(['STATED(Dorvan Gas Corp -> null)']);
  });
  it('reads a quotation the parser roots on its opening mark, a word hung on that mark, without a fault', () => {
    expect(triples('"Rather than us having a market that will plummet we\'ll see prices slide."')).toEqual([]);
  });
  it('takes the subject of an absolute clause ("with X saying …") as its speaker', () => {
    expect(triples('Kenya rejected the plan on Tuesday, with Tom Hale saying it was unfair.')).toEqual([
      'REJECTED(Kenya -> null)',
      'STATED(Tom Hale -> null)',
    ]);
  });
  it('reads a relative pronoun after a name and its comma as the name, however the clause was hung', () => {
    expect(triples('The minister met Chen Shibiao, who said that trade was falling.')).toEqual([
      'ATTENDS(Chen Shibiao -> meeting)',
      'STATED(Chen Shibiao -> null)',
    ]);
  });
  it('gives "he argued" after a quotation to its speaker, not to a person the quotation names', () => {
    const text =
      'Paul Brandt said the tariffs would stay.\n"Ivan Petrov has said he will not change course. ' +
      'He has his reasons," he argued.';
    expect(sourcesOf(text, 'argued')).toEqual(['Paul Brandt']);
  });
  it('gives "he said" to the story\'s speaker when the sentence before names someone else in passing', () => {
    const text =
      "Paul Brandt said the ministry would appeal.\nHe said there had been earlier cases, such as Ivan Petrov's trial. " +
      'The court could not choose when to apply the law, he stressed.';
    expect(sourcesOf(text, 'stressed')).toEqual(['Paul Brandt']);
  });
  it('leaves a possessive unresolved when the sentence before names two persons it could mean', () => {
    const text =
      'Paul Brandt said the vote was close.\n"He is weakened," said Ivan Petrov, an analyst, after the Senate ' +
      "ignored Arno Keller's veto.\nThe Senate rejected his veto of the water bill.";
    expect(triples(text, ['REJECTED']).filter((r) => r.startsWith('REJECTED(Senate'))).toEqual([
      'REJECTED(Senate -> null)',
    ]);
  });
  it('resolves a possessive to the person its own sentence named before it', () => {
    const text =
      "Paul Brandt said the vote was close.\nThe Senate blocked Arno Keller's plan in May and rejected his veto " +
      'of the tax bill.';
    expect(triples(text, ['REJECTED']).filter((r) => r.startsWith('REJECTED(Senate'))).toEqual([
      'REJECTED(Senate -> Arno Keller)',
    ]);
  });
  it('gives a subject pronoun the main subject of the sentence before, of two persons it names', () => {
    const text =
      'Anna Kovacs said the plan was sound.\nMaria Lind met Anna Kovacs in Dorvia.\nShe told reporters the talks had gone well.';
    expect(sourcesOf(text, 'told')).toEqual(['Maria Lind']);
  });
  it('gives a pronoun to an unnamed person who is the nearer subject, not to a name before', () => {
    const text =
      'Paul Brandt met Ivan Petrov on Monday.\nThe spokesman described the talks, which he called private, as positive.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
  it('lets a body subject inside a quotation leave "he said" to the person before', () => {
    const text =
      'The government welcomed the plan, as stated by Information Minister Ivan Petrov.\n' +
      '"Government is ready for dialogue with anyone," he said.';
    expect(sourcesOf(text, 'said')).toEqual(['Ivan Petrov']);
  });
  it('reads a possessive fronted before its clause\'s subject as that subject ("In his speech, X said")', () => {
    const text = 'Paul Brandt spoke first.\nIn his inauguration speech, Ivan Petrov had said he was open to talks.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Ivan Petrov -> null)']);
  });
  it('lets the subject of a subordinate clause take a name before it in its sentence', () => {
    const text =
      "Paul Brandt met farmers.\nIvan Petrov's main demand when he arrives for talks with Brandt on Wednesday " +
      'would be the lifting of the tariffs.';
    // "he" is Petrov (Brandt is at the talks only as the one they are with).
    expect(triples(text, ['ATTENDS'])).toEqual(
      expect.arrayContaining(['ATTENDS(Ivan Petrov -> talks)', 'ATTENDS(Paul Brandt -> talks)']),
    );
  });
  it('survives a pronoun whose antecedent is a role it possesses ("X and his government")', () => {
    expect(() =>
      run('Prime Minister Paul Brandt and his five-party coalition government have resigned, officials said.'),
    ).not.toThrow();
  });
  it('lets "he said" continue an unnamed speaker ("a western diplomat said … He said …")', () => {
    const text =
      'Paul Brandt resigned in January.\nA western diplomat said the leaders had been encouraged by their success.\n' +
      'But he said the biggest reforms had been shelved.';
    expect(triples(text)).toEqual([]);
  });
  it('lets "he said" continue an indefinite one of a group ("One said … He said …", "Another said")', () => {
    const one =
      'Deputies from three provinces said Ivo Brandt was not forceful enough.\nOne said the state had cut ' +
      'spending on farms. "This is a disgrace," he said.';
    expect(triples(one)).toEqual([]);
    const another =
      'Deputies said Ivo Brandt was weak. Another said the state had cut spending. He said farms were failing.';
    expect(triples(another)).toEqual([]);
    expect(
      triples('Ivo Brandt met the deputies. One delegate said spending was cut. He said farms were failing.'),
    ).toEqual([]);
    // Named, the one speaks on.
    const named =
      'Deputies said Ivo Brandt was weak. One, Piet Orlo, said spending was cut. "It is a disgrace," he said.';
    expect(triples(named)).toEqual(['STATED(Piet Orlo -> null)']);
  });
  it('takes the speaker of a sentence from its main speech act, not from one it reports ("X said Y … promised")', () => {
    const text =
      'Ivo Brandt met the bankers on Monday.\nPiet Orlo nevertheless said Brandt showed flexibility and promised ' +
      'to look into alternatives.\nHe added that a new procedure was being studied.';
    expect(sourcesOf(text, 'added')).toEqual(['Piet Orlo']);
  });
  it('lets "he" continue a person who spoke unnamed for a body ("a spokesman for X said … he added")', () => {
    const spokesman =
      '"Firms must take some losses," said analyst Piet Orlo.\nA spokesman for Lumo Corp said the firm cut ' +
      'output for other reasons.\nLower output came from the new lines, he added.';
    expect(sourcesOf(spokesman, 'added')).toEqual([]);
    const official =
      "Trade will grow after Prime Minister Ivo Brandt's visit to Dorvia, an official of the Dorvian trade " +
      'ministry said.\nHe told the Kestrel Courier that coal could balance the trade.';
    expect(sourcesOf(official, 'told')).toEqual([]);
    // A definite one refers back to a person named before: "the union official" is Orlo.
    const definite =
      'Piet Orlo, a senior official of the Dorvia Seamen Union, spoke to reporters.\nThe union official said the ' +
      'strike had halted 150 ships.\nSix ships lay idle abroad, he added.';
    expect(sourcesOf(definite, 'added')).toEqual(['Piet Orlo']);
  });
  it('lets "he" continue an unnamed aide, and a "he said" no one was found for, not the person the aide spoke of', () => {
    const aide =
      'Prime Minister Ivo Brandt will step down after the vote, a close aide said.\n"If I were Brandt, ' +
      'I would close the session in May," the aide said.\nThe other option would be to extend the session, he added.';
    expect(sourcesOf(aide, 'added')).toEqual([]);
    const run =
      'Prime Minister Ivo Brandt will step down after the vote, a close aide said.\n"If I were Brandt, ' +
      'I would close the session in May," the aide said.\nThe session can be extended once.\nElections are due ' +
      'in April.\nThe other option would be to extend the session, he said.\n"Effects will be small," he added.';
    expect(sourcesOf(run, 'added')).toEqual([]);
    // "One banker met … and said": the conjoined verb's subject is the first conjunct's, the banker.
    const conjoined =
      'Piet Orlo said the ministry had erred.\nOne banker met the ministers and said Dorvia should act.\n' +
      '"Dorvia can do more," he told reporters.';
    expect(sourcesOf(conjoined, 'told')).toEqual([]);
  });
  it('gives \'"He …," he said\' to the running speaker, not to the person the quotation calls "he"', () => {
    const text =
      '"Limiting the options would be unwise," Piet Orlo said.\nPresident Ivo Brandt has threatened retaliation ' +
      'eight times this year.\n"He took these steps only as a last resort," he told reporters.';
    expect(sourcesOf(text, 'told')).toEqual(['Piet Orlo']);
    // The narration named the speaker again too: either could speak, and neither is taken.
    const both =
      'Piet Orlo said the talks went well.\nOrlo met President Ivo Brandt on Monday.\n"He is a friend," he told reporters.';
    expect(sourcesOf(both, 'told')).toEqual([]);
  });
  it('gives "he added" to the last speaker, not to a person the narration spoke of since', () => {
    const text =
      'Piet Orlo said the tariffs were unwise.\nPresident Ivo Brandt has threatened retaliation eight times this ' +
      'year.\n"The steps were a last resort," he added.';
    expect(sourcesOf(text, 'added')).toEqual(['Piet Orlo']);
    // "said" lets the new subject take the speech over.
    const said =
      'Piet Orlo said the tariffs were unwise.\nPresident Ivo Brandt has threatened retaliation eight times this ' +
      'year.\nThe steps were a last resort, he told reporters.';
    expect(sourcesOf(said, 'told')).toEqual(['Ivo Brandt']);
  });
  it('keeps the speaker when the narration since only mentioned another person (no subject, no actor)', () => {
    const text =
      'Finance Minister Piet Orlo said inflation had been kept low.\nThe central bank urged President Ivo Brandt ' +
      'to cut spending.\nExports rose by seven pct, he told reporters.';
    expect(sourcesOf(text, 'told')).toEqual(['Piet Orlo']);
  });
  it('lets a subject "it" continue the thing the sentence before was about ("The communique said … It welcomed")', () => {
    const text =
      'The finance ministers of Dorvia and Veltrania met in Kestrel. The communique said the ministers agreed on ' +
      'the currency. It welcomed the plans of the Green Union.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
  it('lets "they said" continue unnamed speakers ("diplomatic sources said … They said …"), not "he said"', () => {
    const text =
      'Anna Kovacs and Paul Brandt will meet on Monday. Diplomatic sources said the meeting would be difficult. ' +
      'They said Brandt could face a minefield.';
    expect(triples(text, ['STATED'])).toEqual([]);
    const he =
      'Paul Brandt met the bankers on Monday. Officials said the talks were hard. He said the talks had gone well.';
    expect(triples(he, ['STATED'])).toEqual(['STATED(Paul Brandt -> null)']);
  });
  it('never gives a pronoun to the writer of a byline', () => {
    const text =
      'By Paul Brandt, Test Wire\nDorvia called on Veltrania to open the border.\nThe ministry issued a report on the ' +
      'border. Trade fell. Exports fell. He said the report was wrong.';
    expect(sourcesOf(text, 'said')).toEqual([]);
  });
  it('gives "it said" to the body or state that spoke just before', () => {
    const text =
      'The Kestrel Assembly passed the tariff bill.\nVeltrania has said that if the bill passed, it would complain ' +
      'to the court. It said it hoped the court would rule quickly.';
    expect(sourcesOf(text, 'said')).toEqual(['Veltrania']);
  });
  it('reads "the bank" as a bank named before it, never one named only later', () => {
    const before = 'The Coral Bank owns the mine. Ivo Marek asked the bank whether it could lend the money.';
    expect(triples(before)).toEqual(['STATED(Ivo Marek -> Coral Bank)']);
    const after = 'Ivo Marek asked the bank whether it could lend the money. The Coral Bank owns the mine.';
    expect(triples(after)).toEqual([]);
  });
  it('reads "the banks" as the several banks named before, not one of them', () => {
    const two =
      'The Dorvan Trust Bank and the Coral Bank own the mine. Ivo Marek asked the banks whether they could lend the money.';
    expect(triples(two)).toEqual(['STATED(Ivo Marek -> Coral Bank)', 'STATED(Ivo Marek -> Dorvan Trust Bank)']);
    const one = 'The Coral Bank owns the mine. Ivo Marek asked the banks whether they could lend the money.';
    expect(triples(one)).toEqual([]);
  });
});

describe('demands', () => {
  it('makes the noun a past participle describes no doer of it ("talks with X as requested by Y")', () => {
    const text =
      'Kestan Motors Corp said it would resume talks with the Tarn Auto Workers as requested by Wisconsin Governor Tomas Brell.';
    expect(triples(text, ['DEMANDED'])).not.toContain('DEMANDED(Tarn Auto Workers -> null)');
  });
  it('makes the one a fronted passive participle acts on its target, not its demander ("Urged by X to resign, Y said")', () => {
    expect(triples('Pressed by reporters, Mara Velt said spending was too high.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Urged by the Dorvan Senate to resign, Mara Velt said she would stay.')).toEqual([
      'DEMANDED(Dorvan Senate -> Mara Velt)',
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('reads giving in to pressure or calls from X as X\'s demand on the one who gave in ("bowed to pressure from X")', () => {
    expect(triples('Kestan bowed to pressure from the Lindor Union and withdrew the bill.', ['DEMANDED'])).toEqual([
      'DEMANDED(Lindor Union -> Kestan)',
    ]);
    expect(triples('France yielded to calls from the Kestan Party to hold a vote.', ['DEMANDED'])).toEqual([
      'DEMANDED(Kestan Party -> France)',
    ]);
    // An infinitive after a verb of wanting is an act, not a noun.
    expect(triples('France wants to pressure the Lindor Union.', ['DEMANDED'])).toEqual([]);
  });
  it('reads "his party" as the one party the person\'s title or description names', () => {
    expect(triples('Dorvan Party leader Tom Hale urged his party to quit the coalition.')).toEqual([
      'DEMANDED(Tom Hale -> Dorvan Party)',
    ]);
    expect(
      triples('Premier Tom Hale, a veteran Dorvan Party member, urged his party to split from the coalition.'),
    ).toEqual(['DEMANDED(Tom Hale -> Dorvan Party)']);
    expect(
      triples(
        'Tom Hale, a Dorvan Party member, and Ana Ruiz, a Kestan Party member, met. Hale urged his party to quit.',
        ['DEMANDED'],
      ),
    ).toEqual(['DEMANDED(Tom Hale -> Dorvan Party)']);
    // A person no title or description ties to a party: no party is meant for sure, and the demand
    // asks someone unnamed.
    expect(
      triples('The Dorvan Party and the Kestan Party met. Tom Hale urged his party to quit.', ['DEMANDED']),
    ).toEqual(['DEMANDED(Tom Hale -> null)']);
  });
  it('reads "a leader / member of the X Party" in an apposition as the person\'s party', () => {
    expect(triples('Tom Hale, a leader of the Ostrava Party, urged his party to leave the coalition.')).toEqual([
      'DEMANDED(Tom Hale -> Ostrava Party)',
    ]);
    // Also from an earlier sentence.
    const text =
      'Tom Hale, a member of the Ostrava Party, said the vote was close. Later Hale urged his party to leave the coalition.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Tom Hale -> Ostrava Party)']);
    // Two persons, each of a party: each person's own.
    const two =
      'Tom Hale, a member of the Ostrava Party, and Ana Ruiz, a member of the Kestan Party, met. Hale urged his party to quit.';
    expect(triples(two, ['DEMANDED'])).toEqual(['DEMANDED(Tom Hale -> Ostrava Party)']);
    // A person's "of" phrase that names no body says nothing of a party.
    expect(triples('Tom Hale, a son of Ivo Marek, urged his party to quit.', ['DEMANDED'])).toEqual([
      'DEMANDED(Tom Hale -> null)',
    ]);
  });
  it('asks someone unnamed when people or a body the demander leads are asked ("urged his allies to …")', () => {
    expect(triples('Tom Hale urged his allies to leave the coalition.')).toEqual(['DEMANDED(Tom Hale -> null)']);
    expect(triples('The Ostrava Party urged its members to vote against the bill.')).toEqual([
      'DEMANDED(Ostrava Party -> null)',
    ]);
    // One's own thing wished to act is no one asked.
    expect(triples('"We want our membership of the union to serve as a model," Tom Hale said.', ['DEMANDED'])).toEqual(
      [],
    );
  });
  it('reads "his government" asked to act as the country of the person\'s title', () => {
    expect(triples('Peruvian Ambassador Tom Hale urged his government to send aid.')).toEqual([
      'DEMANDED(Tom Hale -> Peru)',
    ]);
    // No country in the person's title: no government is meant for sure.
    expect(triples('Tom Hale urged his government to resign.')).toEqual(['DEMANDED(Tom Hale -> null)']);
    // As the subject of what its member reports, it stays the speaker's words.
    expect(triples('Peruvian Ambassador Tom Hale said his government would reject the plan.')).toEqual([
      'STATED(Tom Hale -> null)',
    ]);
  });
  it('asks a legislature named by its common noun ("asked congress to …", "urged parliament to …")', () => {
    expect(triples('The Kestan government will ask congress to declare a state of siege.', ['DEMANDED'])).toEqual([
      'DEMANDED(Kestan -> congress)',
    ]);
    expect(triples('President Dorin Vell urged parliament to approve the budget.')).toEqual([
      'DEMANDED(Dorin Vell -> parliament)',
    ]);
    expect(triples('Dorin Vell called on the legislature to act.')).toEqual(['DEMANDED(Dorin Vell -> legislature)']);
    expect(triples('Dorin Vell told parliament that the budget was sound.')).toEqual([
      'STATED(Dorin Vell -> parliament)',
    ]);
    expect(triples('Dorin Vell urged the Peruvian congress to reject the plan.')).toEqual([
      'DEMANDED(Dorin Vell -> Peruvian congress)',
    ]);
    // A modifier of another noun names no body; nor does a legislature acting (a vote is no reply).
    expect(triples('Dorin Vell urged parliament members to resign.')).toEqual(['DEMANDED(Dorin Vell -> null)']);
    expect(triples("Kestan's parliament rejected the budget.")).toEqual([]);
    // A congress held is a gathering, not the legislature.
    expect(triples("Peru's military government opens a four-day congress tomorrow to discuss the crisis.")).toEqual([
      'ATTENDS(Peru -> four-day congress)',
    ]);
  });
  it('reads an order given with the act commanded as a demand ("issued an order that X withdraw")', () => {
    expect(triples('Tom Hale issued an order that the Ostrava Army should withdraw.')).toEqual([
      'DEMANDED(Tom Hale -> Ostrava Army)',
    ]);
    expect(triples('Tom Hale gave an order for the Ostrava Army to withdraw.')).toEqual([
      'DEMANDED(Tom Hale -> Ostrava Army)',
    ]);
    expect(triples('Tom Hale issued orders to the Ostrava Army to withdraw.')).toEqual([
      'DEMANDED(Tom Hale -> Ostrava Army)',
    ]);
    expect(triples('Tom Hale gave the order to fire.')).toEqual(['DEMANDED(Tom Hale -> null)']);
    // An order that only says what it does commands no act of anyone.
    expect(triples('The Lund Court issued an order barring the strike.')).toEqual([]);
  });
  it('asks whoever does what an end is asked to ("demanded an end to Chile\'s arms sales")', () => {
    expect(triples("Peru demanded an end to Chile's arms sales.")).toEqual(['DEMANDED(Peru -> Chile)']);
    expect(triples("Peru called for the end of Chile's blockade.")).toEqual(['DEMANDED(Peru -> Chile)']);
    // The "to" phrase hung on the verb.
    expect(triples("Peru called for a halt to Chile's nuclear tests.")).toEqual(['DEMANDED(Peru -> Chile)']);
    // An end of something no one is named doing; an end of what is done to someone.
    expect(triples('Peru called for an end to the violence.')).toEqual(['DEMANDED(Peru -> null)']);
    expect(triples("Peru demanded an end to Chile's detention.")).toEqual(['DEMANDED(Peru -> null)']);
  });
  it('reads telling unnamed people or a body to act as a demand on someone unnamed ("told its members to strike")', () => {
    expect(triples('The Ostrava Workers Union told its members to strike.')).toEqual([
      'DEMANDED(Ostrava Workers Union -> null)',
      'STATED(Ostrava Workers Union -> null)',
    ]);
    expect(triples('Tom Hale told the farmers to plant less.')).toEqual([
      'DEMANDED(Tom Hale -> null)',
      'STATED(Tom Hale -> null)',
    ]);
    // An audience told what to expect, and a noun's infinitive misparsed as an order, ask nothing.
    expect(triples('Tom Hale told reporters to expect an announcement.')).toEqual(['STATED(Tom Hale -> null)']);
    expect(triples('Tom Hale told Reuters proposals to cut the quota were unacceptable.', ['DEMANDED'])).toEqual([]);
  });
  it('reads the author of a proposal as the subject of a clause coordinated with it ("X\'s proposal was …, but is now insisting")', () => {
    const text = "Peru's original proposal was to pay nothing, but is now insisting that Chile pay the costs.";
    expect(triples(text)).toEqual(['DEMANDED(Peru -> Chile)']);
    // A subject that is no proposal lends its possessor nothing.
    expect(triples("Peru's team was to arrive on Monday, but is now insisting that Chile pay.")).toEqual([]);
  });
  it('asks a titled person named after a demonym ("urged Hungarian Prime Minister X to …")', () => {
    expect(
      triples('Ivo Marek urged Hungarian Prime Minister Anna Brenn to withdraw the troops.', ['DEMANDED']),
    ).toEqual(['DEMANDED(Ivo Marek -> Anna Brenn)']);
    expect(triples('Ivo Marek asked Polish President Anna Brenn to resign.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
  });
  it('asks the possessor of an act asked for, unless the act is done to them ("X\'s release")', () => {
    expect(triples("Anna Brenn called for Ivo Marek's resignation.")).toEqual(['DEMANDED(Anna Brenn -> Ivo Marek)']);
    expect(triples("Anna Brenn pressed for France's withdrawal from the pact.")).toEqual([
      'DEMANDED(Anna Brenn -> France)',
    ]);
    expect(triples("Anna Brenn demanded Ivo Marek's extradition.")).toEqual(['DEMANDED(Anna Brenn -> null)']);
    expect(triples("Anna Brenn called for Ivo Marek's release.")).toEqual(['DEMANDED(Anna Brenn -> null)']);
  });
  it('reads a warning to act as a demand on the one warned, a warning of what will come as none', () => {
    expect(triples('Anna Brenn warned Ivo Marek to stop the attacks.')).toEqual([
      'DEMANDED(Anna Brenn -> Ivo Marek)',
      'STATED(Anna Brenn -> Ivo Marek)',
    ]);
    expect(triples('Anna Brenn warned France to expect a long war.')).toEqual(['STATED(Anna Brenn -> France)']);
  });
  it('reads a voiced need or wish for someone to act as a demand on them, inside a quotation too', () => {
    expect(triples('"We need the Kestrel Council to set up a committee," Anna Brenn said.')).toEqual([
      'DEMANDED(Anna Brenn -> Kestrel Council)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('"We want Dorvia to leave," Anna Brenn said.')).toEqual([
      'DEMANDED(Anna Brenn -> Dorvia)',
      'STATED(Anna Brenn -> null)',
    ]);
    // A thing needed asks no one; the reporter's "needs X to" is a position, not an act.
    expect(triples('"We need more money," Anna Brenn said.')).toEqual(['STATED(Anna Brenn -> null)']);
    expect(triples('Anna Brenn needs Dorvia to act.')).toEqual([]);
    // After an amount the infinitive is what the money is for: no one is asked to act.
    expect(triples('Anna Brenn said last night her country needs 120 mln dlrs to repair the pipeline.')).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('"We need two billion dollars to rebuild the port," Anna Brenn said.')).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
    // What a body is said to need is no demand by it, however the parser hangs the second noun.
    expect(triples('Anna Brenn said the Lumo Fund needed more resources and a management overhaul.')).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
  });
  it('reads seeking what only another party can give as asking it, not seeking re-election', () => {
    expect(triples('Anna Brenn sought an apology from Dorvia.')).toEqual(['DEMANDED(Anna Brenn -> Dorvia)']);
    // Assurances sought are not yet given.
    expect(triples('Anna Brenn sought assurances from France that the deal would hold.')).toEqual([
      'DEMANDED(Anna Brenn -> France)',
    ]);
    expect(triples('Anna Brenn is seeking re-election.')).toEqual([]);
    // With no one named, the one who owes it is not in the sentence.
    expect(triples('Anna Brenn has long sought an apology for the raid.')).toEqual([]);
  });
  it('reads requesting a thing as a demand of someone unnamed, and giving in to a demand as being its target', () => {
    expect(triples('Anna Brenn requested donations via a statement on her blog.')).toEqual([
      'DEMANDED(Anna Brenn -> null)',
    ]);
    expect(triples('Anna Brenn requested anonymity.')).toEqual([]);
    expect(triples("The Kestrel Times is complying with Anna Brenn's requests to take down the video.")).toEqual([
      'DEMANDED(Anna Brenn -> Kestrel Times)',
    ]);
    expect(triples("France bowed to Anna Brenn's demands.")).toEqual(['DEMANDED(Anna Brenn -> France)']);
    expect(triples("France heeded Anna Brenn's call for calm.")).toEqual(['DEMANDED(Anna Brenn -> France)']);
  });
  it('reads "it is time X acted" / "time for X to act" as a demand on X by whoever says it', () => {
    expect(triples('"It is time the Kestrel Council cut the budget," Anna Brenn said.')).toEqual([
      'DEMANDED(Anna Brenn -> Kestrel Council)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('Anna Brenn said it was time France withdrew its troops.')).toEqual([
      'DEMANDED(Anna Brenn -> France)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('"It is high time for France to act," Anna Brenn said.')).toEqual([
      'DEMANDED(Anna Brenn -> France)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('Anna Brenn said it was time to go.')).toEqual(['STATED(Anna Brenn -> null)']);
  });
  it('reads "despite pressure from X" as X\'s demand on the one who holds out, wherever the parser hung it', () => {
    expect(triples('Ivo Marek will not raise taxes despite pressure from the Kestan Senate.')).toEqual([
      'DEMANDED(Kestan Senate -> Ivo Marek)',
    ]);
    expect(triples('Ivo Marek, despite pressure from the Kestan Senate, kept the tax.')).toEqual([
      'DEMANDED(Kestan Senate -> Ivo Marek)',
    ]);
    expect(triples('Kestan raised rates despite pressure from Dorvia.')).toEqual(['DEMANDED(Dorvia -> Kestan)']);
    // A clause of things: no one named holds out.
    expect(triples('Prices rose despite pressure from the Kestan Senate.')).toEqual([
      'DEMANDED(Kestan Senate -> null)',
    ]);
  });
  it('reads "X, who is under pressure from Y to …" hung on the verb as a relative clause of X', () => {
    const text =
      'The deal may not satisfy Ivo Marek, who is under pressure from the Kestan Senate to take greater action.';
    expect(triples(text)).toEqual(['DEMANDED(Kestan Senate -> Ivo Marek)']);
  });
  it('reads pressure as a demand: its raiser on the one pressed, and "under pressure from X" on the clause\'s subject', () => {
    expect(triples('Under pressure from France, Britain agreed to withdraw.')).toEqual(['DEMANDED(France -> Britain)']);
    expect(triples('Anna Brenn stepped up pressure on Britain to resign.')).toEqual([
      'DEMANDED(Anna Brenn -> Britain)',
    ]);
    // Acting "at the urging / request / behest of X" does what X asked.
    expect(triples('At the urging of Mara Velt, the Varesh Union dropped the plan.')).toEqual([
      'DEMANDED(Mara Velt -> Varesh Union)',
    ]);
    expect(triples('The Varesh Union dropped the plan at the behest of Mara Velt.')).toEqual([
      'DEMANDED(Mara Velt -> Varesh Union)',
    ]);
    // "faced renewed calls from X to …" with the participle parsed as a verb of its own.
    expect(triples('Dovan Relk faced renewed calls from the Ostrava Party to resign.')).toEqual([
      'DEMANDED(Ostrava Party -> Dovan Relk)',
    ]);
    // Facing increasing pressure is being pressed, by no one named.
    expect(triples('Britain is facing increasing pressure to resign.')).toEqual([]);
    expect(triples('Prices came under pressure from weak demand.')).toEqual([]);
  });
  it('leaves a call that a plan makes to the plan, unless its subject adopted it; a wish not said asks no one', () => {
    expect(triples('The Kestrel Council takes up a plan similar to the last one, calling for deep cuts.')).toEqual([]);
    expect(triples('The Security Council adopted a resolution, calling on Dorvia to withdraw.')).toEqual([
      'DEMANDED(Security Council -> Dorvia)',
    ]);
    expect(triples('Anna Brenn did not say what she wanted France to do.')).toEqual([]);
    // A call on the speaker's own country asks no other party.
    expect(triples('"It is time for Brazil to act," Brazilian Science Minister Ivo Marek said.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('reads the agent of a passive "called on by X" whose particle the parser gave the agent', () => {
    expect(triples('Uganda has been called on by Kenya to withdraw its troops.')).toEqual([
      'DEMANDED(Kenya -> Uganda)',
    ]);
  });
  it('reads insisting that a named party act, in the subjunctive, as a demand on it', () => {
    for (const act of ['apologise', 'resign', 'return the islands'])
      expect(triples(`Ivo Marek insisted that Japan ${act}.`, ['DEMANDED'])).toEqual(['DEMANDED(Ivo Marek -> Japan)']);
    expect(triples('Ivo Marek insisted that Anna Brenn resign.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
  });
  it('reads a mandative subjunctive without "that" as a demand on its subject ("insisted X drop the plan")', () => {
    expect(triples('Ivo Marek insisted Anna Brenn drop the plan.')).toEqual(['DEMANDED(Ivo Marek -> Anna Brenn)']);
    expect(triples('The Kestrel Corp insisted Japan drop its tariffs.')).toEqual(['DEMANDED(Kestrel Corp -> Japan)']);
    // An indicative asserts.
    expect(triples('Ivo Marek insisted Japan had dropped its tariffs.')).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('reads whoever faces, ignores or is under a demand as the one it asks', () => {
    for (const text of [
      'Anna Brenn ignored calls from Ivo Marek to resign.',
      'Anna Brenn defied calls from Ivo Marek to resign.',
      "Anna Brenn has ignored Ivo Marek's demands to resign.",
      'Anna Brenn faces pressure from Ivo Marek to resign.',
      'Anna Brenn faces calls from Ivo Marek to resign.',
      'Anna Brenn is under pressure from Ivo Marek to resign.',
    ])
      expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Ivo Marek -> Anna Brenn)']);
    expect(triples('Japan has been under pressure from the United States to open its markets.')).toEqual([
      'DEMANDED(United States -> Japan)',
    ]);
    // Pressure from no one named, or from a thing, is no one's demand.
    expect(triples('The Kestrel Corp faces pressure to cut costs.')).toEqual([]);
    expect(triples('Japan faces pressure from the weak dollar.')).toEqual([]);
  });
  it('reads a request whose infinitive the parser hung on the one asked ("requires members to pay")', () => {
    expect(triples('The Tarn League requires members to pay a fee.')).toEqual(['DEMANDED(Tarn League -> null)']);
    expect(triples('Anna Brenn asked the ministry to review the plan.')).toEqual(['DEMANDED(Anna Brenn -> null)']);
  });
  it('asks both parties of "A as well as B"', () => {
    expect(triples('Ivo Marek urged Poland as well as Hungary to withdraw their troops.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Hungary)',
      'DEMANDED(Ivo Marek -> Poland)',
    ]);
  });
  it('asks each of a list of parties called on, however the parser hangs the middle one', () => {
    expect(triples('Ivo Marek called on Poland, Hungary and Romania to withdraw their troops.')).toEqual([
      'DEMANDED(Ivo Marek -> Hungary)',
      'DEMANDED(Ivo Marek -> Poland)',
      'DEMANDED(Ivo Marek -> Romania)',
    ]);
  });
  it("reads a call on someone inside a quotation as the quoted speaker's demand", () => {
    expect(triples('"We call on Poland to end the blockade," Ivo Marek said.')).toEqual([
      'DEMANDED(Ivo Marek -> Poland)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Ivo Marek said: "We call on Poland to end the blockade."')).toEqual([
      'DEMANDED(Ivo Marek -> Poland)',
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('reads telling someone that a named party must act as a demand on that party', () => {
    expect(triples('"Poland must end the blockade now," Ivo Marek told reporters.')).toEqual([
      'DEMANDED(Ivo Marek -> Poland)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Ivo Marek told reporters that Poland must end the blockade.')).toEqual([
      'DEMANDED(Ivo Marek -> Poland)',
      'STATED(Ivo Marek -> null)',
    ]);
    // A forecast or a condition asks nothing.
    expect(triples('Ivo Marek told reporters that Poland must be a member.')).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('reads a quoted "X must act" before the speech verb as a demand on X, however the parser joins the two', () => {
    expect(triples('"Dovan Relk must resign," Mara Velt said.')).toEqual([
      'DEMANDED(Mara Velt -> Dovan Relk)',
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('"The Varesh Union must act now," Mara Velt told reporters.')).toEqual([
      'DEMANDED(Mara Velt -> Varesh Union)',
      'STATED(Mara Velt -> null)',
    ]);
    // The speaker's own resolve and an outcome ask no one.
    expect(triples('"We must act now," Mara Velt said.')).toEqual(['STATED(Mara Velt -> null)']);
    expect(triples('"The economy must grow," Mara Velt said.')).toEqual(['STATED(Mara Velt -> null)']);
  });
  it('gives a verb after ", and" that the parser hung on the last noun the first verb\'s subject', () => {
    const text =
      'Anna Brenn compared the new ideologies with that of 20th century dictators, and urged people not to "choose the road toward ruin."';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Anna Brenn -> null)']);
  });
  it('reads insisting that someone must or should act as a demand, on a named party or on no one named', () => {
    expect(triples('Ivo Marek insisted that any move against them must follow international law.')).toEqual([
      'DEMANDED(Ivo Marek -> null)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Ivo Marek insisted that Japan should withdraw its troops.')).toEqual([
      'DEMANDED(Ivo Marek -> Japan)',
      'STATED(Ivo Marek -> null)',
    ]);
    // The speaker's resolve, a state, an outcome or a fact asks no one; suggesting only advises.
    for (const text of [
      'Ivo Marek insisted that we must be clear.',
      'Ivo Marek insisted that Japan must be a member.',
      'Ivo Marek insisted that the economy must grow.',
      'Ivo Marek insisted that Japan had opened its markets.',
      'Ivo Marek suggested that Japan should open its markets.',
    ])
      expect(triples(text)).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('reads "saying the Swiss must …" with the subject parsed as the object as a demand on the state', () => {
    const text =
      'Austria criticised Switzerland, saying the Swiss must "resolve this issue ... but not at our expense."';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Austria -> Switzerland)']);
  });
  it("asks the subject of a demand's that-clause in the subjunctive, however the parser hangs it", () => {
    expect(triples('Ivo Marek repeated his demand that Anna Brenn resign.')).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
  });
  it('asks the one a call is for when the parser hangs "for X" on the callers ("calls from A for B to resign")', () => {
    expect(triples('Calls from Ivo Marek for Anna Brenn to resign grew louder.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
  });
  it('asks the one pleaded with ("pleaded with X to …"), not a court pleaded to', () => {
    expect(triples('Ivo Marek pleaded with Veltrania to withdraw its troops.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Veltrania)',
    ]);
    expect(triples('Ivo Marek pleaded guilty.', ['DEMANDED'])).toEqual([]);
  });
  it('reads an act done "as requested by X" as X\'s demand on whoever does it', () => {
    expect(
      triples('The Kestrel Corp resumed talks with the union as requested by Governor Anna Kovacs.', ['DEMANDED']),
    ).toEqual(['DEMANDED(Anna Kovacs -> Kestrel Corp)']);
    expect(triples('The Kestrel Corp resumed talks, as demanded by Governor Anna Kovacs.', ['DEMANDED'])).toEqual([
      'DEMANDED(Anna Kovacs -> Kestrel Corp)',
    ]);
  });
  it('keeps a body described "led by X" between commas the subject of its verb', () => {
    expect(triples('The Tarn Council, led by Ivo Marek, urged Poland to mediate.', ['DEMANDED'])).toEqual([
      'DEMANDED(Tarn Council -> Poland)',
    ]);
    // A delegation acts through its leader.
    expect(triples('The delegation, led by Ivo Marek, urged Poland to mediate.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Poland)',
    ]);
  });
  it('reads a passive request with its agent as a demand on its subject ("was asked / ordered / called on by X to …")', () => {
    for (const verb of ['asked', 'ordered', 'instructed', 'called on', 'called upon'])
      expect(triples(`Veltrania was ${verb} by Ivo Marek to withdraw its troops.`, ['DEMANDED'])).toEqual([
        'DEMANDED(Ivo Marek -> Veltrania)',
      ]);
    // With no agent no one is named as asking; a question put is no request.
    expect(triples('Veltrania was asked to withdraw its troops.', ['DEMANDED'])).toEqual([]);
    expect(triples('Ivo Marek was asked about the troops by reporters.', ['DEMANDED'])).toEqual([]);
  });
  it('reads giving someone until a time to act as a demand on them (an ultimatum without the word)', () => {
    expect(triples('Kenya gave Uganda until Friday to withdraw its troops.')).toEqual(['DEMANDED(Kenya -> Uganda)']);
    expect(triples('The Dorvian Football Association gave Tom Hale until the end of the month to resign.')).toEqual([
      'DEMANDED(Dorvian Football Association -> Tom Hale)',
    ]);
    expect(triples('Kenya gave Uganda money until Friday.')).toEqual([]);
    // The limit hung on the recipient; "the two states" are the two countries just named (US states are none).
    expect(
      triples(
        'Britain and West Germany blocked the plan. Oskar Lind gave the two states until April 3 to withdraw their opposition.',
        ['DEMANDED'],
      ),
    ).toEqual(['DEMANDED(Oskar Lind -> Britain)', 'DEMANDED(Oskar Lind -> West Germany)']);
    expect(triples('Texas and Ohio sued the agency. Oskar Lind urged the two states to settle.')).toEqual([
      'DEMANDED(Oskar Lind -> null)',
    ]);
  });
  it('reads a light verb in the passive with its agent ("an ultimatum was delivered to X by Y")', () => {
    expect(triples('An ultimatum was delivered to France by Ivo Marek.')).toEqual(['DEMANDED(Ivo Marek -> France)']);
    // "advance a request" puts it forward; shares that advance ask nothing.
    expect(triples('The request was advanced by the Dorvian Football Association in 2010.')).toEqual([
      'DEMANDED(Dorvian Football Association -> null)',
    ]);
    expect(triples('Shares advanced on Monday.')).toEqual([]);
  });
  it('asks whom a letter is written to, and whom the participle of a call asks', () => {
    expect(triples('Ivo Marek wrote to the French embassy asking to waive her immunity.')).toEqual([
      'DEMANDED(Ivo Marek -> French embassy)',
    ]);
    expect(triples('Ivo Marek flew to Paris asking for help.')).toEqual(['DEMANDED(Ivo Marek -> null)']);
    expect(triples('Ivo Marek joined the calls by British officials asking France to waive immunity.')).toEqual([
      'DEMANDED(Ivo Marek -> France)',
    ]);
  });
  it("asks the subject of a demand's that-clause, whether the demand is a verb or a noun", () => {
    // The parser reads "Ivo Marek resign" as a noun phrase; a that-clause has a subject.
    expect(triples('Anna Brenn demanded that Ivo Marek resign.')).toEqual(['DEMANDED(Anna Brenn -> Ivo Marek)']);
    expect(triples('Anna Brenn repeated her demand that Ivo Marek resign.')).toEqual([
      'DEMANDED(Anna Brenn -> Ivo Marek)',
    ]);
  });
  it('reads a demand that "came from" someone, and a petition\'s request, as theirs', () => {
    expect(triples('Requests have come from the Tarn Union and from the Green Party.')).toEqual([
      'DEMANDED(Green Party -> null)',
      'DEMANDED(Tarn Union -> null)',
    ]);
    expect(triples('The Tarn Union has launched a petition asking the government to respect the ruling.')).toEqual([
      'DEMANDED(Tarn Union -> null)',
    ]);
  });
  it('reads "called for her to step down" as a demand on her, however the clause is parsed', () => {
    const text = 'Paul Brandt has often criticized Anna Kovacs, and has repeatedly called for her to step down.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Paul Brandt -> Anna Kovacs)']);
  });
  it('keeps a body described by an unhyphenated participle as the one asked ("the Democratic controlled Congress")', () => {
    expect(triples('President Mara Velt urged the Democratic controlled Congress to pass a budget.')).toEqual([
      'DEMANDED(Mara Velt -> Congress)',
    ]);
    expect(triples('Mara Velt called on the Republican controlled Senate to reject the bill.')).toEqual([
      'DEMANDED(Mara Velt -> Senate)',
    ]);
    expect(triples('Mara Velt urged the opposition dominated Kestan Assembly to pass the budget.')).toEqual([
      'DEMANDED(Mara Velt -> Kestan Assembly)',
    ]);
  });
  it('reads a demand verb the tagger took for an adjective ("and urged people not to …")', () => {
    const text =
      'Anna Kovacs compared the ideologies with those of dictators, and urged people not to choose isolation.';
    expect(triples(text)).toEqual(['DEMANDED(Anna Kovacs -> null)']);
  });
  it('gives every coordinated addressee of "urged"', () => {
    expect(triples('The Green Union urged Dorvia and Veltrania to reopen the border.')).toEqual([
      'DEMANDED(Green Union -> Dorvia)',
      'DEMANDED(Green Union -> Veltrania)',
    ]);
  });
  it('reads "told X to" as an order, and "insisted on" a thing as a demand ("insisted that" asserts)', () => {
    expect(triples('Anna Kovacs told Veltrania to withdraw its troops.')).toEqual([
      'DEMANDED(Anna Kovacs -> Veltrania)',
      'STATED(Anna Kovacs -> Veltrania)',
    ]);
    expect(triples('Anna Kovacs told Paul Brandt that she would resign.')).toEqual([
      'STATED(Anna Kovacs -> Paul Brandt)',
    ]);
    expect(triples('Veltrania is now insisting on new loans from the banks.')).toEqual(['DEMANDED(Veltrania -> null)']);
    expect(triples('Anna Kovacs insisted that the vote was fair.')).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it("reads insisting on an act as asking its actor, on doing something as no act done, and on one's innocence as a statement", () => {
    expect(triples("Mara Velt insisted on Piet Holm's resignation.")).toEqual(['DEMANDED(Mara Velt -> Piet Holm)']);
    expect(triples('Mara Velt insisted on meeting Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt insisted on her innocence.')).toEqual(['STATED(Mara Velt -> null)']);
  });
  it("reads insisting on one's own course of action as a standing position, neither statement nor demand", () => {
    expect(triples('Borvia insists on making independence for Talvia conditional on a ceasefire.')).toEqual([]);
    expect(triples('The Ostrava Party insisted on keeping its ministers in the cabinet.')).toEqual([]);
    expect(triples('Mara Velt insisted that the vote was fair.')).toEqual(['STATED(Mara Velt -> null)']);
    expect(triples("Mara Velt insisted on Piet Holm's resignation.")).toEqual(['DEMANDED(Mara Velt -> Piet Holm)']);
  });
  it('reads claiming a title to a thing (sovereignty, ownership, repayment) as a demand, not a statement', () => {
    expect(triples('Borvia claims sovereignty over the Talvia islands.')).toEqual(['DEMANDED(Borvia -> null)']);
    expect(triples('The Ostrava Party claimed ownership of the stadium.')).toEqual(['DEMANDED(Ostrava Party -> null)']);
    expect(triples('Borvia is claiming full repayment of principal and interest.')).toEqual([
      'DEMANDED(Borvia -> null)',
    ]);
    expect(triples('The Ostrava Party claimed responsibility for the blockade.')).toEqual([
      'STATED(Ostrava Party -> null)',
    ]);
  });
  it('reads claiming what one is owed from someone as a demand on them ("claimed that …" states)', () => {
    expect(triples('The Ostrava Party is claiming compensation from Piet Holm.')).toEqual([
      'DEMANDED(Ostrava Party -> Piet Holm)',
    ]);
    expect(triples('Mara Velt claimed damages from the Ostrava Party.')).toEqual([
      'DEMANDED(Mara Velt -> Ostrava Party)',
    ]);
    expect(triples('Mara Velt claimed that the Ostrava Party owed her money.')).toEqual(['STATED(Mara Velt -> null)']);
  });
  it('reads "called on X to" and "appealed to X"', () => {
    expect(triples('Anna Kovacs called on the Ministry of Transport to cut fares.')).toEqual([
      'DEMANDED(Anna Kovacs -> Ministry of Transport)',
    ]);
    expect(triples('Paul Brandt appealed to the Green Union to end the strike.')).toEqual([
      'DEMANDED(Paul Brandt -> Green Union)',
    ]);
  });
  it('reads "called for X to …" with X the one asked', () => {
    expect(triples('The Green Union called for Anna Kovacs to resign.')).toEqual([
      'DEMANDED(Green Union -> Anna Kovacs)',
    ]);
  });
  it('reads no demand in going on with a course ("press ahead with") or in a past counterfactual', () => {
    const ahead = 'Dorvia devalued its currency. Dorvia must press ahead with measures to open the economy.';
    expect(triples(ahead, ['DEMANDED'])).toEqual([]);
    const past =
      'Dorvia devalued its currency. Anna Kovacs said the economy would have suffered more if the government had not ' +
      'devalued the currency.';
    expect(triples(past, ['DEMANDED'])).toEqual([]);
  });
  it('reads "want" as a demand only when the wish is voiced', () => {
    expect(triples('The Green Union wants Veltrania to open its markets.', ['DEMANDED'])).toEqual([]);
    expect(triples('The Green Union said it wants Veltrania to open its markets.', ['DEMANDED'])).toEqual([
      'DEMANDED(Green Union -> Veltrania)',
    ]);
    expect(triples('The Greens and the Liberals say they want the publication of the advice.', ['DEMANDED'])).toEqual([
      'DEMANDED(Greens -> null)',
      'DEMANDED(Liberals -> null)',
    ]);
    expect(triples('Anna Kovacs wants a new car.')).toEqual([]);
    expect(triples('Anna Kovacs wants to win the vote.')).toEqual([]);
  });
  it('reads the subject of a demanded clause', () => {
    expect(triples('The Green Union demanded that Veltrania withdraw its troops.')).toEqual([
      'DEMANDED(Green Union -> Veltrania)',
    ]);
  });
  it("reads the pronoun of a threat's condition as the one party the threat names", () => {
    const text =
      'Paul Brandt threatened on Monday to halt funding for the Harbour Fund if it did not reform within 30 days.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Paul Brandt -> Harbour Fund)']);
  });
  it('reads a nation\'s people as the state the article names ("the Swiss must")', () => {
    expect(
      triples('Italy came down on Switzerland, saying the Swiss must resolve this bilateral issue.', ['DEMANDED']),
    ).toEqual(['DEMANDED(Italy -> Switzerland)']);
  });
  it('reads a conditional threat in what is said as a demand on the one threatened', () => {
    expect(triples('Dorvia said it would strike Veltrania unless it opened the border.', ['DEMANDED'])).toEqual([
      'DEMANDED(Dorvia -> Veltrania)',
    ]);
    expect(triples('Dorvia said it would attend the Harbour Summit if Veltrania invited it.', ['DEMANDED'])).toEqual(
      [],
    );
  });
  it('gives a nominal act the one it is addressed to ("a warning to X", "pressure from X on Y", "warned X against")', () => {
    expect(triples('The Harbour Council issued a warning to Dorvia over the tariffs.')).toEqual([
      'STATED(Harbour Council -> Dorvia)',
    ]);
    expect(triples('Finland faces growing pressure from Norway on Sweden to open its markets.', ['DEMANDED'])).toEqual([
      'DEMANDED(Norway -> Sweden)',
    ]);
    expect(triples('Paul Brandt warned the Kestrel Assembly against raising tariffs.')).toEqual([
      'STATED(Paul Brandt -> Kestrel Assembly)',
    ]);
  });
  it('reads a deadline or an ultimatum given with a light verb', () => {
    expect(triples('Anna Kovacs gave Veltrania a deadline to withdraw its troops.')).toEqual([
      'DEMANDED(Anna Kovacs -> Veltrania)',
    ]);
    expect(triples('Anna Kovacs issued an ultimatum to the Green Union.')).toEqual([
      'DEMANDED(Anna Kovacs -> Green Union)',
    ]);
  });
  it('gives a light verb\'s demand to the first of two objects ("set X a deadline", "sent X an ultimatum")', () => {
    expect(triples('The Varesh Union set Dovan Relk a deadline of Friday to respond.')).toEqual([
      'DEMANDED(Varesh Union -> Dovan Relk)',
    ]);
    expect(triples('The Varesh Union sent Dovan Relk an ultimatum.')).toEqual(['DEMANDED(Varesh Union -> Dovan Relk)']);
  });
  it('asks the doer named by "of" of an act with no object ("called for the resignation of X")', () => {
    expect(triples('Mara Velt called for the resignation of Dovan Relk.')).toEqual([
      'DEMANDED(Mara Velt -> Dovan Relk)',
    ]);
    // An act done to someone asks whoever does it: "an investigation of X", "the release of X".
    expect(triples('Mara Velt called for an investigation of Dovan Relk.')).toEqual(['DEMANDED(Mara Velt -> null)']);
  });
  it('reads "challenged X to …" as a demand on X, and a challenge with no act dared as none', () => {
    expect(triples('Mara Velt challenged Dovan Relk to publish the report.')).toEqual([
      'DEMANDED(Mara Velt -> Dovan Relk)',
    ]);
    expect(triples('Mara Velt challenged Dovan Relk in the leadership race.')).toEqual([]);
    expect(triples('Mara Velt challenged the ruling in court.')).toEqual([]);
  });
  it('asks the named examples of a plural object ("urged its members, including A and B, to …")', () => {
    expect(triples('The Varesh Union has urged its members, including Norway and Sweden, to cut emissions.')).toEqual([
      'DEMANDED(Varesh Union -> Norway)',
      'DEMANDED(Varesh Union -> Sweden)',
    ]);
  });
  it('gives no demand where "demand" is a market word or "ask" asks a question', () => {
    expect(triples('Demand for steel in Dorvia fell sharply.')).toEqual([]);
    expect(triples('Paul Brandt asked a question about the budget.')).toEqual([]);
  });
  it('reads "asked X whether/what/in which …" as a question put to X, and "asked X to …" as a demand', () => {
    expect(triples('Ramon Tarvik asked the Norvell Bank whether the loan was legal.')).toEqual([
      'STATED(Ramon Tarvik -> Norvell Bank)',
    ]);
    expect(triples('Ramon Tarvik asked the Norvell Bank if it would lend the money.')).toEqual([
      'STATED(Ramon Tarvik -> Norvell Bank)',
    ]);
    // The parser hangs "what …" on the addressee; the question still starts right after it.
    expect(triples('Ramon Tarvik asked the Norvell Bank what it planned to do.')).toEqual([
      'STATED(Ramon Tarvik -> Norvell Bank)',
    ]);
    expect(triples('Minister Ramon Tarvik said he asked the banks in which field they can help.')).toEqual([
      'STATED(Ramon Tarvik -> null)',
    ]);
    expect(triples('Ramon Tarvik asked the Norvell Bank to lend the money.')).toEqual([
      'DEMANDED(Ramon Tarvik -> Norvell Bank)',
    ]);
  });
  it('reads a nominal demand with its author', () => {
    expect(triples("The Green Union's demand for new elections was ignored.")).toEqual([
      'DEMANDED(Green Union -> null)',
    ]);
    // A country acts through "of": "at the urging of X".
    expect(triples('The meeting comes at the urging of Dorvia and Italy.')).toEqual([
      'DEMANDED(Dorvia -> null)',
      'DEMANDED(Italy -> null)',
    ]);
  });
  it('reads "the Government" with no state in focus as the country the story names', () => {
    const text =
      'The Chamber of Commerce called on the Government to issue more construction bonds. Exports from Japan fell.';
    expect(triples(text)).toEqual(['DEMANDED(Chamber of Commerce -> Japan)']);
  });
});

describe('rejections', () => {
  it("reads a veto used on proposals as their rejection, and a part of a proposal as its author's", () => {
    expect(triples('Dorvia said it would use its veto on the Ostrava Party proposals.')).toEqual([
      'REJECTED(Dorvia -> Ostrava Party)',
      'STATED(Dorvia -> null)',
    ]);
    expect(triples('Dorvia said it would veto two key aspects of the Ostrava Party proposals.', ['REJECTED'])).toEqual([
      'REJECTED(Dorvia -> Ostrava Party)',
    ]);
  });
  it('takes the author of what is rejected "outright" or "out of hand" before the object', () => {
    expect(triples('Tarnland rejected outright the demands of the Dorvia Union.', ['REJECTED'])).toEqual([
      'REJECTED(Tarnland -> Dorvia Union)',
    ]);
    expect(triples('Ivo Marek dismissed out of hand the claims by Anna Kovacs.')).toEqual([
      'REJECTED(Ivo Marek -> Anna Kovacs)',
    ]);
  });
  it('gives a claim set beside the clause that made it to that clause\'s speaker ("X accused Y of Z, a charge Y denies")', () => {
    expect(triples('Anna Kovacs has accused Ivo Marek of corruption, a charge he denies.')).toEqual([
      'REJECTED(Ivo Marek -> Anna Kovacs)',
      'STATED(Anna Kovacs -> null)',
    ]);
    expect(triples('The Dorvia Union says Tarnland funded the rebels, a claim Tarnland has denied.')).toEqual([
      'REJECTED(Tarnland -> Dorvia Union)',
      'STATED(Dorvia Union -> null)',
    ]);
    expect(triples('The Dorvia Union said Tarnland had funded the rebels, an accusation Ivo Marek rejected.')).toEqual([
      'REJECTED(Ivo Marek -> Dorvia Union)',
      'STATED(Dorvia Union -> null)',
    ]);
  });
  it('reads voting down a proposal as rejecting its author', () => {
    expect(triples("The Tarn Party voted down Anna Kovacs's proposal.")).toEqual([
      'REJECTED(Tarn Party -> Anna Kovacs)',
    ]);
  });
  it('reads a rejection quoted in part ("said he \'totally rejects\' the accusations by X")', () => {
    expect(triples('Ivo Marek said he "totally rejects" the accusations by the Dorvia Union.')).toEqual([
      'REJECTED(Ivo Marek -> Dorvia Union)',
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('negates verbs coordinated by "neither … nor" or after "or" under a negation ("did not confirm or deny")', () => {
    expect(triples('Ivo Marek neither confirmed nor denied the report.')).toEqual([]);
    expect(triples('Ivo Marek did not confirm or deny the report.')).toEqual([]);
    // Withholding a decision either way is no refusal.
    expect(triples('Tarnland did not accept or reject the proposal.')).toEqual([]);
    expect(triples('Tarnland neither rejected nor accepted the proposal.')).toEqual([]);
    // "and" carries no negation over, nor "or" between two asserted verbs.
    expect(triples('Ivo Marek did not attend, and rejected the plan.')).toEqual(['REJECTED(Ivo Marek -> null)']);
    expect(triples('Tarnland did not accept the proposal.')).toEqual(['REJECTED(Tarnland -> null)']);
  });
  it('takes the author of a proposal from a reduced relative the parser made a complement ("a proposal put forward by X")', () => {
    expect(triples('Anna Kovacs on Tuesday rejected a proposal put forward by Ivo Marek.')).toEqual([
      'REJECTED(Anna Kovacs -> Ivo Marek)',
    ]);
    expect(triples('Tarnland turned down a compromise offered by the Dorvia Union.')).toEqual([
      'REJECTED(Tarnland -> Dorvia Union)',
    ]);
  });
  it('takes "by/from X" hung on the verb right after a rejected proposal or claim as its author', () => {
    expect(triples('Tarnland balked at the proposal by the Dorvia Party.')).toEqual([
      'REJECTED(Tarnland -> Dorvia Party)',
    ]);
    expect(triples('Anna Kovacs brushed aside criticism from Ivo Marek.')).toEqual([
      'REJECTED(Anna Kovacs -> Ivo Marek)',
    ]);
    expect(triples('Anna Kovacs dismissed the criticism by the Dorvia Party as politically motivated.')).toEqual([
      'REJECTED(Anna Kovacs -> Dorvia Party)',
    ]);
    // Not a thing given ("rejected aid from X"), nor a phrase that names no one.
    expect(triples('Tarnland rejected the proposal from the outset.')).toEqual(['REJECTED(Tarnland -> null)']);
  });
  it('reads balking at, objecting to, voting against and throwing out as rejections of their author', () => {
    expect(triples("Anna Brenn balked at Ivo Marek's demand.")).toEqual([
      'DEMANDED(Ivo Marek -> null)',
      'REJECTED(Anna Brenn -> Ivo Marek)',
    ]);
    expect(triples("Anna Brenn objected to Ivo Marek's plan.")).toEqual(['REJECTED(Anna Brenn -> Ivo Marek)']);
    expect(triples("Anna Brenn voted against Ivo Marek's bill.")).toEqual(['REJECTED(Anna Brenn -> Ivo Marek)']);
    expect(triples("Anna Brenn threw out Ivo Marek's plan.")).toEqual(['REJECTED(Anna Brenn -> Ivo Marek)']);
    // Voting in an election is taking part in it.
    expect(triples('Anna Brenn voted in the election.')).toEqual(['ATTENDS(Anna Brenn -> election)']);
  });
  it('reads being unwilling to accept or attend as refusing, and "would not / could not support" as rejecting', () => {
    expect(triples('France has been unwilling to accept any proposal.')).toEqual(['REJECTED(France -> null)']);
    expect(triples('France is unwilling to attend the summit.')).toEqual(['REJECTED(France -> summit)']);
    // Unable, ready or keen to attend is no attendance, and no refusal either.
    expect(triples('France is unable to attend the summit.')).toEqual([]);
    expect(triples('France is ready to attend the talks.')).toEqual([]);
    expect(triples('France would not accept the proposal.')).toEqual(['REJECTED(France -> null)']);
    // Not supporting something is no rejection of it ("we don't support independence").
    expect(triples('France could not support the resolution.')).toEqual([]);
    expect(triples('France might not accept the proposal.')).toEqual([]);
    expect(triples('France would not accept the proposal if it were put to a vote.')).toEqual([]);
  });
  it('takes the country a demonym names as the author of what is rejected, an entity implied by the argument', () => {
    expect(triples('Britain rejected a Canadian proposal to cut tariffs.')).toEqual(['REJECTED(Britain -> Canada)']);
    const x = run('Britain rejected a Canadian proposal to cut tariffs.');
    expect(x.entities.find((e) => e.name === 'Canada')?.implied).toBe(true);
    // A country the article names is that entity, not a second one.
    expect(
      run('Canada said tariffs would fall. Britain rejected the Canadian proposal.').entities.filter(
        (e) => e.name === 'Canada',
      ),
    ).toHaveLength(1);
  });
  it('reads refusing to accept something as rejecting its author', () => {
    expect(triples("Anna Brenn refused to accept Ivo Marek's proposal.")).toEqual([
      'REJECTED(Anna Brenn -> Ivo Marek)',
    ]);
  });
  it('reads pulling out of or withdrawing from a gathering as rejecting it, and "unlikely to attend" as no attendance', () => {
    expect(triples('France pulled out of the summit.')).toEqual(['REJECTED(France -> summit)']);
    expect(triples('France withdrew from the talks.')).toEqual(['REJECTED(France -> talks)']);
    expect(triples('France walked out of the talks.')).toEqual(['REJECTED(France -> talks)']);
    expect(triples('Workers walked out at the plant.')).toEqual([]);
    expect(triples('France withdrew its troops from Dorvia.')).toEqual([]);
    expect(triples('France pulled out of the market.')).toEqual([]);
    expect(triples('France is unlikely to attend the summit.')).toEqual([]);
  });
  it('reads a denied clause as not having happened, a clause whose denial is negated as conceded', () => {
    expect(triples('Anna Brenn denied that she had met Ivo Marek.')).toEqual(['REJECTED(Anna Brenn -> null)']);
    expect(triples('Anna Brenn did not deny that she had met Ivo Marek.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
  });
  it('reads a conjunct of a hypothetical infinitive as hypothetical too', () => {
    expect(triples('Anna Brenn said the bill would force France to break the bank and reject the treaty.')).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
  });
  it('reads the noun a relative clause rejects, and whoever made it, as the thing rejected and its author', () => {
    expect(triples("Anna Brenn's proposal, which Ivo Marek rejected, would close the port.", ['REJECTED'])).toEqual([
      'REJECTED(Ivo Marek -> Anna Brenn)',
    ]);
    expect(triples('Anna Brenn made an offer, which Ivo Marek rejected on Monday.')).toEqual([
      'REJECTED(Ivo Marek -> Anna Brenn)',
    ]);
    expect(triples('Ivo Marek rejected the proposal that Anna Brenn made.')).toEqual([
      'REJECTED(Ivo Marek -> Anna Brenn)',
    ]);
    // A claim noun's content clause is no relative clause: "charges that X is refusing to …".
    expect(triples('The dispute is over Dorvian charges that Kenya is refusing to open its ports.')).toEqual([
      'REJECTED(Kenya -> null)',
    ]);
  });
  it('takes the author of a view disagreed with from before its noun, behind the preposition too', () => {
    expect(triples('Russia disagrees with the U.S. view of Iran.')).toEqual(['REJECTED(Russia -> U.S.)']);
    expect(triples('Ivo Marek said on Sunday that Peru disagrees with the U.S. position.', ['REJECTED'])).toEqual([
      'REJECTED(Peru -> U.S.)',
    ]);
  });
  it('reads disagreeing with a person or body as no rejection, disagreeing with their proposal as one', () => {
    const withPerson =
      'Mara Velt disagreed with Finance Minister Anna Kovac, the most senior minister, on a range of policy issues ' +
      'and submitted her resignation.';
    expect(triples(withPerson)).toEqual([]);
    // "with" parsed with no noun of its own, the name the subject of "submitted".
    const bareWith =
      'Velt disagreed with Finance Minister Piet Orlo, the most important minister for economic affairs, on a ' +
      'range of policy issues and submitted his resignation.';
    expect(triples(bareWith)).toEqual([]);
    expect(triples('Mara Velt disagreed with Anna Kovac on tax policy.')).toEqual([]);
    expect(triples('Mara Velt disagreed with her counterpart on the budget.')).toEqual([]);
    expect(triples('The Ostrava Party differed with the Kestani government on several issues.')).toEqual([]);
    // What they proposed or claimed is rejected.
    expect(triples('Mara Velt disagreed with the proposal by Anna Kovac.')).toEqual([
      'REJECTED(Mara Velt -> Anna Kovac)',
    ]);
    expect(triples('The Ostrava Party strongly disagreed with the demand.')).toEqual([
      'REJECTED(Ostrava Party -> null)',
    ]);
  });
  it('reads hitting, firing or pushing back at something as rejecting it and its author', () => {
    expect(triples("Kenya hit back at Uganda's criticism on Monday.")).toEqual(['REJECTED(Kenya -> Uganda)']);
    expect(
      triples('Finance Minister Lou Wei jabbed back on Monday at complaints from Treasury Secretary Tom Hale.'),
    ).toEqual(['REJECTED(Lou Wei -> Tom Hale)']);
    expect(triples("Kenya pushed back against Uganda's demands.", ['REJECTED'])).toEqual(['REJECTED(Kenya -> Uganda)']);
  });
  it('reads ", an accusation X strongly denies" as X rejecting the claim', () => {
    expect(
      triples('Critics claim that Kenya has not kept its promises, an accusation Kenya strongly denies.', ['REJECTED']),
    ).toEqual(['REJECTED(Kenya -> null)']);
  });
  it('reads calling a claim untrue, or saying it was false, as rejecting it and its author; a plan is not untrue', () => {
    expect(triples("Uganda called Kenya's claims baseless.", ['REJECTED'])).toEqual(['REJECTED(Uganda -> Kenya)']);
    expect(triples("Uganda said Kenya's claims were false.", ['REJECTED'])).toEqual(['REJECTED(Uganda -> Kenya)']);
    expect(
      triples('Kenya said Uganda had sent troops across the border. Uganda called the allegations untrue.', [
        'REJECTED',
      ]),
    ).toEqual(['REJECTED(Uganda -> Kenya)']);
    expect(triples("Uganda said Kenya's plan was wrong.", ['REJECTED'])).toEqual([]);
  });
  it('reads a proposal called beyond acceptance ("repugnant", "unworkable") as rejecting it, not an attack', () => {
    expect(triples('Lord Varne called the Ostrava Party proposal "repugnant."', ['REJECTED'])).toEqual([
      'REJECTED(Lord Varne -> Ostrava Party)',
    ]);
    expect(triples('Lord Varne said the Ostrava Party plan was unworkable.', ['REJECTED'])).toEqual([
      'REJECTED(Lord Varne -> Ostrava Party)',
    ]);
    expect(triples('Lord Varne called the Ostrava Party attack repugnant.', ['REJECTED'])).toEqual([]);
  });
  it('gives "the demand" to whoever wanted another party to act ("Kestan wants Lund to …")', () => {
    expect(
      triples(
        '"Kestan wants Ivo Brandt to open its markets," an official said. The Ostrava Party rejected the demand.',
        ['REJECTED'],
      ),
    ).toEqual(['REJECTED(Ostrava Party -> Kestan)']);
    // Wanting to act oneself puts nothing forward.
    expect(triples('Kestan wants to open its markets. The Ostrava Party rejected the proposal.', ['REJECTED'])).toEqual(
      ['REJECTED(Ostrava Party -> null)'],
    );
  });
  it('reads a rejected possibility or taking part as rejecting its thing ("ruled out the possibility of a summit")', () => {
    expect(triples('Kestan ruled out the possibility of a summit with the Ostrava Party.', ['REJECTED'])).toEqual([
      'REJECTED(Kestan -> summit)',
    ]);
    expect(triples('The Ostrava Party rejected any participation in the Lund conference.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Lund conference)',
    ]);
    expect(
      triples(
        'Mara Velt proposed a unity government. The Ostrava Party dismissed the possibility of participation in such an arrangement.',
        ['REJECTED'],
      ),
    ).toEqual(['REJECTED(Ostrava Party -> Mara Velt)']);
    // A possibility of something no one proposed, and one not ruled out, are no one's.
    expect(triples('Kestan ruled out the possibility of a devaluation.', ['REJECTED'])).toEqual([
      'REJECTED(Kestan -> null)',
    ]);
    expect(triples('Kestan did not rule out the possibility of a summit with Lund.', ['REJECTED'])).toEqual([]);
  });
  it('gives what a gathering decided to the gathering ("denounced the conclusions of the summit")', () => {
    const met = 'Ministers from Lund and Orsk met at the Varn summit on Monday. ';
    expect(triples(met + 'The Kestan Foreign Ministry denounced the conclusions of the summit.', ['REJECTED'])).toEqual(
      ['REJECTED(Kestan Foreign Ministry -> Varn summit)'],
    );
    expect(triples('The Ostrava Party rejected the outcome of the Lund conference.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Lund conference)',
    ]);
    // Not any word of a gathering: its place or its cost is no decision of it.
    expect(triples(met + 'The Kestan Foreign Ministry rejected the location of the summit.', ['REJECTED'])).toEqual([
      'REJECTED(Kestan Foreign Ministry -> null)',
    ]);
  });
  it('gives a resisted deployment to whose forces are sent ("the deployment of NATO-led troops")', () => {
    expect(triples('Ivo Brandt is resisting the deployment of NATO-led troops.', ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> NATO)',
    ]);
    expect(triples("Ivo Brandt opposed the deployment of the Varn Alliance's troops.", ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> Varn Alliance)',
    ]);
    // Forces no one is named as sending, and a deployment welcomed, are no one's rejection.
    expect(triples('Ivo Brandt is resisting the deployment of troops.', ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> null)',
    ]);
    expect(triples('Ivo Brandt welcomed the deployment of NATO-led troops.', ['REJECTED'])).toEqual([]);
  });
  it('reads a quoted verdict after a possessive ("called X\'s proposal \'repugnant\'") and "described X as …"', () => {
    expect(triples("Ivo Brandt called Mara Velt's proposal 'repugnant'.", ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> Mara Velt)',
    ]);
    expect(triples("Ivo Brandt described Mara Velt's plan as unacceptable.", ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> Mara Velt)',
    ]);
    // Scorn refuses a proposal as it denies a claim.
    expect(triples("Ivo Brandt called Mara Velt's offer ridiculous.", ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> Mara Velt)',
    ]);
    // A verdict of no refusal, or a person described, is none.
    expect(triples("Ivo Brandt called Mara Velt's proposal 'useful'.", ['REJECTED'])).toEqual([]);
    expect(triples("Ivo Brandt described Mara Velt's plan as ambitious.", ['REJECTED'])).toEqual([]);
    expect(triples('Ivo Brandt described Mara Velt as a friend.', ['REJECTED'])).toEqual([]);
    expect(triples("Ivo Brandt called Mara Velt's speech ridiculous.", ['REJECTED'])).toEqual([]);
  });
  it('reads scorn for a claim ("called the claims nonsense", "said the claim was absurd") as rejecting it', () => {
    expect(triples("Uganda called Kenya's claims nonsense.", ['REJECTED'])).toEqual(['REJECTED(Uganda -> Kenya)']);
    expect(triples("Uganda said Kenya's claim was absurd.", ['REJECTED'])).toEqual(['REJECTED(Uganda -> Kenya)']);
    // Scorn refuses a proposal too; an opinion that it is wrong does not.
    expect(triples("Uganda said Kenya's plan was absurd.", ['REJECTED'])).toEqual(['REJECTED(Uganda -> Kenya)']);
    expect(triples("Uganda said Kenya's plan was wrong.", ['REJECTED'])).toEqual([]);
  });
  it("takes a rejected document's possessor or drafter as its author, not the one who rejects it", () => {
    expect(triples("Kenya vetoed Uganda's resolution.")).toEqual(['REJECTED(Kenya -> Uganda)']);
    expect(triples('Kenya vetoed the resolution drafted by Uganda.')).toEqual(['REJECTED(Kenya -> Uganda)']);
  });
  it('reads not agreeing to a proposal as rejecting it, agreeing to it as nothing', () => {
    expect(triples("Kenya did not agree to Uganda's proposal.")).toEqual(['REJECTED(Kenya -> Uganda)']);
    expect(triples('Kenya would never agree to the plan.')).toEqual(['REJECTED(Kenya -> null)']);
    expect(triples('Kenya agreed to the plan.')).toEqual([]);
  });
  it('reads disputing, refuting or rebutting a claim as rejecting it, and its author as the one rejected', () => {
    expect(triples("Anna Brenn disputed Ivo Marek's allegations.")).toEqual(['REJECTED(Anna Brenn -> Ivo Marek)']);
    expect(triples('The Kestrel Party refuted the claim.')).toEqual(['REJECTED(Kestrel Party -> null)']);
    expect(triples('Anna Brenn rebutted the criticism.')).toEqual(['REJECTED(Anna Brenn -> null)']);
    // A disputed territory is no one's act; declining to refute is no rejection.
    expect(triples('The disputed islands lie north of Dorvia.')).toEqual([]);
    expect(triples("Anna Brenn declined to refute Ivo Marek's charge.")).toEqual([]);
  });
  it('reads refusing to allow someone as rejecting them ("refused to allow X planes to land")', () => {
    expect(triples('Dorvia refused to allow Veltrania to join the pact.')).toEqual(['REJECTED(Dorvia -> Veltrania)']);
    expect(triples('Dorvia refused to let Anna Kovacs speak.')).toEqual(['REJECTED(Dorvia -> Anna Kovacs)']);
    expect(triples('Dorvia refused to allow the sale.')).toEqual(['REJECTED(Dorvia -> null)']);
  });
  it('reads skipping as a rejection only of a gathering ("skip the summit", not "skip class")', () => {
    expect(triples('Anna Kovacs will skip the Harbour Summit in May.')).toEqual([
      'REJECTED(Anna Kovacs -> Harbour Summit)',
    ]);
    expect(triples('Anna Kovacs was willing to skip class to attend the lecture.')).toEqual([]);
    expect(triples('Anna Kovacs skipped class to attend the exhibition.')).toEqual([
      'ATTENDS(Anna Kovacs -> exhibition)',
    ]);
  });
  it('gives the author a description names ("the Republican candidate\'s proposals")', () => {
    const text =
      "Republican presidential candidate Donald Trump spoke in Maine. Justin Trudeau rejected the Republican candidate's " +
      'proposals on trade.';
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Justin Trudeau -> Donald Trump)']);
  });
  it('gives a rejected claim named again ("this argument", "the claims") to the one who made it', () => {
    const text =
      'Paul Brandt spoke in Dorvia City. Anna Kovacs said the advice should be published. This argument was ' +
      'rejected by Paul Brandt.';
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Paul Brandt -> Anna Kovacs)']);
  });
  it('gives "the proposal", "this offer", "such an arrangement" to the one who put it forward before', () => {
    const proposed = 'Kestan President Mara Velt proposed a power-sharing deal on Monday. ';
    expect(triples(proposed + 'The Ostrava Party rejected the proposal on Tuesday.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Mara Velt)',
    ]);
    expect(
      triples(
        'Mara Velt put forward a plan for early elections. Ivo Brandt said he would reject such an arrangement.',
        ['REJECTED'],
      ),
    ).toEqual(['REJECTED(Ivo Brandt -> Mara Velt)']);
    expect(
      triples('Mara Velt offered the rebels a truce. The Ostrava Party dismissed the offer.', ['REJECTED']),
    ).toEqual(['REJECTED(Ostrava Party -> Mara Velt)']);
    // In the same sentence, and a proposal named by its author's possessive.
    expect(triples('Mara Velt offered talks, but the Ostrava Party rejected the offer.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Mara Velt)',
    ]);
    expect(
      triples("Mara Velt's plan for new elections was debated in Lund. Ivo Brandt rejected the plan.", ['REJECTED']),
    ).toEqual(['REJECTED(Ivo Brandt -> Mara Velt)']);
    // A verdict of refusal on it too.
    expect(triples(proposed + 'Ivo Brandt called the proposal unworkable.', ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> Mara Velt)',
    ]);
    // Two authors compete: no one is guessed; nor is a proposal made after, or long before, the rejection.
    const two = 'Mara Velt proposed talks in Lund. Piet Orlo suggested a referendum. ';
    expect(triples(two + 'The Ostrava Party rejected the proposal.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> null)',
    ]);
    expect(triples('The Ostrava Party rejected the offer. Mara Velt offered talks.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> null)',
    ]);
    const far = proposed + 'Rain fell in Lund. Snow fell in Orsk. The wind rose. The river froze. ';
    expect(triples(far + 'Ivo Brandt rejected the proposal.', ['REJECTED'])).toEqual(['REJECTED(Ivo Brandt -> null)']);
    // An author the article does not name competes as well.
    const unnamed = 'Mara Velt proposed talks in Lund. A group of traders offered a loan. ';
    expect(triples(unnamed + 'The Ostrava Party rejected the offer.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> null)',
    ]);
    // One's own proposal is not what one rejects; a proposal denied was never made.
    expect(triples('Mara Velt did not propose talks. Ivo Brandt rejected the proposal.', ['REJECTED'])).toEqual([
      'REJECTED(Ivo Brandt -> null)',
    ]);
  });
  it('gives "disputes this", "denied that" to whoever the sentence before reported speaking', () => {
    const said = 'Mara Velt told reporters that Kestan had won the vote. ';
    expect(triples(said + 'The Ostrava Party disputes this.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Mara Velt)',
    ]);
    expect(triples(said + 'Ivo Brandt denied that.', ['REJECTED'])).toEqual(['REJECTED(Ivo Brandt -> Mara Velt)']);
    // Contesting a claim disputes it.
    expect(triples(said + 'The Ostrava Party contests this.', ['REJECTED'])).toEqual([
      'REJECTED(Ostrava Party -> Mara Velt)',
    ]);
    // Only the sentence just before: further back, "this" is anything.
    const far = said + 'Turnout was low in the north. The Ostrava Party disputes this.';
    expect(triples(far, ['REJECTED'])).toEqual(['REJECTED(Ostrava Party -> null)']);
  });
  it('reads contesting an election or a seat as running in it, no rejection', () => {
    expect(triples('The Ostrava Party will contest the election in May.')).toEqual([]);
    expect(triples('Ivo Brandt contested the seat in 2019.')).toEqual([]);
  });
  it('gives the author of a rejected demand', () => {
    expect(triples('Anna Kovacs rejected the demands of the Green Union.')).toContain(
      'REJECTED(Anna Kovacs -> Green Union)',
    );
    expect(triples("Paul Brandt dismissed the Green Union's proposal.")).toContain(
      'REJECTED(Paul Brandt -> Green Union)',
    );
    expect(triples('Anna Kovacs rejected a request by the Green Union to delay the vote.')).toContain(
      'REJECTED(Anna Kovacs -> Green Union)',
    );
  });
  it("reads an infinitive after a rejected demand as the demand's, and its answerer as the one asked", () => {
    // Parsed with "to withdraw" hung on "rejected": no verb of rejection takes an object and an infinitive.
    expect(triples('Dorvia rejected calls from Kestrel to withdraw its troops.')).toEqual([
      'DEMANDED(Kestrel -> Dorvia)',
      'REJECTED(Dorvia -> Kestrel)',
    ]);
    expect(triples('Anna Kovacs rejected the demands of the Green Union.')).toContain(
      'DEMANDED(Green Union -> Anna Kovacs)',
    );
    // A country before its demands makes them (a country for its government), as no gathering it names.
    expect(triples('Japan rejected U.S. demands.')).toEqual(['DEMANDED(U.S. -> Japan)', 'REJECTED(Japan -> U.S.)']);
  });
  it('reads a that-clause in the subjunctive after "insist" or "suggest" as a demand on its subject', () => {
    expect(triples('Anna Brenn suggested that Ivo Marek step down.')).toEqual(['DEMANDED(Anna Brenn -> Ivo Marek)']);
    expect(triples('Anna Brenn insisted that Dorvia pay the debt.', ['DEMANDED'])).toEqual([
      'DEMANDED(Anna Brenn -> Dorvia)',
    ]);
    // The indicative asserts.
    expect(triples('Anna Brenn insisted that Ivo Marek had stepped down.')).toEqual(['STATED(Anna Brenn -> null)']);
  });
  it('reads nominal demands of any shape: "X\'s demand … went unanswered", "her call for Y to resign"', () => {
    // A demand that is a motion verb's subject is still a demand ("go" is read only for attendance).
    expect(triples("Dorvia's demand for a ceasefire went unanswered.")).toEqual(['DEMANDED(Dorvia -> null)']);
    expect(triples('Anna Brenn renewed her call for Ivo Marek to resign.')).toEqual([
      'DEMANDED(Anna Brenn -> Ivo Marek)',
    ]);
    expect(triples("Anna Brenn's call for talks went unheeded.")).toEqual(['DEMANDED(Anna Brenn -> null)']);
    // A demand refused in the passive asked the one who refused it.
    expect(triples("Russia's demand was rejected by Ukraine.")).toEqual([
      'DEMANDED(Russia -> Ukraine)',
      'REJECTED(Ukraine -> Russia)',
    ]);
  });
  it('reads a particle the parser hung elsewhere ("ruled that out", "brushed aside the criticism from X")', () => {
    expect(triples('Anna Brenn ruled that out.')).toEqual(['REJECTED(Anna Brenn -> null)']);
    expect(triples('Anna Brenn brushed aside the criticism from Ivo Marek.')).toEqual([
      'REJECTED(Anna Brenn -> Ivo Marek)',
    ]);
  });
  it('answers "these allegations" with the latest claim by another speaker in the last five sentences', () => {
    const text =
      'Ana Ruiz claims that the Dorvian Football Association kept her passport. She left the club in 2007. ' +
      'She moved to Kestria. She met her husband there. She now coaches a school team. ' +
      'The Dorvian Football Association denied these allegations.';
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Dorvian Football Association -> Ana Ruiz)']);
  });
  it('gives the agent of a rejected thing ("the allegations made by X") and the gathering of a declined invitation', () => {
    expect(triples('Anna Brenn rejected the allegations made by Ivo Marek.')).toEqual([
      'REJECTED(Anna Brenn -> Ivo Marek)',
    ]);
    expect(triples('Anna Brenn declined an invitation to the summit.')).toEqual(['REJECTED(Anna Brenn -> summit)']);
    expect(triples('Anna Brenn turned down an offer to attend the summit.')).toEqual([
      'REJECTED(Anna Brenn -> summit)',
    ]);
  });
  it('reads particle verbs: "turned down", "ruled out"', () => {
    expect(triples("Veltrania turned down Dorvia's offer of talks.")).toContain('REJECTED(Veltrania -> Dorvia)');
    expect(triples('Anna Kovacs ruled out a meeting with Paul Brandt.')).toEqual(['REJECTED(Anna Kovacs -> meeting)']);
  });
  it('reads a refusal to attend as the rejection of the event', () => {
    expect(triples('Paul Brandt declined to attend the Harbour Summit.')).toEqual([
      'REJECTED(Paul Brandt -> Harbour Summit)',
    ]);
  });
  it('gives nothing for a refusal to rule out, or a fall', () => {
    expect(triples('Anna Kovacs refused to rule out new taxes.')).toEqual([]);
    expect(triples('Shares in Orbis Widget Corp declined 5 percent.')).toEqual([]);
    // A participle before its noun describes a fall, whatever the parse.
    expect(triples('Nippon Steel launched a rationalisation program to meet declining demand for steel.')).toEqual([]);
  });
  it('reads a negated acceptance as a rejection', () => {
    expect(triples("Veltrania did not accept Dorvia's proposal.")).toContain('REJECTED(Veltrania -> Dorvia)');
  });
  it('reads a passive rejection with its agent', () => {
    expect(triples("Dorvia's proposal was rejected by Veltrania.")).toContain('REJECTED(Veltrania -> Dorvia)');
  });
});

describe('attendance', () => {
  it('reads an indefinite gathering tagged as an adverb ("a rally"), with a weekday after it', () => {
    expect(triples('Anna Brenn attended a rally Thursday by farmers at the Palace of Congresses.')).toEqual([
      'ATTENDS(Anna Brenn -> rally)',
    ]);
    expect(triples('Anna Brenn attended a rally in Paris.')).toEqual(['ATTENDS(Anna Brenn -> rally)']);
  });
  it('finds the gathering of "…, attended by X" however deep it sits, and a setting hung on a time phrase', () => {
    expect(
      triples(
        'Ivo Marek criticised remarks made by Anna Brenn at a meeting in Florida, attended by Minister Jan Kovacs.',
      ),
    ).toContain('ATTENDS(Jan Kovacs -> meeting in Florida)');
    expect(
      triples('On Wednesday during the opening ceremony of the pipeline, Anna Brenn called for cooperation.'),
    ).toContain('ATTENDS(Anna Brenn -> opening ceremony)');
  });
  it('reads a fronted "during/at <gathering>," as the setting of the act of the name after it, however parsed', () => {
    // Parsed with "Wednesday" the root and "called" a clause under the title.
    const text =
      'On Wednesday during the opening ceremony of the Tarn gas pipeline, Turkish president Ivo Marek called for a regional cooperation.';
    expect(triples(text)).toContain('ATTENDS(Ivo Marek -> opening ceremony)');
    expect(triples('On Monday at the summit, Dorvian Prime Minister Anna Brenn urged Kestria to withdraw.')).toContain(
      'ATTENDS(Anna Brenn -> summit)',
    );
    // The one named in what others said at it is not placed there; nor is a setting in time.
    expect(triples('At the conference, officials said Anna Brenn would resign.', ['ATTENDS'])).toEqual([]);
    expect(triples('At the time, Anna Brenn said the plan would fail.', ['ATTENDS'])).toEqual([]);
  });
  it('places whoever addresses a gathering at it: a speech given to it, one hung on the subject, one told it before the clause', () => {
    // A speech, address or remarks given (made, delivered) to a gathering, the gathering hung on the noun or the verb.
    expect(triples('Anna Kovacs delivered an address to the Harbour Summit.')).toEqual([
      'ATTENDS(Anna Kovacs -> Harbour Summit)',
    ]);
    expect(triples('Anna Kovacs gave a speech to the party congress on Monday.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> party congress)',
    ]);
    expect(triples('Anna Kovacs made his remarks to the Tarn finance conference.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> Tarn finance conference)',
    ]);
    // "X, in a speech to the summit, said" with the phrase hung on the name.
    expect(triples('Anna Kovacs, in a speech to the summit, said she would stand again.')).toEqual([
      'ATTENDS(Anna Kovacs -> summit)',
      'STATED(Anna Kovacs -> null)',
    ]);
    // "told the finance conference rates would fall" parsed with "conference rates" one noun.
    expect(triples('Anna Kovacs told the finance conference rates would fall.')).toEqual([
      'ATTENDS(Anna Kovacs -> finance conference)',
      'STATED(Anna Kovacs -> null)',
    ]);
    // A legislature spoken to is told, a statement before a gathering only dated by it, the
    // police no gathering, and a news conference told is the statement itself.
    expect(triples('Anna Kovacs made a speech to Congress on Monday.', ['ATTENDS'])).toEqual([]);
    expect(triples('Anna Kovacs made a statement before the summit.', ['ATTENDS'])).toEqual([]);
    expect(triples('Anna Kovacs made a statement to the police.', ['ATTENDS'])).toEqual([]);
    expect(triples('Anna Kovacs told a news conference rates would fall.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('Anna Kovacs said the conference rates would fall.', ['ATTENDS'])).toEqual([]);
  });
  it('places the speaker of a speech to a gathering at it, and both of "A of X and B of Y" at their meeting', () => {
    expect(triples("Ivo Marek's speech to the conference lasted an hour.")).toEqual([
      'ATTENDS(Ivo Marek -> conference)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Anna Brenn of Switzerland and Ivo Marek of Libya will meet in Madrid.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
  });
  it('gives a participle after a subordinator of time the main clause\'s subject ("On arriving at the summit, X said")', () => {
    expect(triples('On arriving at the summit, Anna Brenn said the deal was close.')).toEqual([
      'ATTENDS(Anna Brenn -> summit)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('Anna Brenn said on entering the meeting that the ministers would review the agreement.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'STATED(Anna Brenn -> null)',
    ]);
  });
  it('places whoever leads a delegation to a gathering at it', () => {
    expect(triples('Anna Brenn led the Dorvian delegation to the talks.')).toEqual(['ATTENDS(Anna Brenn -> talks)']);
    expect(triples('Anna Brenn led the team to victory.')).toEqual([]);
    // The gathering hung on the delegation, "to" or "at" it.
    expect(triples('Mara Velt will lead the Kestan delegation at the talks in Tallon.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> talks in Tallon)',
    ]);
    expect(triples('Mara Velt will lead the Dorvian delegation to the talks in Tallon.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> talks in Tallon)',
    ]);
    expect(triples('Mara Velt will lead the Kestan delegation at the bank in Tallon.', ['ATTENDS'])).toEqual([]);
  });
  it('reads "among those at / attending" an event as being there, however the copula is parsed', () => {
    expect(triples('Anna Brenn was among those at the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    expect(triples('Anna Brenn was among those attending the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    expect(triples('Anna Brenn was among those who did not attend the summit.')).toEqual([]);
  });
  it('reads the inverted "Among those attending / the guests at the summit were A and B"', () => {
    expect(triples('Among those attending the summit were Mara Velt and Tomas Brell.')).toEqual([
      'ATTENDS(Mara Velt -> summit)',
      'ATTENDS(Tomas Brell -> summit)',
    ]);
    expect(triples('Among the guests at the dinner was Tomas Brell.')).toEqual(['ATTENDS(Tomas Brell -> dinner)']);
    expect(triples('Among the delegates at the summit were Mara Velt and Tomas Brell.')).toEqual([
      'ATTENDS(Mara Velt -> summit)',
      'ATTENDS(Tomas Brell -> summit)',
    ]);
    expect(triples('Among those who did not attend the summit was Tomas Brell.', ['ATTENDS'])).toEqual([]);
  });
  it('reads "X is / was due to attend" however the parser hangs the copula on the name', () => {
    expect(triples('Mara Velt is due to attend the summit in Lomé.')).toEqual(['ATTENDS(Mara Velt -> summit in Lomé)']);
    expect(triples('Mara Velt was due to fly to Lomé on Sunday for the summit.')).toEqual([
      'ATTENDS(Mara Velt -> summit)',
    ]);
    expect(triples('Mara Velt was not due to attend the summit.')).toEqual([]);
  });
  it('places a speaker on the sidelines of an event, or speaking to people there, at it', () => {
    expect(triples('On the margins of the summit, Anna Brenn said the deal was done.')).toEqual([
      'ATTENDS(Anna Brenn -> summit)',
      'STATED(Anna Brenn -> null)',
    ]);
    expect(triples('Anna Brenn spoke to reporters on the sidelines of the G20 summit in Osaka.')).toEqual([
      'ATTENDS(Anna Brenn -> G20 summit)',
    ]);
  });
  it('places the patient of a passive at the gathering it happened at ("was sworn in at a ceremony")', () => {
    expect(triples('Anna Brenn was sworn in at a ceremony in Paris.')).toEqual([
      'ATTENDS(Anna Brenn -> ceremony in Paris)',
    ]);
    expect(triples('The deal was signed at the summit.')).toEqual([]);
  });
  it('names a meeting with the body it belongs to ("the meeting of the Kestrel Council")', () => {
    expect(triples('Anna Brenn attended the meeting of the Kestrel Council.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting of the Kestrel Council)',
    ]);
    expect(triples('Anna Brenn declined to attend the February meeting of the Group of Seven in Paris.')).toEqual([
      'REJECTED(Anna Brenn -> meeting of the Group of Seven)',
    ]);
  });
  it('ends an event\'s name with its place\'s name, not a time hung on the place ("talks in Vienna on Tuesday")', () => {
    expect(triples('Britain and France ended two days of talks in Vienna on Tuesday.')).toEqual([
      'ATTENDS(Britain -> talks in Vienna)',
      'ATTENDS(France -> talks in Vienna)',
    ]);
  });
  it('names the gathering a measure noun measures out with its "-ing" modifiers ("another round of debt rescheduling talks")', () => {
    // Parsed with "rescheduling" a verb taking "talks" as its object, or "round" an adjective of "talks".
    expect(triples('Kestria and Dorvia completed another round of debt rescheduling talks on Friday.')).toEqual([
      'ATTENDS(Dorvia -> debt rescheduling talks)',
      'ATTENDS(Kestria -> debt rescheduling talks)',
    ]);
    expect(
      triples(
        'Kestria and its bank advisory committee completed another round of debt rescheduling talks, bankers said.',
      ),
    ).toEqual(['ATTENDS(Kestria -> debt rescheduling talks)']);
    expect(triples('Kestria completed a round of rescheduling talks with Dorvia.')).toEqual([
      'ATTENDS(Dorvia -> rescheduling talks)',
      'ATTENDS(Kestria -> rescheduling talks)',
    ]);
  });
  it('reads a plural possessor before a gathering as the kind of gathering ("at the end of the agriculture ministers\' meeting")', () => {
    // Parsed with "ministers" the object of "of" and "meeting" hung on the declaration.
    const text =
      "Ivo Marek welcomed a declaration by Commissioner Piet Orlo made in Tarn at the end of the agriculture ministers' meeting.";
    expect(triples(text, ['ATTENDS'])).toEqual(["ATTENDS(Piet Orlo -> agriculture ministers' meeting)"]);
    expect(triples("Piet Orlo spoke at the end of the agriculture ministers' meeting.")).toEqual([
      "ATTENDS(Piet Orlo -> agriculture ministers' meeting)",
    ]);
    // A declaration read out by someone else, or made before the meeting, places its author nowhere.
    expect(
      triples("A declaration by Piet Orlo was read at the end of the agriculture ministers' meeting.", ['ATTENDS']),
    ).toEqual([]);
    expect(
      triples("Ivo Marek criticised a declaration by Piet Orlo made before the agriculture ministers' meeting.", [
        'ATTENDS',
      ]),
    ).toEqual([]);
  });
  it('names an event without the comma the parser hung on its place ("At a news conference in Lisbon, X said")', () => {
    expect(triples('At a news conference in Lisbon, Anna Brenn said the plan had failed.')).toContain(
      'ATTENDS(Anna Brenn -> news conference in Lisbon)',
    );
  });
  it('reads "the leaders of A and B met" as both parties meeting, "EU leaders met" as no party\'s', () => {
    expect(triples('The leaders of France and Germany met in Lisbon.')).toEqual([
      'ATTENDS(France -> meeting)',
      'ATTENDS(Germany -> meeting)',
    ]);
    expect(triples('EU leaders met in Lisbon.')).toEqual([]);
  });
  it('reads a named body\'s meetings as particular ones, and a time phrase as no subject of "met"', () => {
    expect(triples('Ivo Marek will also attend International Monetary Fund and World Bank meetings.')).toEqual([
      'ATTENDS(Ivo Marek -> International Monetary Fund and World Bank meetings)',
    ]);
    expect(triples('Ivo Marek will attend meetings.')).toEqual([]);
    // Parsed with "week" a second subject of "met".
    expect(
      triples('Anna Brenn, a close aide to President Tova Lind, earlier this week met Dorvian envoy Ivo Marek.'),
    ).toEqual(['ATTENDS(Anna Brenn -> meeting)', 'ATTENDS(Ivo Marek -> meeting)']);
  });
  it('takes the name apposed to a description as the subject ("The Italian foreign minister, X, joined")', () => {
    const text =
      'Foreign minister Ivo Marek of Dorvia gathered with his counterparts in Lisbon. The Kestrian foreign minister, Tomas Dravic, joined the talks as an observer.';
    expect(triples(text)).toContain('ATTENDS(Tomas Dravic -> talks)');
    expect(triples(text)).not.toContain('ATTENDS(Ivo Marek -> talks)');
  });
  it('reads "by visiting / outgoing <title> X" as the agent, however the parser hangs the participle', () => {
    expect(triples('The summit was attended by visiting Dorvian President Ivo Marek.')).toEqual([
      'ATTENDS(Ivo Marek -> summit)',
    ]);
    expect(
      triples(
        'Anna Brenn criticised remarks made at a meeting in Lisbon, attended by visiting Defense Minister Ivo Marek.',
      ),
    ).toContain('ATTENDS(Ivo Marek -> meeting in Lisbon)');
    expect(triples('The plan was rejected by visiting Dorvian President Ivo Marek.')).toEqual([
      'REJECTED(Ivo Marek -> null)',
    ]);
  });
  it('places a person named right before ", the chief negotiator in the talks" at them, however parsed', () => {
    // Parsed with the apposition a second oblique of "referring".
    const text =
      'Anna Brenn spoke in August, referring to Secretary of State Ivo Marek, the chief Dorvian negotiator in the talks.';
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Ivo Marek -> talks)']);
  });
  it('reads a subject pronoun after a fronted phrase with no comma as the subject ("After the meeting he said")', () => {
    const text = 'Ivo Marek arrived on Monday. Speaking after a summit meeting he said the plan would fail.';
    expect(triples(text)).toEqual(['ATTENDS(Ivo Marek -> summit meeting)', 'STATED(Ivo Marek -> null)']);
    expect(triples('Ivo Marek arrived on Monday. After the talks he said the plan would fail.')).toContain(
      'STATED(Ivo Marek -> null)',
    );
  });
  it('reads a sitting of a gathering as that gathering ("the opening session of the talks")', () => {
    expect(triples('Ivo Marek spoke at the opening session of the Kestrel Dialogue in Lisbon.')).toEqual([
      'ATTENDS(Ivo Marek -> Kestrel Dialogue)',
    ]);
    expect(triples('Ivo Marek attended a session of parliament.')).toEqual(['ATTENDS(Ivo Marek -> session)']);
  });
  it('places the speaker of a gathering\'s remarks at it ("the meeting\'s opening remarks by X")', () => {
    const text =
      "There was no sign of change in the meeting's opening remarks by President Ivo Marek and Secretary of State Anna Brenn.";
    expect(triples(text)).toEqual(['ATTENDS(Anna Brenn -> meeting)', 'ATTENDS(Ivo Marek -> meeting)']);
  });
  it('finds the speaker of an address to a gathering however its phrases are hung ("an address to the summit from X")', () => {
    // Parsed with "to the summit" on "miss" and "from X" on "summit".
    const text =
      'Ivo Marek will miss an address to the summit from Dorvian interim leader Anna Brenn, who criticised it.';
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    // Parsed with "by X" on "conference".
    expect(triples('Ivo Marek heard a speech to the conference by Anna Brenn.')).toEqual([
      'ATTENDS(Anna Brenn -> conference)',
    ]);
  });
  it('gives no speech and no attendance for a speech its speaker held back ("did not deliver", "cancelled")', () => {
    expect(triples('Anna Brenn did not deliver her speech to the congress.')).toEqual([]);
    expect(triples('Anna Brenn cancelled her speech to the congress.')).toEqual([]);
    expect(triples('Anna Brenn postponed her address to the summit.')).toEqual([]);
    // Another's speech that someone missed was given all the same.
    expect(triples("Ivo Marek did not hear Anna Brenn's speech to the congress.", ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Brenn -> congress)',
    ]);
  });
  it('reads a bare gathering noun as the article\'s one earlier event of that head ("a summit in Lisbon … the summit")', () => {
    expect(triples('Anna Brenn attended a summit in Lisbon. Ivo Marek also went to the summit.')).toEqual([
      'ATTENDS(Anna Brenn -> summit in Lisbon)',
      'ATTENDS(Ivo Marek -> summit in Lisbon)',
    ]);
    // Of two such events, neither.
    const two =
      'Anna Brenn attended a summit in Lisbon. Tomas Dravic attended a summit in Porto. Ivo Marek went to the summit.';
    expect(triples(two)).toContain('ATTENDS(Ivo Marek -> summit)');
  });
  it('places whoever chairs a gathering at it ("met under the chairmanship of X")', () => {
    const text =
      "The general assembly of the Tarn Investment Corporation met in Lisbon earlier under the chairmanship of Dorvia's Finance Minister, Ivo Marek.";
    expect(triples(text)).toEqual(['ATTENDS(Ivo Marek -> general assembly of the Tarn Investment Corporation)']);
    expect(triples('The meeting, held under the chairmanship of Anna Brenn, ended early.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
    ]);
    expect(triples('The summit was held under the Dorvian presidency.')).toEqual([]);
  });
  it('names an event without the adjectives that date it ("the current talks") and reads "in March" as no march', () => {
    expect(triples('Ivo Marek joined the current free trade talks.')).toEqual([
      'ATTENDS(Ivo Marek -> free trade talks)',
    ]);
    expect(triples('Tom Dravic joined Kestrel Inc of Lisbon as chairman in March, 1986.')).toEqual([]);
    expect(triples('Anna Brenn attended the March for Science in Lisbon.')).toEqual([
      'ATTENDS(Anna Brenn -> March for Science in Lisbon)',
    ]);
  });
  it('reads the two parties of "a meeting between A and B" from word order when the parse loses "between"', () => {
    // Parsed with "then-candidate" a verb that takes "between" as its marker.
    const text =
      'The Kestrel Times reported that Tomas Dravic helped set up a meeting between then-candidate Ivo Marek and Dorvian President Anna Brenn and edited a speech.';
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Anna Brenn -> meeting)', 'ATTENDS(Ivo Marek -> meeting)']);
  });
  it('reads the parties "between" hung on the verb a gathering is the subject of ("talks took place between A and B")', () => {
    expect(triples('Talks took place between Mara Velt and the Ostrava Party.')).toEqual([
      'ATTENDS(Mara Velt -> Talks)',
      'ATTENDS(Ostrava Party -> Talks)',
    ]);
    expect(
      triples('Ana Ruiz said a meeting was held on Monday between Mara Velt and the Ostrava Party.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Mara Velt -> meeting)', 'ATTENDS(Ostrava Party -> meeting)']);
    expect(triples('The talks held in Tallon between Mara Velt and Piet Orlo ended.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> talks)',
      'ATTENDS(Piet Orlo -> talks)',
    ]);
    expect(triples('Talks are under way between Mara Velt and the Ostrava Party.')).toEqual([
      'ATTENDS(Mara Velt -> Talks)',
      'ATTENDS(Ostrava Party -> Talks)',
    ]);
    expect(triples('Talks have been going on between Mara Velt and the Ostrava Party.')).toEqual([
      'ATTENDS(Mara Velt -> Talks)',
      'ATTENDS(Ostrava Party -> Talks)',
    ]);
    // Only a gathering asserted to happen, and only a verb of its coming about.
    expect(triples('Talks did not take place between Mara Velt and Piet Orlo.')).toEqual([]);
    expect(triples('Talks may take place between Mara Velt and Piet Orlo.')).toEqual([]);
    expect(triples('The talks failed between Mara Velt and Piet Orlo.')).toEqual([]);
  });
  it('reads "between A and B" past the time and place of a gathering, and its parties when commented on', () => {
    const text =
      'Piet Orlo declined to comment on meetings this week in Tallon between Mara Velt and the Ostrava Party.';
    expect(triples(text, ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> meetings)',
      'ATTENDS(Ostrava Party -> meetings)',
    ]);
    expect(
      triples('Piet Orlo declined to comment on the talks between Mara Velt and the Ostrava Party.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Mara Velt -> talks)', 'ATTENDS(Ostrava Party -> talks)']);
    expect(
      triples(
        'Piet Orlo declined to comment on meetings last week in Tallon between Mara Velt and the Ostrava Party.',
        ['ATTENDS'],
      ),
    ).toEqual(['ATTENDS(Mara Velt -> meetings)', 'ATTENDS(Ostrava Party -> meetings)']);
    // A gathering only proposed is none, however it is spoken of.
    expect(
      triples('Piet Orlo declined to comment on a possible meeting between Mara Velt and the Ostrava Party.', [
        'ATTENDS',
      ]),
    ).toEqual([]);
  });
  it('reads a visit "for talks with Y" as both at the talks, however the parser hangs the phrases', () => {
    // "for talks" hung on the time phrase.
    expect(triples('Mara Velt is to visit Lund next month for talks with Piet Orlo.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> talks)',
      'ATTENDS(Piet Orlo -> talks)',
    ]);
    // "with Y" hung on the verb right after the gathering.
    expect(triples('Mara Velt visited Lund for talks with the Ostrava Party.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> talks)',
      'ATTENDS(Ostrava Party -> talks)',
    ]);
  });
  it('reads a news conference and a press conference of the same kind as one event', () => {
    const text =
      'Ivo Marek told his monthly press conference the plan would fail. Marek told his monthly news conference that it would work.';
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Ivo Marek -> monthly press conference)']);
  });
  it("reads delegates sent from parties as those parties attending, a body's own unnamed members as none", () => {
    expect(triples('Delegates from France and Germany attended the talks.')).toEqual([
      'ATTENDS(France -> talks)',
      'ATTENDS(Germany -> talks)',
    ]);
    expect(triples('EU leaders attended the talks.')).toEqual([]);
    // "the leaders of A and B" are the two parties' own, as when they meet.
    expect(triples('The leaders of France and Italy attended the summit in Lisbon.')).toEqual([
      'ATTENDS(France -> summit in Lisbon)',
      'ATTENDS(Italy -> summit in Lisbon)',
    ]);
  });
  it('reads "sent a delegation to the talks" as the sender taking part', () => {
    expect(triples('France sent a delegation to the talks in Vienna.')).toEqual(['ATTENDS(France -> talks in Vienna)']);
    expect(triples('France sent troops to the summit area.')).toEqual([]);
  });
  it('does not place the speaker of a trailing ", X said" at a gathering in the reported words', () => {
    const trailing =
      'Kestan says it will withdraw its troops after talks with Dorvia, Deputy Foreign Minister Ilo Brask said. ' +
      'The Dorvia talks ended on Monday.';
    expect(triples(trailing, ['ATTENDS'])).toEqual([]);
    // Fronted before the speaker, the phrase is the speaker's own setting.
    const fronted =
      'After talks with Dorvia, Deputy Foreign Minister Ilo Brask said Kestan would withdraw. ' +
      'The Dorvia talks ended on Monday.';
    expect(triples(fronted, ['ATTENDS'])).toEqual(['ATTENDS(Ilo Brask -> Dorvia talks)']);
  });
  it('does not place the sender of a message to people at a gathering there ("sent a message to delegates at the summit")', () => {
    expect(triples('Mara Velt sent a message to delegates at the Ostrava summit.', ['ATTENDS'])).toEqual([]);
    expect(triples('Mara Velt sent a letter to Ivo Brask at the Ostrava summit.', ['ATTENDS'])).toEqual([]);
    // Spoken to, or sent to a country, the setting is still the speaker's or sender's.
    expect(triples('Mara Velt spoke to delegates at the Ostrava summit.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> Ostrava summit)',
    ]);
    expect(triples('Mara Velt sent a strong signal to Kestan at the Ostrava summit.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> Ostrava summit)',
    ]);
  });
  it('gives an infinitive of purpose on a copular predicate the copula\'s subject ("was in Lisbon to attend")', () => {
    expect(triples('Ivo Marek was in Lisbon to attend the summit.')).toEqual(['ATTENDS(Ivo Marek -> summit)']);
    expect(triples('The plan was a way to attend the summit.')).toEqual([]);
  });
  it('reads a gathering named by its place as the article\'s one gathering held there ("the Lisbon meeting")', () => {
    const text =
      'Anna Brenn attended the summit in Lisbon on Monday. Ivo Marek said he had also attended the Lisbon meeting.';
    expect(triples(text, ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Brenn -> summit in Lisbon)',
      'ATTENDS(Ivo Marek -> summit in Lisbon)',
    ]);
    const other = 'Anna Brenn attended the summit in Lisbon. Ivo Marek attended the Porto meeting.';
    expect(triples(other, ['ATTENDS'])).toContain('ATTENDS(Ivo Marek -> Porto meeting)');
  });
  it('names a meeting with the body whose members or organ meet ("meeting of GCC finance ministers")', () => {
    expect(triples('Ivo Marek attended a meeting of Tarn Union finance and economy ministers.')).toEqual([
      'ATTENDS(Ivo Marek -> meeting of Tarn Union finance and economy ministers)',
    ]);
    expect(triples('Ivo Marek attended the meeting of the Tarn Coffee Organization council.')).toEqual([
      'ATTENDS(Ivo Marek -> meeting of the Tarn Coffee Organization council)',
    ]);
    expect(triples('Ivo Marek attended a meeting of the ministers.')).toEqual(['ATTENDS(Ivo Marek -> meeting)']);
    // Without a clause on the body.
    expect(triples('Ivo Marek chaired a meeting of Tarn Union farm ministers which ended today.')).toEqual([
      'ATTENDS(Ivo Marek -> meeting of Tarn Union farm ministers)',
    ]);
  });
  it('reads an indefinite gathering noun as a new gathering, not the article\'s named one ("a meeting between A and B")', () => {
    const text =
      'Ivo Marek attended the Harbour Summit on Monday. There was also a meeting between Anna Brenn and Tomas Dravic.';
    expect(triples(text)).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> Harbour Summit)',
      'ATTENDS(Tomas Dravic -> meeting)',
    ]);
    expect(triples('Ivo Marek attended the Harbour Summit on Monday. Anna Brenn also went to the meeting.')).toContain(
      'ATTENDS(Anna Brenn -> Harbour Summit)',
    );
  });
  it('places the guest hosted or the one joined at the gathering too ("hosted X for talks")', () => {
    expect(triples('Ivo Marek hosted Anna Brenn for talks in Lisbon.')).toEqual([
      'ATTENDS(Anna Brenn -> talks in Lisbon)',
      'ATTENDS(Ivo Marek -> talks in Lisbon)',
    ]);
    expect(triples('Anna Brenn joined Ivo Marek at the summit.')).toEqual([
      'ATTENDS(Anna Brenn -> summit)',
      'ATTENDS(Ivo Marek -> summit)',
    ]);
    expect(triples('Anna Brenn joined Kestrel Inc as chairman.')).toEqual([]);
  });
  it('reads a round of talks as the talks', () => {
    expect(triples('Anna Brenn and Ivo Marek took part in a round of talks in Lisbon.')).toEqual([
      'ATTENDS(Anna Brenn -> talks in Lisbon)',
      'ATTENDS(Ivo Marek -> talks in Lisbon)',
    ]);
  });
  it('reads a service that is held as an event ("a memorial service"), not one provided', () => {
    expect(triples('Ivo Marek went to a memorial service.')).toEqual(['ATTENDS(Ivo Marek -> memorial service)']);
    expect(triples('Ivo Marek attended a church service in Lisbon.')).toEqual([
      'ATTENDS(Ivo Marek -> church service in Lisbon)',
    ]);
    expect(triples('Ivo Marek went to the news service.')).toEqual([]);
  });
  it('reads the gathering people meet for as the meeting ("will meet next month for the spring meetings")', () => {
    expect(triples('Anna Brenn and Ivo Marek will meet next month for the spring meetings of the Tarn Fund.')).toEqual([
      'ATTENDS(Anna Brenn -> spring meetings of the Tarn Fund)',
      'ATTENDS(Ivo Marek -> spring meetings of the Tarn Fund)',
    ]);
    // Parsed with the meetings as the object of "meet" and "for" hung on the first name.
    expect(
      triples(
        'Anna Brenn and Ivo Marek will meet again next month for the Tarn Fund and Kestrel Bank spring meetings.',
      ),
    ).toEqual([
      'ATTENDS(Anna Brenn -> Tarn Fund and Kestrel Bank spring meetings)',
      'ATTENDS(Ivo Marek -> Tarn Fund and Kestrel Bank spring meetings)',
    ]);
    // Parsed with the acronym an adjective of the meetings (its article and "for" on it) and the
    // time phrase their subject: a named body's meetings all the same.
    expect(
      triples(
        'Anna Brenn and Ivo Marek will meet again next month for the TFK and Kestrel Bank spring meetings in Lisbon.',
      ),
    ).toEqual([
      'ATTENDS(Anna Brenn -> TFK and Kestrel Bank spring meetings in Lisbon)',
      'ATTENDS(Ivo Marek -> TFK and Kestrel Bank spring meetings in Lisbon)',
    ]);
    expect(triples('Anna Brenn and Ivo Marek met for two hours.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
  });
  it('reads "had talks/a phone call with X" and "held a meeting with X" as both parties meeting', () => {
    expect(triples('Anna Brenn had a phone call with Ivo Marek on Monday.')).toEqual([
      'ATTENDS(Anna Brenn -> phone call)',
      'ATTENDS(Ivo Marek -> phone call)',
    ]);
    // Parsed with "with" hung on "Ivo", the name's first word.
    expect(triples('Anna Brenn held a meeting with Ivo Marek on Monday.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
    expect(triples('Anna Brenn had a good year.')).toEqual([]);
    // A measure of talks is talks: "several hours of talks", "a round of talks".
    expect(triples('Anna Brenn held several hours of talks with Ivo Marek today.')).toEqual([
      'ATTENDS(Anna Brenn -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    expect(triples('Anna Brenn held a lot of money.')).toEqual([]);
  });
  it('reads the setting of a light verb\'s act noun, a setting set off after the subject, and "told delegates to the conference"', () => {
    expect(triples('Ambassador Ivo Marek made the recommendation at a meeting with Anna Brenn.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
    expect(
      triples('Ivo Marek, at a separate meeting yesterday, sharply criticised the slow pace of reforms.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Ivo Marek -> meeting)']);
    expect(
      triples('Ivo Marek told delegates to a North American wildlife conference that he was not pleased.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Ivo Marek -> North American wildlife conference)']);
    // A presence welcomed, an act before the gathering, delegates told to act, a setting that is no gathering.
    expect(triples('Ivo Marek welcomed the presence of Anna Brenn at the meeting.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek made a proposal before the meeting.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek told delegates to go home.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek, at the request of the council, resigned.', ['ATTENDS'])).toEqual([]);
  });
  it('puts the party of "at a meeting with Y" there when an act is asserted done at it', () => {
    expect(triples('Ivo Marek said at a meeting with Anna Brenn that prices would rise.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
    expect(
      triples('The request was made yesterday by Senator Ivo Marek at a meeting with Anna Brenn, the source said.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Anna Brenn -> meeting)', 'ATTENDS(Ivo Marek -> meeting)']);
    // An act only possible, denied or hoped for holds no meeting.
    expect(triples('Ivo Marek could raise the issue at a meeting with Anna Brenn.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek did not raise the issue at a meeting with Anna Brenn.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek hopes to raise the issue at a meeting with Anna Brenn.', ['ATTENDS'])).toEqual([]);
  });
  it('places whoever made progress (or none) in talks there, with the party of "talks with Y"', () => {
    expect(
      triples('Prime Minister Ivo Marek said he had made progress in talks with Secretary of State Anna Brenn.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Anna Brenn -> talks)', 'ATTENDS(Ivo Marek -> talks)']);
    expect(triples('Kestria and Dorvia made no progress in debt talks here last night.', ['ATTENDS'])).toEqual([
      'ATTENDS(Dorvia -> debt talks)',
      'ATTENDS(Kestria -> debt talks)',
    ]);
    expect(triples('Anna Brenn failed to make any headway at the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    // Progress only hoped for or possible, or made in something else: nothing.
    expect(triples('Ivo Marek hopes to make progress at the talks.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek could make progress at the talks.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek made progress in his career.', ['ATTENDS'])).toEqual([]);
  });
  it('reads one expected or due somewhere for a gathering as attending it, with the party of "talks with Y"', () => {
    expect(
      triples('Oil Minister Ivo Marek is expected here on Friday for talks with his Dorvian counterpart Anna Brenn.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Anna Brenn -> talks)', 'ATTENDS(Ivo Marek -> talks)']);
    expect(triples('Ivo Marek is due in Lisbon on Friday for talks with Anna Brenn.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Brenn -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    expect(triples('Ivo Marek is expected in Lisbon next week for the summit.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ivo Marek -> summit)',
    ]);
    // "is in Lisbon for talks with Y": Y is at the talks too.
    expect(triples('Ivo Marek is in Lisbon for talks with Anna Brenn.')).toEqual([
      'ATTENDS(Anna Brenn -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    // Not expected, only supposed, or no one coming: nothing.
    expect(triples('Ivo Marek is not expected in Lisbon for the summit.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ivo Marek would be expected in Lisbon for the summit.', ['ATTENDS'])).toEqual([]);
    expect(triples('A decision is expected for the summit.')).toEqual([]);
  });
  it('reads presence: "is in Lisbon for the summit", "was present at", "presided over", "brought together A and B"', () => {
    expect(triples('Anna Brenn is in Lisbon for the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    expect(triples('Anna Brenn was present at the ceremony.')).toEqual(['ATTENDS(Anna Brenn -> ceremony)']);
    expect(triples('Anna Brenn was not present at the ceremony.')).toEqual([]);
    expect(triples('Anna Brenn presided over the meeting.')).toEqual(['ATTENDS(Anna Brenn -> meeting)']);
    expect(triples('The summit brought together Anna Brenn and Ivo Marek.')).toEqual([
      'ATTENDS(Anna Brenn -> summit)',
      'ATTENDS(Ivo Marek -> summit)',
    ]);
    // Being in a city is no attendance.
    expect(triples('Anna Brenn is in Lisbon.')).toEqual([]);
    expect(triples('Anna Brenn was a guest at the dinner.')).toEqual(['ATTENDS(Anna Brenn -> dinner)']);
    // "one of the speakers at the summit", with the setting hung on the group.
    expect(triples('Anna Brenn was one of the speakers at the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    expect(triples('Anna Brenn was one of 30 leaders at the summit.')).toEqual(['ATTENDS(Anna Brenn -> summit)']);
    // Visiting and voting attend the gathering they are for or in; a city visited or a bill voted on is none.
    expect(triples('Anna Brenn visited Lisbon for talks with Ivo Marek.')).toEqual([
      'ATTENDS(Anna Brenn -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    expect(triples('Anna Brenn voted in the election.')).toEqual(['ATTENDS(Anna Brenn -> election)']);
    expect(triples('Anna Brenn visited Lisbon.')).toEqual([]);
    expect(triples('Anna Brenn voted for the bill.')).toEqual([]);
    // Casting a vote or ballot in it is voting in it; one cast for a bill, or in a city, is none.
    expect(triples('Anna Brenn cast her vote in the presidential election.')).toEqual([
      'ATTENDS(Anna Brenn -> presidential election)',
    ]);
    expect(triples('Anna Brenn cast her ballot in the referendum on Sunday.')).toEqual([
      'ATTENDS(Anna Brenn -> referendum)',
    ]);
    expect(triples('Anna Brenn cast her vote in favour of the bill.')).toEqual([]);
    expect(triples('Anna Brenn cast her ballot in Lisbon.')).toEqual([]);
  });
  it('reads opening, returning from and emerging from a gathering as attending it', () => {
    expect(triples('Opening the meeting, Ivo Marek said the plan would work.')).toEqual([
      'ATTENDS(Ivo Marek -> meeting)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('Ivo Marek returned from the Harbour Summit on Monday.')).toEqual([
      'ATTENDS(Ivo Marek -> Harbour Summit)',
    ]);
    expect(triples('Ivo Marek emerged from the final session of the Harbour Summit.')).toEqual([
      'ATTENDS(Ivo Marek -> Harbour Summit)',
    ]);
    expect(triples('France opened talks with Germany on Monday.')).toEqual([
      'ATTENDS(France -> talks)',
      'ATTENDS(Germany -> talks)',
    ]);
    expect(triples('France concluded negotiations with Germany on Monday.')).toEqual([
      'ATTENDS(France -> negotiations)',
      'ATTENDS(Germany -> negotiations)',
    ]);
    // Resuming, completing or finishing talks is holding them.
    expect(triples('France resumed negotiations with the Dorvan Liberation Front in Geneva.')).toEqual([
      'ATTENDS(Dorvan Liberation Front -> negotiations)',
      'ATTENDS(France -> negotiations)',
    ]);
    expect(triples('Venezuela completed another round of talks with its creditors.')).toEqual([
      'ATTENDS(Venezuela -> talks)',
    ]);
    expect(triples('France finished the talks with Germany on Friday.')).toEqual([
      'ATTENDS(France -> talks)',
      'ATTENDS(Germany -> talks)',
    ]);
    expect(triples('France completed the bridge and started work on the dam.')).toEqual([]);
    // Not a gathering: nothing attended.
    expect(triples('Ivo Marek opened an office in Tarn and returned to Dorvia.')).toEqual([]);
    expect(triples('France ended the war.')).toEqual([]);
  });
  it('places a speaker at a hearing or festival the act was at', () => {
    expect(triples('"We can manage," Anna Kovacs said at a Senate Finance Committee hearing.')).toEqual([
      'ATTENDS(Anna Kovacs -> Senate Finance Committee hearing)',
      'STATED(Anna Kovacs -> null)',
    ]);
  });
  it('reads attend, take part in and travel to an event', () => {
    expect(triples('Anna Kovacs will attend the Harbour Summit.')).toEqual(['ATTENDS(Anna Kovacs -> Harbour Summit)']);
    expect(triples('Paul Brandt took part in the Harbour Summit.')).toEqual(['ATTENDS(Paul Brandt -> Harbour Summit)']);
    // Leaving for an event is going to it; leaving for a city or leaving a meeting is not.
    expect(triples('Paul Brandt is leaving for the Harbour Summit on Sunday.')).toEqual([
      'ATTENDS(Paul Brandt -> Harbour Summit)',
    ]);
    expect(triples('Paul Brandt left for Dorvia City on Sunday.')).toEqual([]);
  });
  it('gives no attendance for an act only asked for ("urged X to attend", "called on X to … at the summit")', () => {
    expect(triples('Anna Kovacs urged Paul Brandt to attend the Harbour Summit.')).toEqual([
      'DEMANDED(Anna Kovacs -> Paul Brandt)',
    ]);
    expect(triples('Anna Kovacs called on Paul Brandt to attend the Harbour Summit.')).toEqual([
      'DEMANDED(Anna Kovacs -> Paul Brandt)',
    ]);
    const pledge = 'Lloyd Bentsen called on major industrial countries to make a pledge at the coming economic summit.';
    expect(triples(pledge, ['ATTENDS'])).toEqual([]);
  });
  it('reads a participle with its agent ("the summit, attended by X, ended")', () => {
    expect(triples('The Harbour Summit, attended by Anna Kovacs, ended on Friday.')).toEqual([
      'ATTENDS(Anna Kovacs -> Harbour Summit)',
    ]);
  });
  it('gives nothing for negated or conditional attendance', () => {
    expect(triples('Anna Kovacs will not attend the Harbour Summit.')).toEqual([]);
    expect(triples('Anna Kovacs would attend the Harbour Summit if invited.')).toEqual([]);
  });
  it('reads "held talks with", "held negotiations with" (a light verb with its object\'s lemma)', () => {
    expect(triples('Anna Kovacs held talks with Paul Brandt.')).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Paul Brandt -> talks)',
    ]);
    expect(triples('Anna Kovacs held negotiations with Paul Brandt in Dorvia City.', ['ATTENDS'])).toContain(
      'ATTENDS(Paul Brandt -> negotiations)',
    );
    // Two named partners: both are at the talks (the parser may split the first name off "with").
    expect(triples('Ivo Marek held talks with Anna Kovacs and Tomas Dravic in Lima.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
      'ATTENDS(Tomas Dravic -> talks)',
    ]);
  });
  it('gives a plural subject\'s named examples its attendance ("ministers, including A and B, attended")', () => {
    expect(triples('Several ministers, including Ivo Marek and Anna Kovacs, attended the summit in Lima.')).toEqual([
      'ATTENDS(Anna Kovacs -> summit in Lima)',
      'ATTENDS(Ivo Marek -> summit in Lima)',
    ]);
    expect(triples('Some officials, including Tomas Dravic, have said the plan could fail.')).toEqual([
      'STATED(Tomas Dravic -> null)',
    ]);
  });
  it('never draws bare "talks" into a named convention or assembly (a treaty, a body\'s sitting)', () => {
    const text =
      'Dorvia signed the Lisbon Convention in 1990. Ivo Marek spoke to reporters after talks with Anna Kovacs.';
    expect(triples(text, ['ATTENDS'])).toContain('ATTENDS(Ivo Marek -> talks)');
    expect(triples(text, ['ATTENDS']).join()).not.toContain('Convention');
    // A bare gathering of the same kind still is the named one.
    expect(triples('Ivo Marek attended the Lima summit. Anna Kovacs spoke at the meeting.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> Lima summit)',
      'ATTENDS(Ivo Marek -> Lima summit)',
    ]);
  });
  it('puts the partner of a meeting held before the act at it ("spoke after talks with Y")', () => {
    expect(triples('Ivo Marek spoke to reporters after talks with Anna Kovacs.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    // A meeting only hoped for has no partner yet.
    expect(triples('Ivo Marek said he was open to a meeting with Anna Kovacs.', ['ATTENDS'])).toEqual([]);
  });
  it('puts both of a coordinated subject at a meeting yet to come ("A and B will meet next week")', () => {
    expect(triples('Mara Velt and Piet Orlo will meet in Geneva next week.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> meeting)',
      'ATTENDS(Piet Orlo -> meeting)',
    ]);
  });
  it('puts both at a meeting measured out or after "following" with no article ("after two days of talks with Y")', () => {
    expect(triples('Ivo Marek spoke to reporters after two days of talks with Anna Kovacs.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
    ]);
    expect(triples('Ivo Marek said following talks with Anna Kovacs that the deal was close.')).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Ivo Marek -> talks)',
      'STATED(Ivo Marek -> null)',
    ]);
    expect(
      triples('"We are close," Ivo Marek said following two days of talks with Anna Kovacs.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Anna Kovacs -> talks)', 'ATTENDS(Ivo Marek -> talks)']);
    expect(triples('Ivo Marek spoke during the first day of the summit in Lima.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ivo Marek -> summit in Lima)',
    ]);
  });
  it('has each state of "the central banks of A and B" for a party of talks, and "with" hung on the verb after held talks', () => {
    // A plural common noun distributed over the states or bodies of its "of" phrase.
    expect(
      triples(
        "Kestria's finance minister said talks have occurred between Kestria and the offshore centres of Dorvia and Orvia.",
        ['ATTENDS'],
      ),
    ).toEqual(['ATTENDS(Dorvia -> talks)', 'ATTENDS(Kestria -> talks)', 'ATTENDS(Orvia -> talks)']);
    expect(triples('Anna Kovacs held talks with the central banks of Dorvia and Orvia.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> talks)',
      'ATTENDS(Dorvia -> talks)',
      'ATTENDS(Orvia -> talks)',
    ]);
    // "after two days of talks | with Y" with "with" hung on the verb right after the gathering.
    expect(
      triples('Anna Kovacs spoke after two days of talks with the trade ministers of Dorvia and Orvia.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Anna Kovacs -> talks)', 'ATTENDS(Dorvia -> talks)', 'ATTENDS(Orvia -> talks)']);
    // No named party, a gathering only expected, a thing after the meeting: nothing more.
    expect(triples('Talks between the two companies are expected to resume.', ['ATTENDS'])).toEqual([]);
    expect(triples('Talks between the central banks of Dorvia and Orvia may resume.', ['ATTENDS'])).toEqual([]);
    expect(triples('Anna Kovacs spoke to reporters after the meeting with great confidence.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> meeting)',
    ]);
  });
  it('reads a fronted "after / following talks with Y," the parser took for the subject as the setting', () => {
    expect(triples('After talks with Mara Velt, Dovan Relk said the deal was close.', ['ATTENDS'])).toEqual([
      'ATTENDS(Dovan Relk -> talks)',
      'ATTENDS(Mara Velt -> talks)',
    ]);
    expect(triples('Following talks with Mara Velt, Dovan Relk told reporters the deal was close.')).toEqual([
      'ATTENDS(Dovan Relk -> talks)',
      'ATTENDS(Mara Velt -> talks)',
      'STATED(Dovan Relk -> null)',
    ]);
  });
  it('puts both who met on the sidelines of a gathering at it ("met with Y on the sidelines of the summit")', () => {
    expect(triples('Ivo Marek met with Anna Kovacs on the sidelines of the summit in Lima.', ['ATTENDS'])).toEqual([
      'ATTENDS(Anna Kovacs -> summit in Lima)',
      'ATTENDS(Ivo Marek -> summit in Lima)',
    ]);
  });
  it('puts one who met someone unnamed on the sidelines of a gathering at it, the margins hung on the one met', () => {
    expect(
      triples("Dovan Relk met with Norway's foreign minister on the sidelines of the summit.", ['ATTENDS']),
    ).toEqual(['ATTENDS(Dovan Relk -> summit)']);
  });
  it('puts a person sent to a gathering at it ("sent its foreign minister, X, to the talks")', () => {
    expect(triples('Norway will send Tomas Brell, its foreign minister, to the summit in Lomé.', ['ATTENDS'])).toEqual([
      'ATTENDS(Tomas Brell -> summit in Lomé)',
    ]);
    expect(triples('Norway did not send Tomas Brell to the talks.', ['ATTENDS'])).toEqual([]);
    expect(triples('Norway sent Tomas Brell to Lomé.', ['ATTENDS'])).toEqual([]);
  });
  it('reads arriving "ahead of" a gathering as coming for it, and returning home ahead of it as not', () => {
    expect(triples('Mara Velt arrived in Lomé ahead of the summit.', ['ATTENDS'])).toEqual([
      'ATTENDS(Mara Velt -> summit)',
    ]);
    expect(triples('Mara Velt returned home ahead of the summit.', ['ATTENDS'])).toEqual([]);
  });
  it('gives no attendance to the owner of a gathering that only dates something else ("before the X\'s session")', () => {
    const dated = [
      "Producers met today but quotas will not be discussed before the Kestan Coffee Council's annual session in May.",
      "Officials met to discuss rates in preparation for the Dorvian Fund's interim committee meeting in April.",
      "Talks will continue until the Dorvian Union's summit in June.",
      "Delegates met in the run-up to the Ostrava Party's annual conference.",
      "Delegates met ahead of the Ostrava Party's annual conference.",
    ];
    for (const text of dated) expect(triples(text, ['ATTENDS'])).toEqual([]);
    // An act at it still places its actor there.
    expect(triples("Mara Velt arrived in Lomé ahead of the Dorvian Union's summit.", ['ATTENDS'])).toContain(
      'ATTENDS(Mara Velt -> summit)',
    );
    expect(triples("Mara Velt spoke at the Ostrava Party's annual conference.", ['ATTENDS'])).toContain(
      'ATTENDS(Mara Velt -> annual conference)',
    );
  });
  it('puts the one who stands in at a gathering there, not the one represented ("X was represented by Y")', () => {
    expect(triples('Norway was represented at the talks by its foreign minister, Tomas Brell.', ['ATTENDS'])).toEqual([
      'ATTENDS(Tomas Brell -> talks)',
    ]);
    expect(triples('Mara Velt will be represented at the summit by Tomas Brell.', ['ATTENDS'])).not.toContain(
      'ATTENDS(Mara Velt -> summit)',
    );
  });
  it('leaves the days of a gathering out of its name ("the March 31-April 2 meeting")', () => {
    const text = 'At the March 31-April 2 meeting, the Kestrel board discussed prices, Ivo Marek said.';
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Ivo Marek -> meeting)']);
  });
  it('gives a body no attendance at its unnamed members\' gathering ("EU leaders are holding talks")', () => {
    expect(triples('Harbour Union leaders are holding talks in Dorvia City.', ['ATTENDS'])).toEqual([]);
    expect(triples('Harbour Union farm ministers will meet on Monday.', ['ATTENDS'])).toEqual([]);
  });
  it('reads no meeting in "met with objections" (encountered a thing)', () => {
    const text = 'Anna Kovacs said she met with strong objections from some Harbour Union governments to her plan.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
    expect(triples('Anna Kovacs met with Paul Brandt on Monday.', ['ATTENDS'])).toContain(
      'ATTENDS(Paul Brandt -> meeting)',
    );
  });
  it('gives "their" to the unnamed people who are the nearer subject ("ministers ended their talks")', () => {
    const text =
      'Paul Brandt tried to find a compromise but the Daily Courier said leading ministers ended their talks ' +
      'on Monday without agreement.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
  });
  it('reads a meeting with both sides taking part', () => {
    const t = triples('Anna Kovacs met Paul Brandt in Dorvia City on Monday.');
    expect(t).toContain('ATTENDS(Anna Kovacs -> meeting)');
    expect(t).toContain('ATTENDS(Paul Brandt -> meeting)');
  });
  it('gives no attendance of talks that are only supposed', () => {
    expect(triples('The deal would open the way for talks between Anna Kovacs and Paul Brandt.')).toEqual([]);
    expect(triples('The talks between France and Italy were held in Rome on Monday.')).toEqual([
      'ATTENDS(France -> talks)',
      'ATTENDS(Italy -> talks)',
    ]);
  });
  it('gives the one in whose presence parties meet a part in the meeting', () => {
    expect(triples('Anna Kovacs will meet Paul Brandt in the presence of Tarrek Vozhani.')).toContain(
      'ATTENDS(Tarrek Vozhani -> meeting)',
    );
  });
  it('names an event without its date', () => {
    expect(triples("Anna Kovacs's Dec. 28 meeting with Paul Brandt was scheduled two weeks ago.")).toEqual([
      'ATTENDS(Anna Kovacs -> meeting)',
      'ATTENDS(Paul Brandt -> meeting)',
    ]);
  });
  it('reads a title opening the last conjunct as that name\'s ("talks between A and Premier B")', () => {
    expect(triples('Talks between Dorvian President Ula Marek and Premier Tomas Vell ended on Tuesday.')).toEqual([
      'ATTENDS(Tomas Vell -> Talks)',
      'ATTENDS(Ula Marek -> Talks)',
    ]);
    expect(
      triples('Ula Marek held talks with Foreign Minister Dan Horr and Deputy Trade Representative Tomas Vell.'),
    ).toEqual(['ATTENDS(Dan Horr -> talks)', 'ATTENDS(Tomas Vell -> talks)', 'ATTENDS(Ula Marek -> talks)']);
  });
  it('reads "X, who is in Z for the talks" and "when he is in Z for the meeting" however "for" is hung', () => {
    expect(triples('Ula Marek, who is in Karsk for talks with bankers, said the deal was close.', ['ATTENDS'])).toEqual(
      ['ATTENDS(Ula Marek -> talks)'],
    );
    expect(
      triples('Ula Marek said he would raise the issue when he is in Karsk for the Nordvik Forum meeting next week.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Ula Marek -> Nordvik Forum meeting)']);
    // Without "who is": a place and purpose apposed to the name.
    expect(triples('Ula Marek, in Karsk for talks with bankers, said the deal was close.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> talks)',
    ]);
    expect(triples('Ula Marek, in Karsk for medical treatment, said the deal was close.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ula Marek, here for talks with bankers, said the deal was close.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> talks)',
    ]);
    // Being somewhere for another purpose is no attendance.
    expect(triples('Ula Marek, who is in Karsk for medical treatment, said the deal was close.', ['ATTENDS'])).toEqual(
      [],
    );
  });
  it('places the head or a member of a delegation to a gathering at it ("X, head of Y\'s delegation to the talks")', () => {
    expect(
      triples("Ula Marek, head of Dorvia's delegation to the talks, told reporters the country would resume.", [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Ula Marek -> talks)']);
    expect(
      triples('Ula Marek, a member of the Dorvian delegation to the talks, said it would fail.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Ula Marek -> talks)']);
    expect(triples('Ula Marek is the leader of the Dorvian delegation at the summit.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> summit)',
    ]);
    // A later conjunct of the apposition, its "of" phrase hung on the first one.
    const text =
      "Ula Marek, assistant Dorvian trade representative and head of Karsk's delegation to the talks, said it failed.";
    expect(triples(text, ['ATTENDS'])).toEqual(['ATTENDS(Ula Marek -> talks)']);
    // A delegation sent nowhere named places no one.
    expect(triples('Ula Marek, head of the Dorvian delegation, said it would fail.', ['ATTENDS'])).toEqual([]);
  });
  it('reads "X, who is attending the summit, said" however the parser hangs the relative clause', () => {
    // Parsed with the relative clause a complement of "said".
    expect(
      triples('Dorvian President Ula Marek, who is attending the summit, said the deal was close.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Ula Marek -> summit)']);
    // Parsed as an adverbial relative clause of the main verb: "who" is still the name before its comma.
    expect(triples('The delegates will hear an address from Mara Velt, who this week criticised the plan.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('reads a bare sitting ("the final session") as the article\'s one gathering', () => {
    const text =
      'France and Italy ended talks in Lisbon on Friday. Ula Marek, head of the French team, spoke as he emerged from the final session.';
    expect(triples(text, ['ATTENDS'])).toEqual([
      'ATTENDS(France -> talks in Lisbon)',
      'ATTENDS(Italy -> talks in Lisbon)',
      'ATTENDS(Ula Marek -> talks in Lisbon)',
    ]);
    // With two gatherings before it, a session is neither.
    const two =
      'France and Italy ended talks in Lisbon on Friday. Ula Marek attended a summit in Porto. Tomas Vell emerged from the final session.';
    expect(triples(two, ['ATTENDS'])).toContain('ATTENDS(Tomas Vell -> session)');
  });
  it('gives a gerund after "in" the main clause\'s subject ("In opening the meeting, X said")', () => {
    expect(
      triples('In opening the meeting, Dorvian President Ula Marek said the lack of an accord hurt prices.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Ula Marek -> meeting)']);
  });
  it('gives "after attending" on a copular predicate the copula\'s subject ("X is on his way home after attending")', () => {
    expect(triples('Ula Marek is on his way to Karsk after attending a two-day conference.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> two-day conference)',
    ]);
  });
  it('reads "following" a meeting as "after" it, however the parser tags it ("spoke following a meeting with Y")', () => {
    expect(
      triples('Dorvian Foreign Minister Ula Marek spoke to reporters following a meeting with Premier Tomas Vell.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Tomas Vell -> meeting)', 'ATTENDS(Ula Marek -> meeting)']);
  });
  it('places the partner of a meeting someone goes to or attends at it ("went into a meeting with Y")', () => {
    expect(
      triples('Dorvian Foreign Minister Ula Marek went straight into a closed-door meeting with Premier Tomas Vell.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Tomas Vell -> closed-door meeting)', 'ATTENDS(Ula Marek -> closed-door meeting)']);
    expect(triples('Ula Marek attended a meeting with Tomas Vell on Monday.', ['ATTENDS'])).toEqual([
      'ATTENDS(Tomas Vell -> meeting)',
      'ATTENDS(Ula Marek -> meeting)',
    ]);
    // Not a meeting one is only asked to attend, or does not attend.
    expect(triples('Anna Brenn urged Ula Marek to attend a meeting with Tomas Vell.', ['ATTENDS'])).toEqual([]);
    expect(triples('Ula Marek did not attend a meeting with Tomas Vell.', ['ATTENDS'])).toEqual([]);
    // "spoke at the weekend": a time, and the consultations only spoken of.
    expect(
      triples('Officials spoke at the weekend of behind-the-scenes consultations with Chancellor Tomas Vell.', [
        'ATTENDS',
      ]),
    ).toEqual([]);
  });
  it('reads each event of a coordinated object ("attended the summit and the state dinner")', () => {
    expect(triples('Ula Marek attended the summit and the state dinner on Monday.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> state dinner)',
      'ATTENDS(Ula Marek -> summit)',
    ]);
    // A conjunct that is no event adds nothing.
    expect(triples('Ula Marek attended the summit and its aftermath.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> summit)',
    ]);
  });
  it('places whoever accompanies the one attending or meeting there too ("X, accompanied by Y, arrived for the talks")', () => {
    expect(
      triples('Ula Marek, accompanied by Foreign Minister Tomas Vell, arrived for the summit on Monday.', ['ATTENDS']),
    ).toEqual(['ATTENDS(Tomas Vell -> summit)', 'ATTENDS(Ula Marek -> summit)']);
    expect(
      triples('Ula Marek, who is accompanied by central bank governor Tomas Vell, met Premier Anna Brenn.', [
        'ATTENDS',
      ]),
    ).toEqual(['ATTENDS(Anna Brenn -> meeting)', 'ATTENDS(Tomas Vell -> meeting)', 'ATTENDS(Ula Marek -> meeting)']);
    // A companion says nothing the one accompanied says.
    expect(triples('Ula Marek, accompanied by Tomas Vell, said the talks failed.', ['STATED'])).toEqual([
      'STATED(Ula Marek -> null)',
    ]);
  });
  it('places one who speaks or talks to a gathering at it ("spoke to the conference")', () => {
    expect(triples('Ula Marek spoke to the annual conference of the farm union on Tuesday.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> annual conference)',
    ]);
    // Speaking to people, or about a gathering, is no attendance.
    expect(triples('Ula Marek spoke to reporters about the summit.', ['ATTENDS'])).toEqual([]);
  });
  it('places who competes or shows at a contest or fair there ("competed in the championship")', () => {
    expect(triples('The Karsk Tigers competed in the Nordvik Championship last week.', ['ATTENDS'])).toEqual([
      'ATTENDS(Karsk Tigers -> Nordvik Championship)',
    ]);
    expect(triples('Ula Marek won a gold medal at the Karsk Olympics.', ['ATTENDS'])).toEqual([
      'ATTENDS(Ula Marek -> Karsk Olympics)',
    ]);
    expect(triples('The Lumo Company exhibited its new phone at the Karsk Expo.', ['ATTENDS'])).toEqual([
      'ATTENDS(Lumo Company -> Karsk Expo)',
    ]);
    // Writing about one is no taking part.
    expect(triples('Ula Marek wrote a book about the Karsk Olympics.', ['ATTENDS'])).toEqual([]);
  });
  it('gives no meeting for "met the deadline"', () => {
    expect(triples('Orbis Widget Corp met the deadline for its filing.')).toEqual([]);
    // A cost met by a government is paid; a person met by another is a meeting.
    expect(triples('The whole cost of the programme must be met by the Government of Dorvia.')).toEqual([]);
    expect(triples('Angela Merkel was met by Emmanuel Macron at the airport.')).toEqual([
      'ATTENDS(Angela Merkel -> meeting)',
      'ATTENDS(Emmanuel Macron -> meeting)',
    ]);
  });
});

describe('quotations', () => {
  it('gives the quoted speaker\'s acts: an organisation\'s "we", a person\'s "I"', () => {
    expect(triples('"We reject the Green Union\'s demand," the Ministry of Transport said.')).toEqual([
      'REJECTED(Ministry of Transport -> Green Union)',
      'STATED(Ministry of Transport -> null)',
    ]);
    expect(triples('"I will attend the Harbour Summit," Anna Kovacs said.')).toEqual([
      'ATTENDS(Anna Kovacs -> Harbour Summit)',
      'STATED(Anna Kovacs -> null)',
    ]);
  });
  it('gives the acts of a quotation that runs on to its attributed speaker', () => {
    const text =
      '"The talks have failed," Anna Kovacs said.\n"Only the parties can end this crisis. I urge them to return to the table."';
    expect(triples(text)).toEqual(['DEMANDED(Anna Kovacs -> null)', 'STATED(Anna Kovacs -> null)']);
    // A new paragraph that names no one and opens outside quotation marks continues nothing.
    expect(triples('"The talks have failed," Anna Kovacs said.\nThe unions urge members to return.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
  });
  it('does not let an unclosed quotation hide the sentences after it', () => {
    expect(triples('Anna Kovacs called it "a disgrace.\nPaul Brandt said the vote was fair.')).toContain(
      'STATED(Paul Brandt -> null)',
    );
  });
});

describe('dates of acts', () => {
  it('dates an act by the time expression attached to its trigger, not by another date', () => {
    const x = run('Anna Kovacs said on Monday that the bonds due March 2030 would be repaid.');
    const stated = x.relations.find((r) => r.type === 'STATED')!;
    // 2021-05-12 is a Wednesday: "on Monday" is the 10th.
    expect(stated.date).toBe('2021-05-10');
    const y = run('Anna Kovacs said the bonds due March 2030 would be repaid.');
    expect(y.relations.find((r) => r.type === 'STATED')!.date).toBeNull();
  });
});

describe('precision guards', () => {
  it('reads a must-clause as a demand only on a named party other than the speaker', () => {
    expect(triples('Anna Kovacs said Veltrania must withdraw its troops.')).toContain(
      'DEMANDED(Anna Kovacs -> Veltrania)',
    );
    expect(triples('Anna Kovacs said the pension system must change.')).toEqual(['STATED(Anna Kovacs -> null)']);
    // "should" advises: no demand.
    expect(triples('Anna Kovacs said Veltrania should withdraw its troops.')).toEqual(['STATED(Anna Kovacs -> null)']);
    expect(triples('"We must be clear," Anna Kovacs said.')).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it('reads no rejection in withheld words or a hedged refusal', () => {
    expect(triples('Paul Brandt declined to say which parts of the plan would change.')).toEqual([]);
    expect(triples('The Green Union might not approve the budget.')).toEqual([]);
    expect(triples('Dorvia and Veltrania did not endorse the resolution.')).toEqual([]);
  });
  it('reads no act that a modal or an adjective of probability only makes possible ("may reject", "is likely to")', () => {
    expect(triples('Mara Velt may reject the proposal by Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt might reject the offer from Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt could reject the offer from Piet Holm.')).toEqual([]);
    expect(triples('The Ostrava Party is likely to reject the offer from Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt may call for new elections.')).toEqual([]);
    expect(triples('Mara Velt might press Piet Holm to resign.')).toEqual([]);
    expect(triples('Mara Velt could attend the Varna Summit.')).toEqual([]);
    expect(triples('Mara Velt may want to attend the Varna Summit.')).toEqual([]);
    expect(triples('Mara Velt could arrive early and attend the Varna Summit.')).toEqual([]);
    expect(triples('Mara Velt said she may reject the offer from Piet Holm.')).toEqual(['STATED(Mara Velt -> null)']);
    // A negated ability is a refusal; a scheduled or plain future is an act; another clause's modal is its own.
    expect(triples('Mara Velt could not accept the offer from Piet Holm.')).toEqual([
      'REJECTED(Mara Velt -> Piet Holm)',
    ]);
    expect(triples('Mara Velt is expected to attend the Varna Summit.')).toEqual([
      'ATTENDS(Mara Velt -> Varna Summit)',
    ]);
    expect(triples('Mara Velt is set to attend the Varna Summit.')).toEqual(['ATTENDS(Mara Velt -> Varna Summit)']);
    expect(triples('Mara Velt will reject the offer from Piet Holm.')).toEqual(['REJECTED(Mara Velt -> Piet Holm)']);
    expect(triples('Mara Velt may resign, and Piet Holm rejected the plan.')).toEqual(['REJECTED(Piet Holm -> null)']);
    // Adverbs of doubt say the same as the modals.
    expect(triples('Mara Velt will probably attend the Varna Summit.')).toEqual([]);
    expect(triples('Perhaps Mara Velt will reject the offer from Piet Holm.')).toEqual([]);
    // Light verbs and meetings alike.
    expect(triples('Mara Velt may issue an ultimatum to Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt may hold talks with Piet Holm.')).toEqual([]);
    expect(triples('Mara Velt would have held talks with Piet Holm.')).toEqual([]);
    // An act owed or advised is not done either (as "has to attend").
    expect(triples('Mara Velt should attend the Varna Summit.')).toEqual([]);
    expect(triples('Mara Velt said the Ostrava Party must reject the offer from Piet Holm.')).toEqual([
      'DEMANDED(Mara Velt -> Ostrava Party)',
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Mara Velt should not accept the offer from Piet Holm.')).toEqual([]);
    // A first person's "can" performs the act: "I can tell the council …".
    expect(triples('"I can tell the Ostrava Council that the funds were repaid," Mara Velt said.')).toContain(
      'STATED(Mara Velt -> Ostrava Council)',
    );
    expect(triples('Mara Velt can attend the Varna Summit.')).toEqual([]);
    expect(triples('"We can reject the proposal from Piet Holm," Mara Velt said.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('reads no act under a condition or in a counterfactual ("would reject it if …", "would have attended had …")', () => {
    expect(triples('Mara Velt would reject any plan from Piet Holm if it included new taxes.')).toEqual([]);
    expect(triples('Mara Velt will reject any plan from Piet Holm unless it cuts taxes.')).toEqual([]);
    expect(triples('Mara Velt will attend the Varna Summit unless Piet Holm cancels it.')).toEqual([]);
    expect(triples('Mara Velt would have attended the Varna Summit had she been invited.')).toEqual([]);
    expect(triples('Mara Velt would have rejected the offer from Piet Holm.')).toEqual([]);
    // An inverted condition opening the sentence, however the parser hangs it.
    expect(triples('Should Piet Holm resign, Mara Velt will attend the Varna Summit.')).toEqual([]);
    expect(triples('Were Piet Holm to resign, Mara Velt would reject the offer from Dorsk.')).toEqual([]);
    // "even if" concedes: the act stands.
    expect(triples('Mara Velt will attend the Varna Summit even if Piet Holm stays away.')).toEqual([
      'ATTENDS(Mara Velt -> Varna Summit)',
    ]);
  });
  it('reads no act in what a hypothetical verb would convey', () => {
    const text =
      'With Dorvia facing elections next month, he is likely to avoid anything which would imply that the ' +
      'Kestrel Bank is demanding specific changes.';
    expect(triples(text)).toEqual([]);
  });
  it('reads no statement in a financial statement', () => {
    expect(
      triples('The inquiry arose from an audit of the financial statement of the Harbour Bank of Dorvia.'),
    ).toEqual([]);
  });
  it('gives a denied clause\'s subject no part as the one rejected ("denied Kestrel was pumping …")', () => {
    expect(triples('Paul Brandt spoke.\nHe denied Kestrel was pumping above its quota.', ['REJECTED'])).toEqual([
      'REJECTED(Paul Brandt -> null)',
    ]);
  });
  it('gives a progressive with its own auxiliary no subject of the main clause', () => {
    const text =
      'At the same time the Kestrel Assembly is rejecting the plan, Paul Brandt said the Assembly would vote again.';
    expect(triples(text, ['REJECTED'])).not.toContain('REJECTED(Paul Brandt -> null)');
  });
  it('reads no rejection in refusing to speculate or to predict', () => {
    expect(triples('Paul Brandt refused to speculate on when an agreement might be reached.')).toEqual([]);
    expect(triples('Paul Brandt declined to be specific about the new offer.')).toEqual([]);
    expect(triples('Anna Kovacs refused to be drawn on the issue.')).toEqual([]);
    expect(triples('Paul Brandt declined to predict the outcome of the vote.')).toEqual([]);
  });
  it("reads no rejection in declining comment, but one in rejecting someone's comments", () => {
    expect(triples('Finance Ministry officials declined comment on the plan.')).toEqual([]);
    expect(triples("Paul Brandt rejects Ivan Petrov's latest comments about farmers.", ['REJECTED'])).toEqual([
      'REJECTED(Paul Brandt -> Ivan Petrov)',
    ]);
  });
  it('reads no demand in pushing ahead with a plan, no statement in keeping something', () => {
    const pushed =
      'The United States will act soon.\nWhite House spokesman Marlin Fitzwater said the Administration intended ' +
      'to push ahead with the plan despite strong opposition in Congress.';
    expect(triples(pushed, ['DEMANDED'])).toEqual([]);
    const kept =
      'Brazil wanted to maintain the previous export quota shares, but consumers pressed for shares to be ' +
      'redistributed using "objective criteria," which would have threatened its share.';
    expect(triples(kept, ['STATED'])).toEqual([]);
  });
  it('reads no statement in a statement named only as a point in time or a reference', () => {
    expect(triples('Prices rose after the Ostrava Party statement in March.')).toEqual([]);
    expect(triples('Trade talks began after a declaration by Mara Velt last year.')).toEqual([]);
    expect(triples('The tariffs were cut in line with the Ostrava Party statement.')).toEqual([]);
    // Its content reported, or the statement speaking, it is a statement still.
    expect(triples("After Mara Velt's statement that prices would rise, markets fell.")).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Mara Velt issued a statement after the vote.')).toEqual(['STATED(Mara Velt -> null)']);
  });
  it('reads "it" before a passive and its that-clause as no one ("it must be understood that X must …")', () => {
    const text =
      'Ardo Corp will close its plant in Velmar next year. "Although we hope to keep talking with the workers, ' +
      'it must be understood that the Kestan Union must keep its promises," Ardo chief Ilo Brask said.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Ilo Brask -> Kestan Union)']);
  });
  it('gives a verb of saying right after "after/before the X report" the report\'s speaker, not the main subject', () => {
    expect(
      triples('Tomas Brell lost support after the Halvik Commission report said he had failed to control the deals.', [
        'STATED',
      ]),
    ).toEqual(['STATED(Halvik Commission -> null)']);
    // A true conjunct, with its conjunction, shares the main subject.
    expect(triples('Tomas Brell met Ilo Brask after the summit and said he had failed.', ['STATED'])).toEqual([
      'STATED(Tomas Brell -> null)',
    ]);
  });
  it('gives a demand in a bare clause after a verb of saying to the clause\'s subject ("contended the Ostrava Party was applying pressure")', () => {
    expect(
      triples('Senator Mara Velt has contended the Ostrava Party was applying pressure on the Kestan Union.', [
        'DEMANDED',
      ]),
    ).toEqual(['DEMANDED(Ostrava Party -> Kestan Union)']);
    // A true conjunct keeps the speaker as its subject.
    expect(
      triples('Senator Mara Velt criticised the Ostrava Party and was applying pressure on the Kestan Union.', [
        'DEMANDED',
      ]),
    ).toEqual(['DEMANDED(Mara Velt -> Kestan Union)']);
  });
  it('reads no statement in a speech others only say something of ("X\'s speech was discreet")', () => {
    expect(triples("Ivo Brandt's opening speech last week was discreet and appropriate, a deputy said.")).toEqual([]);
    const emerge =
      "A diplomat said Ivo Brandt's keynote speech could emerge in slightly amended form at the end of the session.";
    expect(triples(emerge)).toEqual([]);
    // Parsed with the speech the object of "saying" and the clause after it subjectless.
    const quoted =
      "Although another deputy was quoted by the agency as saying Ivo Brandt's opening speech last week was " +
      '"discreet, fair, broad and assuring," others said the government had spent too much.';
    expect(triples(quoted)).toEqual([]);
    // Given to someone, with its content, or speaking itself, it is a statement still.
    expect(triples("Ivo Marek's speech to the conference lasted an hour.", ['STATED'])).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples("Mara Velt's statement that prices would rise worried the markets.")).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('reads no statement not yet made', () => {
    expect(triples('Anna Kovacs will announce an aid package on Friday.')).toEqual([]);
  });
  it('reads no statement in an aspectual "continued to"', () => {
    expect(triples('The Green Union continued to oppose the plan.')).toEqual(['REJECTED(Green Union -> null)']);
    expect(triples('Anna Kovacs promised to cut fares.')).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it('reads no demand in a forecast with "should"', () => {
    expect(triples('Anna Kovacs said Orbis Widget Corp should reach a profit next year.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
  });
  it('places only a speaker at an event by "after" ("stepped down after the summit" attends nothing)', () => {
    const text =
      'Some analysts said Ivan Petrov may be forced to step down after the June summit of the Harbour Council.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
  });
  it('reads no attendance in a presence a negated description or a modal only supposes, and none for the one welcoming it', () => {
    const described =
      'Velna Union president Mara Velt arrived on Monday. The presence of the Velna Union president at a ' +
      'Kestan Council meeting is not a tradition, Velt said.';
    expect(triples(described, ['ATTENDS'])).toEqual([]);
    expect(
      triples('Ivo Darel said the presence of Mara Velt at the Velna summit would be a provocation.', ['ATTENDS']),
    ).toEqual([]);
    expect(triples('Ivo Darel welcomed the presence of Mara Velt at the Kestan Council meeting.', ['ATTENDS'])).toEqual(
      [],
    );
    // A presence that happened, whatever it caused.
    expect(triples("Ivo Darel's attendance at the Velna summit angered Mara Velt.", ['ATTENDS'])).toEqual([
      'ATTENDS(Ivo Darel -> Velna summit)',
    ]);
  });
  it('places a speaker at an event only by a phrase of the speech act, not of what is said', () => {
    const text =
      'Paul Brandt said the presence of the UFC president at an ILO executive board meeting is not a custom.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
    expect(triples('Paul Brandt said at the Harbour Council meeting that prices would rise.', ['ATTENDS'])).toEqual([
      'ATTENDS(Paul Brandt -> Harbour Council meeting)',
    ]);
    const told =
      'But Anna Kovacs, in reply to a question, told reporters after an informal Harbour Union trade ' +
      "ministers' meeting here that other issues apart from the budget stood in the way of a deal.";
    expect(triples(told, ['ATTENDS'])).toContain(
      "ATTENDS(Anna Kovacs -> informal Harbour Union trade ministers' meeting)",
    );
  });
  it('places no body at a meeting of its unnamed ministers or leaders ("an X finance ministers\' meeting")', () => {
    const text =
      "Anna Kovacs told reporters after an informal Harbour Union finance ministers' meeting that rates would fall.";
    // (The plural possessor names the kind of gathering: "finance ministers' meeting".)
    expect(triples(text, ['ATTENDS'])).toEqual([
      "ATTENDS(Anna Kovacs -> informal Harbour Union finance ministers' meeting)",
    ]);
    expect(triples("Paul Brandt spoke after the Harbour Union's leaders' meeting.", ['ATTENDS'])).toEqual([
      "ATTENDS(Paul Brandt -> Harbour Union's leaders' meeting)",
    ]);
  });
  it('names no event from a headline in capitals', () => {
    const x = extractArticle({
      id: 't',
      title: 'COFFEE CONFERENCE ENDS WITH CALL TO CONTINUE TALKS',
      text: 'The meeting was attended by Paul Brandt and Ivan Petrov.',
      date: '2021-05-12',
    });
    expect(x.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(['meeting']);
  });
  it('places no one at an event by a willingness to take part ("would be willing to participate in talks")', () => {
    const text =
      'Paul Brandt said he would be willing to participate personally in any negotiations with the Assembly.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
  });
  it('reads no act in a wish or a willingness ("would be happy to meet", "would like to attend")', () => {
    expect(triples('Paul Brandt says he would be happy to meet Ivan Petrov.', ['ATTENDS'])).toEqual([]);
    expect(triples('Paul Brandt would like to attend the Harbour Summit.', ['ATTENDS'])).toEqual([]);
  });
  it('gives no attendance of a meeting only proposed ("his proposal for a summit between A and B")', () => {
    const text =
      'Paul Brandt said he had been in touch with officials on his proposal for an economic summit between the ' +
      'Kestrel Assembly and the Harbour Council.';
    expect(triples(text, ['ATTENDS'])).toEqual([]);
  });
  it('gives no attendance of meetings spoken of in general', () => {
    expect(triples('Paul Brandt attends meetings of the Green Union every month.')).toEqual([]);
    expect(triples('Paul Brandt attended the meetings in Rome.')).toEqual(['ATTENDS(Paul Brandt -> meetings in Rome)']);
  });
  it('reads no rejection in firing someone, no statement in making sure', () => {
    expect(triples('Orbis Widget Corp dismissed the head of its currency desk, Paul Brandt.')).toEqual([]);
    expect(triples('The Green Union defeated the motion, virtually assuring the aid will go through.')).toEqual([]);
  });
  it('reads no act that is only permitted', () => {
    expect(triples('The deal would allow Anna Kovacs to claim a modest victory.')).toEqual([]);
  });
  it('never makes a city an attendee', () => {
    expect(triples('Dorvia City hosted the Harbour Summit.')).toEqual([]);
  });
  it('lets a place no gazetteer knows attend when the sentence makes it the actor', () => {
    expect(triples('Kestan will attend the summit.')).toEqual(['ATTENDS(Kestan -> summit)']);
    expect(triples('Kestan and Dorvia held talks in Lund.')).toEqual([
      'ATTENDS(Dorvia -> talks)',
      'ATTENDS(Kestan -> talks)',
    ]);
    expect(triples('Officials from Kestan attended the meeting.')).toEqual(['ATTENDS(Kestan -> meeting)']);
    // A name of settlement shape hosts, it does not attend.
    expect(triples('Lund City will host the summit.')).toEqual([]);
  });
  it("reads no demand in a reporter's request for comment", () => {
    expect(triples('The Green Union did not respond to a request by the Daily Courier for comment.')).toEqual([]);
    expect(triples('The Daily Courier asked the Green Union for comment.')).toEqual([]);
    // "for comment" hung by the parser on the verb the request depends on.
    expect(triples('Lawyers for Tom Hale did not respond to requests from the Daily Lantern for comment.')).toEqual([]);
  });
  it('reads asking for facts (names, details, the identity of …) as a question, no demand', () => {
    expect(triples('Mara Velt turned to one of her advisers to ask for the names of the banks.')).toEqual([]);
    expect(triples('Mara Velt asked the Kestani ministry for details of the plan.')).toEqual([]);
    expect(triples("Mara Velt's request for details of the plan went unanswered.")).toEqual([]);
    // An act asked for, or a thing to be done, is a demand.
    expect(triples('Mara Velt asked for the names of the ministers to be published.')).toEqual([
      'DEMANDED(Mara Velt -> null)',
    ]);
    expect(triples('Mara Velt asked for the resignation of Piet Orlo.')).toEqual(['DEMANDED(Mara Velt -> Piet Orlo)']);
  });
  it('gives no place that is no state the act of an infinitive the parser hung on it', () => {
    expect(
      triples(
        "Ana Ruiz attended a rally Thursday by media workers at Havana's Palace of Conventions to demand Ivo Marek's return.",
      ),
    ).toEqual(['ATTENDS(Ana Ruiz -> rally)']);
  });
  it('gives "the English-language daily" no speaker: a language adjective names no one', () => {
    expect(triples('The English-language daily said exports had to grow.')).toEqual([]);
  });
  it('reads no statement in saying nothing, and one in saying that nothing will change', () => {
    expect(triples('Kenya said nothing about the plan.')).toEqual([]);
    expect(triples('Tom Hale has said nothing publicly.')).toEqual([]);
    expect(triples('Tom Hale said nothing would change.')).toEqual(['STATED(Tom Hale -> null)']);
  });
  it('reads no verdict in a possibility raised', () => {
    expect(triples('Anna Kovacs warned that the Harbour Accord could be illegal.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
  });
});

describe('arguments', () => {
  it('gives the one warned or assured as the addressee of what is said', () => {
    expect(triples('Anna Kovacs warned Paul Brandt that the vote could fail.')).toEqual([
      'STATED(Anna Kovacs -> Paul Brandt)',
    ]);
  });
  it("takes a nominal act's possessor as its author, whoever reports it", () => {
    expect(triples("The Daily Courier published Veltrania's demands on Monday.")).toEqual([
      'DEMANDED(Veltrania -> null)',
    ]);
  });
  it('reads "took turns rejecting" as each party rejecting, each titled name with its own "of" phrase', () => {
    expect(
      triples('President Tom Hale of Kenya and President Ana Ruiz of Uganda took turns rejecting the proposal.'),
    ).toEqual(['REJECTED(Ana Ruiz -> null)', 'REJECTED(Tom Hale -> null)']);
  });
  it('reads an auxiliary that wire copy capitalised after "U.S." as the verb it is', () => {
    expect(triples('The U.S. Will also press Kenya to lower its tariffs.')).toEqual(['DEMANDED(U.S. -> Kenya)']);
    expect(triples('Kenya refused to allow British-based U.S. Planes to overfly its territory.')).toEqual([
      'REJECTED(Kenya -> U.S.)',
    ]);
  });
  it('reads every subject of "neither A nor B", "A as well as B", "A, along with B", "A and his counterpart B"', () => {
    expect(triples('Neither Kenya nor Uganda accepted the plan.')).toEqual([
      'REJECTED(Kenya -> null)',
      'REJECTED(Uganda -> null)',
    ]);
    expect(triples('Neither Kenya nor Uganda attended the summit in Nairobi.', ['ATTENDS'])).toEqual([]);
    expect(triples('Kenya as well as Uganda rejected the plan.')).toEqual([
      'REJECTED(Kenya -> null)',
      'REJECTED(Uganda -> null)',
    ]);
    expect(triples('Kenya, along with Uganda, rejected the plan.')).toEqual([
      'REJECTED(Kenya -> null)',
      'REJECTED(Uganda -> null)',
    ]);
    expect(triples('Tom Hale and his Ugandan counterpart Ana Ruiz rejected the plan.')).toEqual([
      'REJECTED(Ana Ruiz -> null)',
      'REJECTED(Tom Hale -> null)',
    ]);
  });
  it('reads "A and its creditors" parsed as two subjects with "and" on the second as one coordination', () => {
    expect(triples('France and its creditors completed another round of talks.')).toEqual(['ATTENDS(France -> talks)']);
    expect(triples('Dorvia and its creditors rejected the plan.')).toEqual(['REJECTED(Dorvia -> null)']);
  });
  it('reads the speaker of "Oskar Lind, speaking at …, said" whose first name no list has', () => {
    expect(triples('Oskar Lind, speaking at a news conference in Tallon, said the plan was dead.', ['STATED'])).toEqual(
      ['STATED(Oskar Lind -> null)'],
    );
    expect(triples('Oskar Lind, who chaired the lengthy meeting, said the talks had failed.')).toEqual([
      'ATTENDS(Oskar Lind -> meeting)',
      'STATED(Oskar Lind -> null)',
    ]);
  });
  it('reads opposition and objections from or to something as rejections, not the opposition parties', () => {
    expect(triples('The plan failed because of opposition from Britain and West Germany.')).toEqual([
      'REJECTED(Britain -> null)',
      'REJECTED(West Germany -> null)',
    ]);
    expect(triples("Opposition from the Kenyan government to Uganda's proposal was fierce.")).toEqual([
      'REJECTED(Kenyan government -> Uganda)',
    ]);
    expect(triples("Britain's objections to the plan of Oskar Lind delayed the vote.")).toEqual([
      'REJECTED(Britain -> Oskar Lind)',
    ]);
    expect(triples("Kenya's opposition parties rejected the budget.", ['REJECTED'])).toEqual([]);
    expect(triples('The opposition leader Mara Stein said the plan was dead.', ['REJECTED'])).toEqual([]);
  });
  it('reads no demand or rejection that is taken back ("withdrew its objections", "dropped its demand")', () => {
    expect(triples('Kenya withdrew its objections to the plan.')).toEqual([]);
    expect(triples('Kenya dropped its demand for compensation from Uganda.')).toEqual([]);
    expect(triples('Kenya lifted its veto of the resolution.')).toEqual([]);
  });
  it('takes "the party" for the body last in focus as a subject, not one named in passing since', () => {
    const text =
      'The Dorvian Labour Party said it would cut taxes. The currency was floated by the Green Party in 1985. ' +
      'The party said interest rates would fall.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Dorvian Labour Party -> null)']);
  });
  it('reads "the president of the central bank" as the head of that body, never the state\'s president', () => {
    expect(
      triples(
        'Peruvian President Alan Garcia visited Mexico last week. ' +
          'Miguel Mancera held talks with the president of the Peruvian central bank.',
        ['ATTENDS'],
      ),
    ).toEqual(['ATTENDS(Miguel Mancera -> talks)']);
    expect(
      triples(
        'Senate Finance Committee chairman Lloyd Bentsen spoke on Monday. ' +
          'The chairman of the Senate committee said he was concerned.',
      ),
    ).toEqual(['STATED(Lloyd Bentsen -> null)']);
  });
  it('places whoever unnamed people meet or hold talks with at the gathering', () => {
    expect(triples('Union leaders held talks with Labour Minister Oskar Lind on Monday.')).toEqual([
      'ATTENDS(Oskar Lind -> talks)',
    ]);
    expect(triples('A delegation of bankers met Finance Minister Oskar Lind in Tallon.', ['ATTENDS'])).toEqual([
      'ATTENDS(Oskar Lind -> meeting)',
    ]);
    // Nobody named: no gathering of unnamed members alone.
    expect(triples('EU leaders are holding talks in Brussels.')).toEqual([]);
  });
  it('reads no attendance in an invitation turned down, with the infinitive hung on the verb', () => {
    expect(triples('Oskar Lind turned down an invitation from Mara Stein to attend the summit.')).toEqual([
      'REJECTED(Oskar Lind -> summit)',
    ]);
  });
  it('reads the named examples of a plural subject without commas ("leaders including A attended")', () => {
    expect(triples('Leaders including Prime Minister Oskar Lind attended the summit in Tallon.', ['ATTENDS'])).toEqual([
      'ATTENDS(Oskar Lind -> summit in Tallon)',
    ]);
    expect(triples('Officials including Oskar Lind and Mara Stein said the plan was dead.')).toEqual([
      'STATED(Mara Stein -> null)',
      'STATED(Oskar Lind -> null)',
    ]);
    expect(triples('Ministers such as Oskar Lind rejected the plan.')).toEqual(['REJECTED(Oskar Lind -> null)']);
  });
  it('takes the name apposed to "X\'s leading union" as the speaker, not X', () => {
    expect(triples("Kenya's leading farmers' union, the KFU, said the cuts were unacceptable.")).toEqual([
      'STATED(KFU -> null)',
    ]);
  });
  it('reads a statement someone must or should make as owed, not made', () => {
    expect(
      triples('The government of Kenya must announce harsh cuts, the Kenya Commercial Bank said.', ['STATED']),
    ).toEqual(['STATED(Kenya Commercial Bank -> null)']);
    expect(
      triples('The government of Kenya must announce cuts in its May 14 statement, the Kenya Commercial Bank said.', [
        'STATED',
      ]),
    ).toEqual(['STATED(Kenya Commercial Bank -> null)']);
  });
  it('reads declining to put a figure or a date on something as withholding it, not as a rejection', () => {
    expect(triples('Tom Hale declined to put figures on possible contracts.')).toEqual([]);
    expect(triples('Tom Hale refused to put the plan to a vote.')).toEqual(['REJECTED(Tom Hale -> null)']);
  });
  it('reads the parts of a firm named with commas after "of" as the firm, not as further speakers', () => {
    expect(triples('John Weinberg of Goldman, Sachs and Co said the market would rise.')).toEqual([
      'STATED(John Weinberg -> null)',
    ]);
  });
  it('reads every party of "the leaders of A, B and C"', () => {
    expect(triples('The leaders of France, Italy and Spain rejected the plan.')).toEqual([
      'REJECTED(France -> null)',
      'REJECTED(Italy -> null)',
      'REJECTED(Spain -> null)',
    ]);
  });
  it('takes the agent of a participle that has no subject', () => {
    expect(triples("Anna Kovacs's plan, rejected by the Green Union on Monday, is dead.")).toEqual([
      'REJECTED(Green Union -> Anna Kovacs)',
    ]);
    expect(triples('Paul Brandt praised the report, written by Anna Kovacs, and said it was "fair".')).not.toContain(
      'STATED(Anna Kovacs -> null)',
    );
  });
  it('takes the noun phrase after a fronted phrase as the subject the parser hung elsewhere', () => {
    // Parsed with "Mr. Xi" as an apposition of "year".
    expect(
      triples('Since earlier this year, Mr. Xi and other leaders have said cutting that output must be a key part.'),
    ).toEqual(['STATED(Xi -> null)']);
  });
  it("reads a subject after a fronted phrase and its comma as no object of that phrase's preposition", () => {
    // The comma closing "During the summit," hangs on the subject; the preposition governs no part of it.
    expect(triples('During the summit, French President Ilan Maro called for peace.')).toEqual([
      'ATTENDS(Ilan Maro -> summit)',
      'DEMANDED(Ilan Maro -> null)',
    ]);
  });
  it('takes the person apposed to "the governor of X" as its holder, not the place that has the title', () => {
    expect(triples('The Governor of Wexmoor, Tilda Harrow, said the museum was ready.')).toEqual([
      'STATED(Tilda Harrow -> null)',
    ]);
  });
  it('takes a body closing the sentence as the speaker, not the place it was parsed as apposed to', () => {
    expect(
      triples(
        'Tom Hale will head the U.S. delegation to the meeting in Nairobi, Kenya June 8-11, the U.S. Agriculture Department said.',
        ['STATED'],
      ),
    ).toEqual(['STATED(U.S. Agriculture Department -> null)']);
  });
  it('reads a closing reporting clause however the parser hung it (", X told Reuters.", ", X, a Y, warned.")', () => {
    // Parsed with "told" an infinitive complement of "have": a finite verb is no infinitive.
    expect(triples('The banks have about 10 mln dlrs of exposure, deputy manager Ivo Marek told Reuters.')).toEqual([
      'STATED(Ivo Marek -> Reuters)',
    ]);
    expect(
      triples(
        'Farm subsidies and protectionist moves threaten healthy trade, Anna Brenn, Dorvian minister of ' +
          'Agriculture, Fisheries and Food, warned.',
      ),
    ).toEqual(['STATED(Anna Brenn -> null)']);
    // Parsed with "told" an adjective of "journalists", and a title with its own "and".
    expect(
      triples(
        'Dorvia expects the ratio to peak at the current level of 41 pct, Development Supervision Minister ' +
          'Ivo Marek told journalists.',
      ),
    ).toEqual(['STATED(Ivo Marek -> null)']);
    expect(
      triples(
        'The strategy is best tackled with a targeted approach, Resources and Energy Minister Ivo Marek told a meeting here.',
      ),
    ).toContain('STATED(Ivo Marek -> null)');
  });
  it('reads telling a body as a statement ("told a Senate subcommittee that …")', () => {
    expect(triples('Director Ivo Marek told a Senate Agriculture subcommittee that the plan had failed.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
  });
  it('reads a demonym, a portfolio and a body in lower case as that body ("the French finance ministry said")', () => {
    expect(triples('Aid will rise, the French finance ministry said in a statement.')).toEqual([
      'STATED(French finance ministry -> null)',
    ]);
    expect(triples('The Japanese trade ministry said the talks had failed.')).toEqual([
      'STATED(Japanese trade ministry -> null)',
    ]);
  });
  it('reads "a spokesman for X said" as X speaking when the parser makes "for X" a clause', () => {
    expect(triples('A spokesman for Anna Brenn said the plan had failed.')).toEqual(['STATED(Anna Brenn -> null)']);
  });
  it('takes the holder of a title of a place, however the parser hung the place ("Governor of X Name said")', () => {
    expect(triples('Governor of Oregon Anna Harrow said the museum was ready.')).toEqual([
      'STATED(Anna Harrow -> null)',
    ]);
  });
  it('takes a name the parser apposed to the date of a fronted phrase as the subject ("on May 2, 2006 X said")', () => {
    expect(
      triples(
        'In an address to parliament on May 2, 2006 Tom Hale, the Kenyan president, sharply criticized the US government.',
        ['STATED'],
      ),
    ).toEqual(['STATED(Tom Hale -> null)']);
  });
  it('takes an apposition the parser gave a fronted phrase ("In a statement, the mayor, X, said") as the subject', () => {
    expect(triples('In a statement, the Governor of Wexmoor, Tilda Harrow, said the museum was ready.')).toEqual([
      'STATED(Tilda Harrow -> null)',
    ]);
    expect(triples('In an interview, the mayor, Tilda Harrow, said the museum was ready.')).toEqual([
      'STATED(Tilda Harrow -> null)',
    ]);
  });
  it('reads an acronym the tagger takes for a pronoun ("a WHO spokeswoman")', () => {
    expect(triples('A WHO spokeswoman in Geneva said on Tuesday the agency had no comment.')).toEqual([
      'STATED(WHO -> null)',
    ]);
  });
  it('takes the subject nearest the verb when a dateline is parsed as a second one', () => {
    expect(triples('PEKING, March 3 - China called on the United States to remove curbs on its exports.')).toEqual([
      'DEMANDED(China -> United States)',
    ]);
  });
  it('reads a country the tagger would take for an adverb ("Italy") as the speaker', () => {
    expect(triples('Italy came down on Switzerland, saying the Swiss must resolve the issue.')).toContain(
      'STATED(Italy -> null)',
    );
  });
  it('resolves "the Government" to the state of a sentence with no trigger before it', () => {
    expect(
      triples('France faces a deep slump.\nPaul Brandt called on the Government to issue construction bonds.'),
    ).toEqual(['DEMANDED(Paul Brandt -> France)']);
  });
  it('resolves "they" to the coordinated subject of the sentence before', () => {
    expect(
      triples('Anna Kovacs and Paul Brandt met in Rome on Monday. They called on France to withdraw its troops.', [
        'DEMANDED',
      ]),
    ).toEqual(['DEMANDED(Anna Kovacs -> France)', 'DEMANDED(Paul Brandt -> France)']);
  });
  it('takes the body a kind noun names for the speaker ("the news agency X said", X hung as flat)', () => {
    expect(triples('The news agency Telam said the deal was done.')).toEqual(['STATED(Telam -> null)']);
  });
  it('reads "the X chief" / "the head of X" as the article\'s one person titled in X, never the body', () => {
    expect(
      triples('Kestrel Bank Director Ivo Marek visited Paris. The Kestrel Bank chief said the deal was done.'),
    ).toEqual(['STATED(Ivo Marek -> null)']);
    expect(
      triples('Kestrel Bank Director Ivo Marek visited Paris. The head of Kestrel Bank said the deal was done.'),
    ).toEqual(['STATED(Ivo Marek -> null)']);
    // The head of a body is a person, not the body's voice (its spokesman is); a country's leader
    // stands for the state.
    expect(triples('Ivo Marek visited Paris. The Kestrel Bank chief said the deal was done.')).toEqual([]);
    expect(triples('The head of the Dorvian Steel Corporation urged the government to cut taxes.')).toEqual([]);
    expect(triples('The director of the Kestan Institute for Peace said the war would end.')).toEqual([]);
    expect(triples('The chief of the Dorvian Workers Union rejected the offer.')).toEqual([]);
    expect(triples("The Ostrava Party's leader said the talks had failed.")).toEqual([]);
    expect(triples('A spokesman for the Ostrava Party said the vote was unfair.')).toEqual([
      'STATED(Ostrava Party -> null)',
    ]);
    expect(triples('The leader of Kestrel said the talks had failed.')).toEqual(['STATED(Kestrel -> null)']);
    expect(triples('Dorvian Workers Union leaders rejected the offer.')).toEqual([
      'REJECTED(Dorvian Workers Union -> null)',
    ]);
    // The person named after the comma is the head meant, however the parser hung the name.
    expect(triples('"We will act," Mara Velt told its chief, Tovar Lenk, in a letter.')).toEqual([
      'STATED(Mara Velt -> Tovar Lenk)',
    ]);
    // Capitalised, the title parsed as a compound of the body's last word: still the title's.
    expect(
      triples('The Governor of the Central Bank of Lurvian States (CBLS) urged that the bank should be involved.'),
    ).toEqual([]);
    expect(triples('The Director of the Kestan Institute for Peace said the war would end.')).toEqual([]);
    // The body a title governs with "of", its acronym in brackets allowed.
    expect(
      triples(
        'Director of the Kestrel Trade Agency (KTA) Ivo Marek visited Paris. The KTA chief said the deal was done.',
      ),
    ).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it("reads some of a body's members, counted or quantified, as members speaking, not the body", () => {
    expect(triples('Several Dorvian Workers Union leaders rejected the offer.')).toEqual([]);
    expect(triples('Two Ostrava Party ministers said the talks had failed.')).toEqual([]);
    expect(triples('Mara Velt said some Ostrava Party leaders told her they could not pay.')).toEqual([
      'STATED(Mara Velt -> null)',
    ]);
  });
  it('lets a delegation or mission led by a named person act through its leader', () => {
    expect(triples('The delegation, led by Ivo Marek, said the talks had failed.')).toEqual([
      'STATED(Ivo Marek -> null)',
    ]);
    expect(triples('The mission, headed by Ivo Marek, met Finance Ministry secretary Anna Brenn.')).toEqual([
      'ATTENDS(Anna Brenn -> meeting)',
      'ATTENDS(Ivo Marek -> meeting)',
    ]);
  });
  it('reads two bodies\' names joined by "and" as two subjects however the parser hung them', () => {
    expect(triples('The Tarn Workers Union and Kestan Motors Corp agreed to resume talks.', ['ATTENDS'])).toEqual([
      'ATTENDS(Kestan Motors Corp -> talks)',
      'ATTENDS(Tarn Workers Union -> talks)',
    ]);
    expect(triples('The Tarn Workers Union and Kestan Motors Corp resumed talks.', ['ATTENDS'])).toEqual([
      'ATTENDS(Kestan Motors Corp -> talks)',
      'ATTENDS(Tarn Workers Union -> talks)',
    ]);
    expect(triples('The Tarn Auto Workers and Kestan Motors Corp agreed to resume talks.', ['ATTENDS'])).toEqual([
      'ATTENDS(Kestan Motors Corp -> talks)',
      'ATTENDS(Tarn Auto Workers -> talks)',
    ]);
    // The second name's first word read as an adjective of the next ("Dorvian | Motors").
    expect(triples('The Tarn Auto Workers and Dorvian Motors Corp agreed to resume talks.', ['ATTENDS'])).toEqual([
      'ATTENDS(Dorvian Motors Corp -> talks)',
      'ATTENDS(Tarn Auto Workers -> talks)',
    ]);
  });
  it('reads two titled names joined by "and" as two speakers however flat the parse', () => {
    expect(
      triples(
        'House Speaker Jim Wright and Senate Majority Leader Robert Byrd told a news conference that approval was near.',
      ),
    ).toEqual(['STATED(Jim Wright -> null)', 'STATED(Robert Byrd -> null)']);
  });
  it('gives the one a speaker was speaking to as the addressee ("Speaking to X, Y said")', () => {
    expect(triples('Speaking to the Atlantic Council, Anna Brenn said the deal was done.')).toEqual([
      'STATED(Anna Brenn -> Atlantic Council)',
    ]);
    expect(triples('Speaking in Paris, Anna Brenn said the deal was done.')).toEqual(['STATED(Anna Brenn -> null)']);
  });
  it('takes the one "cited" or "reported as saying" as the speaker, and a person\'s statement as theirs', () => {
    expect(triples('Anna Brenn was cited as saying the plan had failed.')).toEqual(['STATED(Anna Brenn -> null)']);
    expect(triples('Anna Brenn was reported as saying the plan had failed.')).toEqual(['STATED(Anna Brenn -> null)']);
    expect(triples("Anna Brenn's statement said the plan had failed.")).toEqual(['STATED(Anna Brenn -> null)']);
    // A person's aides speak for themselves.
    expect(triples("Anna Brenn's aides said the plan had failed.")).toEqual([]);
  });
  it('takes the one "quoted as saying" as the speaker, in the passive too', () => {
    expect(triples('Anna Brenn was quoted as saying the plan had failed.')).toEqual(['STATED(Anna Brenn -> null)']);
    expect(triples('The Kestrel Times quoted Anna Brenn as saying the plan had failed.')).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
  });
  it('resolves the subject of a clause asked for to anyone but the one asking ("X called for him to step down")', () => {
    expect(
      triples(
        'Tom Hale has often criticized Ana Ruiz for failing to condemn Ivo Marek, and has repeatedly called for him to step down.',
        ['DEMANDED'],
      ),
    ).toEqual(['DEMANDED(Tom Hale -> Ivo Marek)']);
    expect(triples('Tom Hale has repeatedly called for him to step down.')).toEqual(['DEMANDED(Tom Hale -> null)']);
  });
  it('resolves an object pronoun to anyone but the subject of its own verb ("X urged her" is never X)', () => {
    // "Ivo" is no known first name: only the clause, not gender, rules him out.
    expect(triples('Anna Brenn spoke on Monday. Ivo Marek urged her to resign.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
    expect(triples('Ivo Marek urged her to resign.', ['DEMANDED'])).toEqual(['DEMANDED(Ivo Marek -> null)']);
    // Nor the understood subject of a participle.
    expect(triples('Ivo Marek wrote to Anna Brenn, asking her to resign.', ['DEMANDED'])).toEqual([
      'DEMANDED(Ivo Marek -> Anna Brenn)',
    ]);
  });
  it('resolves the possessor of a proposal its clause rejects to anyone but the rejecter ("Y refused her request")', () => {
    expect(triples('Mara Velt said that Piet Holm refused her request.')).toEqual([
      'DEMANDED(Mara Velt -> Piet Holm)',
      'REJECTED(Piet Holm -> Mara Velt)',
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Mara Velt met Piet Holm, who did not accept her offer.', ['REJECTED'])).toEqual([
      'REJECTED(Piet Holm -> Mara Velt)',
    ]);
    // No other agreeing candidate: the rejection keeps no target and asks nothing of the rejecter.
    expect(triples('Mara Velt said that Piet Holm refused his request.')).toEqual([
      'REJECTED(Piet Holm -> null)',
      'STATED(Mara Velt -> null)',
    ]);
    // So is whoever ignores or gives in to the proposal.
    expect(triples('Mara Velt said that Piet Holm ignored her demands.')).toEqual([
      'DEMANDED(Mara Velt -> Piet Holm)',
      'STATED(Mara Velt -> null)',
    ]);
    expect(triples('Mara Velt said that Piet Holm complied with her demands.')).toEqual([
      'DEMANDED(Mara Velt -> Piet Holm)',
      'STATED(Mara Velt -> null)',
    ]);
    // "own" binds the possessive to the rejecter: the rejection stands with no target.
    expect(triples('Mara Velt said that Piet Holm rejected his own proposal.')).toEqual([
      'REJECTED(Piet Holm -> null)',
      'STATED(Mara Velt -> null)',
    ]);
    // Withdrawing one's own proposal answers no one.
    expect(triples('Mara Velt said that Piet Holm withdrew his proposal.')).toEqual(['STATED(Mara Velt -> null)']);
  });
  it('gives a sentence-final ", saying" to the main clause when the parser hangs it inside a complement', () => {
    expect(
      triples(
        'French Social Affairs and Labour Minister Anna Kovacs renewed a dispute over whether France is changing course, saying growth was possible.',
      ),
    ).toEqual(['STATED(Anna Kovacs -> null)']);
  });
  it('reads "called for X to …" and a participle after a comma as the speaker\'s own act', () => {
    expect(
      triples('Anna Kovacs met Paul Brandt on Monday. She has repeatedly called for him to step down.', ['DEMANDED']),
    ).toEqual(['DEMANDED(Anna Kovacs -> Paul Brandt)']);
    expect(
      triples(
        'Anna Kovacs arrived in Rome on Monday. "Justice takes time," she said, asking Paul Brandt to be patient.',
      ),
    ).toEqual(['DEMANDED(Anna Kovacs -> Paul Brandt)', 'STATED(Anna Kovacs -> null)']);
  });
  it('reads the person in "according to <title> <name>," and one apposed after its comma', () => {
    expect(triples('According to Afghan Ambassador to the United States Anna Brenn, the team shows progress.')).toEqual(
      ['STATED(Anna Brenn -> null)'],
    );
    expect(triples("According to the team's coach, Anna Brenn, in their first match, the robot scored.")).toEqual([
      'STATED(Anna Brenn -> null)',
    ]);
    // The main clause's subject after the comma is no apposition.
    expect(triples("According to the paper's sources, Anna Brenn will avoid the photo.")).toEqual([]);
  });
  it('ends "according to A and B" at its comma', () => {
    expect(triples('According to the Daily Courier and Radio Dorvia, Anna Kovacs is the leader.')).toEqual([
      'STATED(Daily Courier -> null)',
      'STATED(Radio Dorvia -> null)',
    ]);
  });
  it("reads the main clause after a subordinate one as the sentence's core", () => {
    // Parsed with "met" as the root and the main clause hanging under it.
    expect(triples('As the ministers met in Dorvia City, Anna Kovacs was abroad, promising to cut fares.')).toEqual([
      'STATED(Anna Kovacs -> null)',
    ]);
  });
});
