import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokens.js';
import { recogniseNames } from './names.js';

const names = (s: string): string[] => recogniseNames(s, tokenize(s), 0).map((m) => `${m.type}:${m.text}`);

describe('recogniseNames', () => {
  it('strips titles and demonyms: no Russia from "Russian"', () => {
    const ms = recogniseNames(
      'Russian Foreign Minister Sergei Lavrov said on Oct. 30 that talks are possible.',
      tokenize('Russian Foreign Minister Sergei Lavrov said on Oct. 30 that talks are possible.'),
      0,
    );
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual(['Person:Sergei Lavrov']);
    expect(ms[0]).toMatchObject({ roles: ['Foreign Minister'], roleCountry: 'Russia' });
  });

  it('reads a month as a name after a first name or an honorific, and a given-name month before a surname', () => {
    expect(names('Theresa May said on Monday that she would stay.')).toEqual(['Person:Theresa May']);
    expect(names('Mrs May told reporters she would stay.')).toEqual(['Person:May']);
    expect(names('Foreign Minister Jan Kavan met the envoy.')).toEqual(['Person:Jan Kavan']);
    expect(names('Correspondent April Ryan asked the last question.')).toEqual(['Person:April Ryan']);
    // Without a title a month before a name is when a contract falls due.
    expect(names('April Brent traded at 18 dlrs.')).toEqual(['Unknown:Brent']);
    // Dates stay dates: after a word that governs a date, before a number, with a full stop.
    expect(names('In May Britain voted to leave.')).toEqual(['Place:Britain']);
    expect(names('Since June Kovac has led the party.')).toEqual(['Person:Kovac']);
    expect(names('The talks began on Jan. 5 and ended May 9.')).toEqual([]);
    // When the article's person is named May, "May" alone is a mention too (resolved to her by
    // the article), never the month after "in".
    const may = (s: string): string[] =>
      recogniseNames(s, tokenize(s), 0, undefined, new Set(['may'])).map((m) => `${m.type}:${m.text}`);
    expect(may('May said the talks went well.')).toEqual(['Unknown:May']);
    expect(may('In May the talks resumed.')).toEqual([]);
  });

  it('reads a polity-shaped name before a state\'s people as the polity ("Varnia officials")', () => {
    const ms = recogniseNames(
      'Treasury Secretary Jon Belk met Varnia officials on Monday.',
      tokenize('Treasury Secretary Jon Belk met Varnia officials on Monday.'),
      0,
    );
    expect(ms.map((m) => `${m.text}:${m.fallback ?? m.type}`)).toEqual(['Jon Belk:Person', 'Varnia:Place']);
    expect(
      recogniseNames(
        'Kestrelstan troops crossed the border.',
        tokenize('Kestrelstan troops crossed the border.'),
        0,
      )[0],
    ).toMatchObject({ fallback: 'Place' });
    // A name of no polity's shape may be a company's ("Dorvo officials"): the article types it.
    expect(names('Jon Belk met Dorvo officials on Monday.')).toEqual(['Person:Jon Belk', 'Unknown:Dorvo']);
  });

  it('reads a name before a comma and an American state\'s abbreviation as a town ("Fairbury, Ill.")', () => {
    expect(names('Tom Hankes of Dunmore, Ill. was elected chairman.')).toEqual(['Person:Tom Hankes', 'Place:Dunmore']);
    expect(names('The firm, which is based in Ostrel, N.Y., said it would cut jobs.')).toEqual(['Place:Ostrel']);
    expect(names('Mara Velt, a farmer from Varnholt, Neb., said prices were low.')).toEqual([
      'Person:Mara Velt',
      'Place:Varnholt',
    ]);
    // A person's name keeps its type; an abbreviation not closing the phrase is no state.
    expect(names('Senator Jon Belk, Ind., said so.')).toEqual(['Person:Jon Belk']);
    expect(names('Dorna Pell, Ill. Frost said.')).not.toContain('Place:Dorna Pell');
    // A name with a body's initials is the body's site.
    expect(names('He ran the IBM Dorvale, N.Y., plant.')).not.toContain('Place:IBM Dorvale');
  });

  it('reads plural people of a body before "of" as a generic title, not the body', () => {
    expect(names('The report by Members of Parliament (MPs) faulted the plan.')).not.toContain(
      'Organization:Members of Parliament',
    );
    expect(names('On Monday, Deputies of Parliament rejected the plan.')).not.toContain(
      'Organization:Deputies of Parliament',
    );
    expect(names('On Monday, Deputies of the Dorvan Assembly rejected the plan.')).toContain(
      'Organization:Dorvan Assembly',
    );
  });

  it('reads a given name that is also an ordinary or faith word before a surname as part of the person', () => {
    expect(names('Christian Velt said the plan was dead.')).toEqual(['Person:Christian Velt']);
    expect(names('On Monday, Rose Marten told reporters the talks had failed.')).toEqual(['Person:Rose Marten']);
    expect(names('The envoy met Frank Holm and Hope Dravic in Lund.')).toContain('Person:Frank Holm');
    expect(names('Kestani Foreign Minister Frank Holm said so.')).toEqual(['Person:Frank Holm']);
    expect(names('Investor Rose Marten said so.')).toEqual(['Person:Rose Marten']);
    expect(names('The envoy met Frank Holm and Hope Dravic in Lund.')).toContain('Person:Hope Dravic');
    // A party, its members, a body, a place or a question's modal are no persons.
    expect(names('Christian Democrats said the plan was dead.')).not.toContain('Person:Christian Democrats');
    expect(names('A Christian Democrat said so.')).not.toContain('Person:Christian Democrat');
    expect(names('Will Kestan sign the pact?')).not.toContain('Person:Will Kestan');
  });

  it('reads a month that is a given name before a surname, and a month after a capitalised title, as a person', () => {
    // "that" opens a clause before a name far more often than it dates a month.
    expect(names('Mara Velt said that Jan Holm refused her request.')).toEqual(['Person:Mara Velt', 'Person:Jan Holm']);
    expect(names('June Holm said she would go.')).toEqual(['Person:June Holm']);
    expect(names('April Holm and August Dreyl refused.')).toEqual(['Person:April Holm', 'Person:August Dreyl']);
    // The title's holder (typed a person by the article: tested in pipeline.test.ts).
    const may = recogniseNames(
      'Prime Minister May said she would go.',
      tokenize('Prime Minister May said she would go.'),
      0,
    );
    expect(may.map((m) => [m.text, m.roles])).toEqual([['May', ['Prime Minister']]]);
    // Dates stay dates: before a number, after a date's governor or a determiner, before a given name.
    expect(names('The talks began on Jan 5 and ended in May 1987.')).toEqual([]);
    expect(names('On June 3 Velt said she would go.')).toEqual(['Unknown:Velt']);
    expect(names('The June Kestan summit was held.')).not.toContain('Person:June Kestan');
    expect(names('April Brent traded higher.')).not.toContain('Person:April Brent');
  });

  it('reads a lone capitalised "House" as the chamber, and a title\'s rank as the title\'s', () => {
    // Alone inside a sentence, a capitalised "House" is the chamber; in a longer name it is not.
    expect(names('The amendment was left for a vote by the House in April.')).toEqual(['Organization:House']);
    expect(names('The book was published by Random House in April.')).toEqual(['Unknown:Random House']);
    // The rank of a title goes with the title, not with the body before it.
    expect(names('He met Dorvan Reserve Board Vice Chairman Anna Kovac.')).toEqual([
      'Organization:Dorvan Reserve Board',
      'Person:Anna Kovac',
    ]);
    expect(names('It backs the Social Democratic Party of Prime Minister Anna Kovac.')).toEqual([
      'Organization:Social Democratic Party',
      'Person:Anna Kovac',
    ]);
    // A people's adjective no gazetteer knows, by its shape, is no body of the office; another unknown word is.
    expect(names('Dorvian President Mara Velt urged Kestan to withdraw.')).toEqual([
      'Person:Mara Velt',
      'Unknown:Kestan',
    ]);
    expect(names('He met Kestani President Ivo Marek.')).toEqual(['Person:Ivo Marek']);
    expect(names('He met Tarnese Chairman Ivo Marek.')).toEqual(['Person:Ivo Marek']);
    expect(names('He met Tarvix President Ivo Marek.')).toEqual(['Organization:Tarvix', 'Person:Ivo Marek']);
    // A portfolio ends the body's own name.
    expect(names('He met Ministry of Foreign Trade Minister Anna Kovac.')).toEqual([
      'Organization:Ministry of Foreign Trade',
      'Person:Anna Kovac',
    ]);
  });

  it("reads a state or city before a title as a place, not before a name's own words", () => {
    expect(names('He met Ohio Governor James Dorvan.')).toEqual(['Place:Ohio', 'Person:James Dorvan']);
    expect(names('He met Nebraska Republican Leader Anna Kovac.')).toEqual(['Place:Nebraska', 'Person:Anna Kovac']);
    // A party's member for a state ("Texas Republican X") titles the person as a title does.
    expect(names('The veto was upheld by North Carolina Democrat Terry Dorvan.')).toEqual([
      'Place:North Carolina',
      'Person:Terry Dorvan',
    ]);
    expect(names('Texas Republican Anna Kovac said so.')).toEqual(['Place:Texas', 'Person:Anna Kovac']);
    expect(names('They flew to Rio de Janeiro on Monday.')).toEqual(['Place:Rio de Janeiro']);
    expect(names('He toured the Arctic National Wildlife Refuge.')).toEqual([
      'Unknown:Arctic National Wildlife Refuge',
    ]);
  });

  it('names no person by a title word before a plural noun ("Special Drawing Rights")', () => {
    expect(names('The bill asks for a study of Special Drawing Rights for poor nations.')).toEqual([
      'Unknown:Drawing Rights',
    ]);
    // A title with its head still makes a person, whatever the surname also means.
    expect(names('It asked High Commissioner Rod Gates to return.')).toEqual(['Person:Rod Gates']);
  });

  it('reads what is "X-led" as a body, and a compound adjective of a side as no name', () => {
    expect(names('Talks between the EC and the Soviet-led Dorvecon ended.')).toEqual([
      'Organization:EC',
      'Unknown:Soviet',
      'Organization:Dorvecon',
    ]);
    expect(names('Trade with the Eastern-bloc countries fell.')).toEqual([]);
    expect(names('He heads the East bloc delegation.')).toEqual(['Place:East bloc']);
    expect(names('He met Park Min-jae on Monday.')).toEqual(['Person:Park Min-jae']);
  });

  it('keeps "of America" after a legal form in a company\'s name, not another country', () => {
    expect(names('Dorvo Mail Corp of America completed financing.')).toEqual([
      'Organization:Dorvo Mail Corp of America',
    ]);
    expect(names('He met Kestrel Motor Corp of Japan officials.')).toEqual([
      'Organization:Kestrel Motor Corp',
      'Place:Japan',
    ]);
  });

  it('reads programmes and codes of models, programmes and laws as no entities', () => {
    expect(names('It sold wheat under the Export Bonus Program and the GSM-102 credit plan.')).toEqual([
      'Unknown:Export Bonus Program',
      'Unknown:GSM-102',
    ]);
    expect(names('He drove a Dorvo XC90 to the meeting.')).toEqual(['Unknown:Dorvo XC90']);
    // The United Nations' programmes are bodies; a group is one letter and its number.
    expect(names('The World Food Programme and the G-7 said so.')).toEqual([
      'Organization:World Food Programme',
      'Organization:G-7',
    ]);
  });

  it('opens a known name with the Arabic article in lower case ("al Qaeda")', () => {
    expect(names('Iran gave refuge to al Qaeda members and al-Qaeda leaders.')).toEqual([
      'Place:Iran',
      'Organization:al Qaeda',
      'Organization:al-Qaeda',
    ]);
    expect(names('Kovac et al said so.')).toEqual(['Person:Kovac']);
  });

  it('reads a country before a title as the place, not the whole as a place', () => {
    expect(names('John Dorvan, the United States Secretary of State, spoke.')).toEqual([
      'Person:John Dorvan',
      'Place:United States',
    ]);
    // A body's name holds its country.
    expect(names('The United States Army and the US National Science Foundation said.')).toEqual([
      'Organization:United States Army',
      'Organization:US National Science Foundation',
    ]);
  });

  it('reads groups of states, sides of continents and sites named after persons as places', () => {
    expect(names('Allies like Saudi Arabia or Gulf states give money.')).toEqual([
      'Place:Saudi Arabia',
      'Place:Gulf states',
    ]);
    expect(names('The law differs among U.S. states.')).toEqual(['Place:U.S.']);
    expect(names('The bombings in east Africa were condemned.')).toEqual(['Place:east Africa']);
    expect(names('He spoke at the Jomo Dorvan airport on Friday.')).toEqual(['Place:Jomo Dorvan airport']);
    expect(names('He said Anna Kovac hospital staff left.')).toEqual(['Person:Anna Kovac']);
    // A school district is the board that runs the schools; a district alone is an area.
    expect(names('The Dorvan Independent School District suspended him.')).toEqual([
      'Organization:Dorvan Independent School District',
    ]);
    expect(names('He lives in the Marlow District.')).toEqual(['Place:Marlow District']);
    // A centre for conventions, fairs or shops is a building.
    expect(names('The fair was held at the Metro Dorvo Convention Centre.')).toEqual([
      'Place:Metro Dorvo Convention Centre',
    ]);
    expect(names('They met at the Dorvan Trade Center on Monday.')).toEqual(['Place:Dorvan Trade Center']);
    // A stop, a block of towers, a guest house: sites, not bodies.
    expect(names('Walk from Kestrel Station or take a bus.')).toEqual(['Place:Kestrel Station']);
    expect(names('He was taken to the Marlow City Towers.')).toEqual(['Place:Marlow City Towers']);
    expect(names('The talks were held at the Dorvan State Guesthouse in Kestrel.')).toEqual([
      'Place:Dorvan State Guesthouse',
      'Unknown:Kestrel',
    ]);
  });

  it('reads some of a party\'s members as no party ("other key Democrats")', () => {
    expect(names('He has the support of Kovac and other key Democrats.')).toEqual(['Person:Kovac']);
    expect(names('The bill was backed by the Democrats.')).toEqual(['Organization:Democrats']);
  });

  it("reads a faith's followers as no name", () => {
    expect(names('Critics blame the hostility toward Muslims in France.')).toEqual(['Place:France']);
    expect(names('Shiite clerics and Catholics met the envoy.')).toEqual([]);
  });

  it("reads an office holder's office as a body named with the title", () => {
    expect(names("A detective for the Dorvo County Sheriff's office was given material.")).toEqual([
      "Organization:Dorvo County Sheriff's office",
    ]);
    expect(names("The Manhattan District Attorney's office said it would act.")).toEqual([
      "Organization:Manhattan District Attorney's office",
    ]);
    // A title inside a person's name is no title there.
    expect(names('He said Steel Minister Bunu Sheriff Kovac spoke in Lagos.')).toEqual([
      'Person:Bunu Sheriff Kovac',
      'Place:Lagos',
    ]);
    expect(names('He met Sheriff Joe Dorvan.')).toEqual(['Person:Joe Dorvan']);
  });

  it('strips a title hyphenated after its rank ("Vice-President")', () => {
    const led = 'It is led by Vice-President Anna Kovac.';
    expect(recogniseNames(led, tokenize(led), 0).map((m) => [m.text, m.roles])).toEqual([
      ['Anna Kovac', ['Vice-President']],
    ]);
    expect(names('It is led by Vice-Premier Li Dorvan.')).toEqual(['Person:Li Dorvan']);
  });

  it('strips the title of several holders named together ("Senators", "Sens.", "Reps.")', () => {
    expect(names('It was backed by Senators Phil Dorvan and Warren Kovac.')).toEqual([
      'Person:Phil Dorvan',
      'Person:Warren Kovac',
    ]);
    expect(names('Aides to Republican Sens. Bob Dorvan and Alan Kovac said so.')).not.toContain('Person:Sens');
  });

  it('reads a name after the plural of a place noun and "of" as a place', () => {
    const m = recogniseNames('It lost the towns of Dorvoka.', tokenize('It lost the towns of Dorvoka.'), 0);
    expect(m.map((x) => [x.text, x.fallback])).toEqual([['Dorvoka', 'Place']]);
  });

  it("reads a French, Spanish or Italian name that opens with a body's head as that body", () => {
    expect(names('He met officials of Societe Dorvale and Banco Kestrel.')).toEqual([
      'Organization:Societe Dorvale',
      'Organization:Banco Kestrel',
    ]);
  });

  it('reads the one unknown word before an office of a body as that body', () => {
    expect(names('He met Dorvabank President Karl Otto Kovac on Monday.')).toEqual([
      'Organization:Dorvabank',
      'Person:Karl Otto Kovac',
    ]);
    expect(names('Kestrex Managing Director Anna Berg said profits rose.')).toEqual([
      'Organization:Kestrex',
      'Person:Anna Berg',
    ]);
    // A portfolio, an ordinary word or a place before the title is no body.
    expect(names('Treasury Secretary James Dorvan said.')).toEqual(['Person:James Dorvan']);
    expect(names('He met Dorvo Mayor Anna Kovac.')).toEqual(['Person:Anna Kovac']);
  });

  it('reads a title-cased phrase with a capitalised preposition as a body, its first word too', () => {
    expect(names('Reporters Without Borders said the arrest was illegal.')).toEqual([
      'Organization:Reporters Without Borders',
    ]);
    expect(names('A statement by Mothers Against Drunk Driving followed.')).toEqual([
      'Organization:Mothers Against Drunk Driving',
    ]);
    // A sentence-initial ordinary word before a name is still no part of it.
    expect(names('Reporters said Ivo Marek had left.')).toEqual(['Person:Ivo Marek']);
  });

  it('keeps dotted initials as first names, even initials never a name alone ("K.C.")', () => {
    expect(names('K.C. Maurer, the treasurer, said the gift was made.')).toEqual(['Person:K.C. Maurer']);
    expect(names('The ruling was welcomed by Ivo Marek KC.')).toEqual(['Person:Ivo Marek']);
  });

  it('keeps "of X" in a body named by its aim ("Joint Council for the Welfare of Immigrants"), not a place after it', () => {
    expect(names('The Joint Council for the Welfare of Immigrants said it was shocked.')).toEqual([
      'Organization:Joint Council for the Welfare of Immigrants',
    ]);
    expect(names('The Ministry of Finance of Japan said so.')).toEqual([
      'Organization:Ministry of Finance',
      'Place:Japan',
    ]);
  });

  it('starts the name at a known first name after a title, even when the surname is an ordinary word', () => {
    expect(names('Treasury Secretary James Baker said the dollar was stable.')).toEqual(['Person:James Baker']);
    expect(names('Trade Secretary Anna Cook met the delegation.')).toEqual(['Person:Anna Cook']);
    // A director, a representative or a commander is a title's head too; a particle may stand in the name.
    expect(names('IMF Managing Director Anna de Villeroy paid a visit.')).toEqual(['Person:Anna de Villeroy']);
    expect(names('Trade Representative Anna Brenn said it.')).toEqual(['Person:Anna Brenn']);
  });

  it('parts the holder from a title of a place or body that opens the name ("Governor of Oregon Anna Marek")', () => {
    expect(names('Governor of Oregon Anna Marek said the museum was ready.')).toEqual([
      'Place:Oregon',
      'Person:Anna Marek',
    ]);
    expect(names('Director of the Tarn Water Authority Anna Marek said the dam was safe.')).toEqual([
      'Organization:Tarn Water Authority',
      'Person:Anna Marek',
    ]);
    // Without a first name after it the body is the whole name.
    expect(names('The Chancellor of Germany said so.')).toEqual(['Place:Germany']);
  });

  it('parts a titled person from the body or place of the title ("CEO of the Tarn Council Ivo Marek")', () => {
    expect(names('The CEO of the Tarn Refugee Council Ivo Marek told reporters the plan would fail.')).toEqual([
      'Organization:Tarn Refugee Council',
      'Person:Ivo Marek',
    ]);
    expect(names("Dorvia's Ambassador to the United States Tarrek Vozhani said so.")).toContain(
      'Person:Tarrek Vozhani',
    );
    // No title before it: a company's name that ends in two name-like words stays whole.
    expect(names('The Bank of Dorvia Harlan Lynch said profits rose.')).toEqual([
      'Organization:Bank of Dorvia Harlan Lynch',
    ]);
  });

  it('keeps "District of X", "County of X" whole as places', () => {
    expect(names('Walter Fauntroy, the District of Columbia delegate, said so.')).toEqual([
      'Person:Walter Fauntroy',
      'Place:District of Columbia',
    ]);
  });

  it('makes no entity of a language ("completed in English")', () => {
    expect(names('The form must be completed in English or Arabic by Ivo Marek.')).toEqual(['Person:Ivo Marek']);
  });

  it("ends a name at a caption's credit label", () => {
    expect(names('The robot team met in Tarn City Image: Ivo Marek.')).toEqual(['Place:Tarn City', 'Person:Ivo Marek']);
  });

  it("reads a site's domain as an organisation", () => {
    expect(names('Tarnwatch.com has said the browser is unsafe.')).toEqual(['Organization:Tarnwatch.com']);
  });

  it('reads "Director of the X" as a title of the body, not the body\'s name', () => {
    expect(names('Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said so.')).toEqual([
      'Organization:Federal Bureau of Investigation',
      'Organization:FBI',
      'Person:Louis Freeh',
    ]);
  });

  it('keeps whole titles: lower-case ones before a name, and title plus rank', () => {
    const roles = (s: string): string[][] =>
      recogniseNames(s, tokenize(s), 0)
        .filter((m) => m.type === 'Person')
        .map((m) => m.roles);
    expect(roles("Russian dictator Vladimir Putin's press secretary Dmitry Peskov also said so.")).toEqual([
      ['dictator'],
      ['press secretary'],
    ]);
    expect(roles('Greek prime minister Kyriakos Mitsotakis spoke.')).toEqual([['prime minister']]);
    expect(roles('Former president Barack Obama spoke.')).toEqual([['president']]);
    // A title opening the sentence keeps all its words.
    expect(roles('Prime Minister Tony Blair arrived in Brussels.')).toEqual([['Prime Minister']]);
    expect(roles('Saudi Crown Prince Mohammad bin Salman denied it.')).toEqual([['Crown Prince']]);
    expect(roles('U.S. Secretary of State Mike Pompeo spoke.')).toEqual([['Secretary of State']]);
    // "Press" alone makes no title: "United Press International" is one organisation's name.
    expect(names('The wire service United Press International sold its photo archive.')).toEqual([
      'Organization:United Press International',
    ]);
    // A group of states named by its number.
    expect(names('The Group of 24 and the Group of Seven met in Paris.')).toEqual([
      'Organization:Group of 24',
      'Organization:Group of Seven',
      'Place:Paris',
    ]);
    // A bank named in its own language, with its own "of".
    expect(names('A Banco de Mexico spokesman said the talks went well.')).toEqual(['Organization:Banco de Mexico']);
    // A newspaper named for its country keeps its "of".
    expect(names('The Times of Zambia reported that the talks would end on Friday.')).toEqual([
      'Organization:Times of Zambia',
    ]);
    // A rank word capitalised by opening the sentence is no part of the group's body before its people.
    expect(names('Senior Dorvan Administration officials backed the plan.')).toEqual([
      'Organization:Dorvan Administration',
    ]);
    expect(names('Top Kestan Party officials said the vote would be held.')).toEqual(['Organization:Kestan Party']);
    // A credit grade in a sentence about ratings is no body; the same letters elsewhere may be one.
    expect(names('The agency downgraded Kestan to AA from AA-Plus, below the top AAA rating.')).toEqual([
      'Unknown:Kestan',
    ]);
    expect(names('Dorvo Bank cut its grade to Baa2.')).not.toContain('Organization:Baa2');
    expect(names('The AA said motorists should stay home.')).toEqual(['Organization:AA']);
    // A city, then a masthead that is also an ordinary word, is its newspaper; the word alone after a
    // name is not ("Li Sun" is no newspaper).
    expect(names('The Leeds Sun and the Kestrel Chronicle printed the letter.')).toEqual([
      'Organization:Leeds Sun',
      'Organization:Kestrel Chronicle',
    ]);
    expect(names('Wei Sun said the talks went well.')).not.toContain('Organization:Wei Sun');
    // A lone letter is no name ("B and C said", a name cut short).
    expect(names('B and C said profits rose.')).toEqual([]);
    // A legal form alone is no name ("Standard and Poor's Corp" cut at its possessive).
    expect(names("Analysts at Standard and Poor's Corp cut the rating.")).not.toContain('Unknown:Corp');
    // The opposition's "shadow" offices are titles.
    expect(roles('Shadow Chancellor George Osborne spoke.')).toEqual([['Shadow Chancellor']]);
    expect(names('Shadow Europe minister Graham Brady spoke.')).toEqual(['Place:Europe', 'Person:Graham Brady']);
    // A legislature's party offices: no body "Senate Majority".
    expect(names('Senate Majority Leader Mitch McConnell spoke.')).toEqual(['Person:Mitch McConnell']);
  });

  it('carries a demonym to the next name, but not across punctuation', () => {
    const country = (s: string): (string | undefined)[] =>
      recogniseNames(s, tokenize(s), 0)
        .filter((m) => m.type === 'Person')
        .map((m) => m.roleCountry);
    expect(country('Russian dictator Vladimir Putin spoke.')).toEqual(['Russia']);
    expect(country('His French counterparts, Nikos Dendias, came.')).toEqual([undefined]);
  });

  it('keeps a proper-noun modifier as its own Place', () => {
    expect(names('U.S. President Joe Biden will attend.')).toEqual(['Place:U.S.', 'Person:Joe Biden']);
  });

  it('keeps the place of a party member described, not the description ("an Ohio Democrat")', () => {
    const places = (s: string): string[] => names(s).filter((n) => !n.startsWith('Unknown:'));
    expect(places('Anna Kovac, an Ohio Democrat, said the bill was dead.')).toEqual([
      'Person:Anna Kovac',
      'Place:Ohio',
    ]);
    expect(places('The New Jersey Republican said so.')).toEqual(['Place:New Jersey']);
    expect(places('A Christian Democrat said so.')).toEqual([]);
  });

  it('reads a name before a post held in a body as the employer ("Kestrel economist Anna Kovac")', () => {
    expect(names('Shares rose, said Kestrel economist Anna Kovac.')).toEqual([
      'Organization:Kestrel',
      'Person:Anna Kovac',
    ]);
    expect(names('Shares rose, said Merrill Lynch analyst Ivo Marek.')).toEqual([
      'Organization:Merrill Lynch',
      'Person:Ivo Marek',
    ]);
    expect(names('Norvale Tarn analysts expect a rise.')).toEqual(['Organization:Norvale Tarn']);
    // The post before the name, with "at" or "with"; not a possessor ("at Kestrel's office").
    expect(names('Shares rose, said Ivo Marek, an analyst with Norvale Tarn.')).toEqual([
      'Person:Ivo Marek',
      'Organization:Norvale Tarn',
    ]);
    expect(names('Shares rose, said Anna Kovac, chief economist at Kestrel.')).toEqual([
      'Person:Anna Kovac',
      'Organization:Kestrel',
    ]);
    expect(names("An analyst at Kestrel's office said so.")).toEqual(['Unknown:Kestrel']);
    // Personal staff serve persons; an ordinary noun before traders says what they trade.
    expect(names('Reagan aide Ivo Marek said so.')).toEqual(['Person:Reagan', 'Person:Ivo Marek']);
    expect(names('Market analysts said so.')).toEqual([]);
    expect(names('Grain traders said so.')).toEqual(['Unknown:Grain']);
  });

  it('reads a name right after the noun of a body\'s kind as that body ("the daily newspaper Kestrel Shimbun")', () => {
    expect(names('Ivo Marek told the daily newspaper Kestrel Shimbun.')).toEqual([
      'Person:Ivo Marek',
      'Organization:Kestrel Shimbun',
    ]);
    expect(names('The deal was arranged by brokerage firm Merrill Lynch.')).toEqual(['Organization:Merrill Lynch']);
    expect(names('Prices rose, the state oil company Dorvapetro said.')).toEqual(['Organization:Dorvapetro']);
    // "daily" is an adjective unless an article makes it a noun; a known place stays a place.
    expect(names('The carrier will fly three daily Atlanta flights.')).toEqual(['Place:Atlanta']);
    // State bodies, lobbies and carriers are bodies' kinds too.
    expect(names('Miners employed by the state corporation Comivel went on strike.')).toContain('Organization:Comivel');
    expect(names('The cereal lobby Cereval has written to the commissioner.')).toEqual(['Organization:Cereval']);
    expect(names('The state carrier Velair will buy six jets.')).toEqual(['Organization:Velair']);
  });

  it('reads a name before "news agency" as the agency, "official" there describing the body', () => {
    expect(names('The official Kestrel news agency reported that the plant had closed.')).toEqual([
      'Organization:Kestrel',
    ]);
    expect(names('The Kestrel news agency reported that the plant had closed.')).toEqual(['Organization:Kestrel']);
    // When the agency's own name follows, the first name only describes it.
    expect(names('The official Dorvian news agency Orpa reported that the plant had closed.')).not.toContain(
      'Organization:Dorvian',
    );
  });

  it('types organisations by head word, acronym and outlet, places by gazetteer', () => {
    expect(
      names('The Kremlin, the Iraqi News Agency, NATO and Politico spoke about Eastern Europe and Ankara.'),
    ).toEqual([
      'Organization:Kremlin',
      'Organization:Iraqi News Agency',
      'Organization:NATO',
      'Organization:Politico',
      'Place:Eastern Europe',
      'Place:Ankara',
    ]);
  });

  it('leaves an unknown word after "in" to resolution, with Place as its fallback', () => {
    const [m] = recogniseNames('The summit took place in Bali.', tokenize('The summit took place in Bali.'), 0);
    expect(m).toMatchObject({ text: 'Bali', type: 'Unknown', fallback: 'Place' });
  });

  it('skips sentence-initial ordinary words, weekdays and months', () => {
    expect(names('Earlier on Thursday, Zhang Qiyue spoke in March.')).toEqual(['Person:Zhang Qiyue']);
  });

  it('splits an organisation from a titled person after it', () => {
    expect(names('Home Office Minister Lord Falconer agreed.')).toEqual([
      'Organization:Home Office',
      'Person:Falconer',
    ]);
  });

  it('keeps name particles and hyphenated given names, and types "X of Y" heads', () => {
    expect(names('The talks were led by Jean-Yves Le Drian and Mohammad bin Salman.')).toEqual([
      'Person:Jean-Yves Le Drian',
      'Person:Mohammad bin Salman',
    ]);
    // Two particles in a row ("de la", "van der") and Dutch "ter" stay inside the name.
    expect(names('Party president Jorge de la Vega, speaking in Saltillo, said the vote was fair.')).toContain(
      'Person:Jorge de la Vega',
    );
    expect(
      names('Envoy Hans van der Brink and Pieter ter Velde said the talks were over.').map((n) => n.split(':')[1]),
    ).toEqual(['Hans van der Brink', 'Pieter ter Velde']);
    expect(names('He spoke at the Port of Miami for the Turkish Ministry of Foreign Affairs.')).toEqual([
      'Place:Port of Miami',
      'Organization:Turkish Ministry of Foreign Affairs',
    ]);
    expect(names('Angela Merkel, the Chancellor of Germany, agreed.')).toEqual([
      'Person:Angela Merkel',
      'Place:Germany',
    ]);
  });

  it('keeps a nationality before a body known by several words as its national branch ("the British Red Cross")', () => {
    expect(names('A scheme backed by the British Red Cross began in May.')).toEqual(['Organization:British Red Cross']);
    expect(names('The Kenyan Red Cross said it sent aid.')).toEqual(['Organization:Kenyan Red Cross']);
    // A one-word body is only described by the nationality before it.
    expect(names('The Israeli Knesset voted on Monday.')).toEqual(['Organization:Knesset']);
  });

  it('reads a country\'s short name that is also its adjective as the adjective after a determiner ("the Saudi envoy")', () => {
    expect(names('Mara Velt blamed the Saudi millionaire for the attacks.')).toEqual(['Person:Mara Velt']);
    expect(names('Mara Velt met a Thai official on Monday.')).toEqual(['Person:Mara Velt']);
    // Without a determiner, or as a country's own name, it stays the country.
    expect(names('Saudi said it would cut output.')).toEqual(['Place:Saudi']);
    expect(names('The Philippines and its creditors met in Lund.')).toContain('Place:Philippines');
  });

  it('types a happening English names with one word of its own as an event ("the Holocaust", "the Hajj")', () => {
    expect(names('Mara Velt spoke of the Holocaust on Monday.')).toEqual(['Person:Mara Velt', 'Event:Holocaust']);
    expect(names('Pilgrims reached Lund before the Hajj began.')).toContain('Event:Hajj');
  });

  it('strips a hyphenated description that opens a name ("Pan-democrat Gary Fan", "Ultra-conservative Mara Velt")', () => {
    expect(names('Ultra-conservative Mara Velt was elected in Lund.')).toContain('Person:Mara Velt');
    expect(names('Pan-democrat Ivo Marek of the Orvo Party failed to win.')).toContain('Person:Ivo Marek');
    // A given name of two syllables joined by a hyphen keeps its words ("Pan-seok" is no description).
    expect(names('Yun Pan-seok was elected in Lund.')).toContain('Person:Yun Pan-seok');
  });

  it('keeps a site named by what it holds or honours whole, a place ("the Tomb of the Unknown Soldier")', () => {
    expect(names('A wreath was laid at the Tomb of the Unknown Soldier in Lund.')).toContain(
      'Place:Tomb of the Unknown Soldier',
    );
    expect(names('Pilgrims gathered on the Plains of Orvak on Friday.')).toEqual(['Place:Plains of Orvak']);
    expect(names('Mara Velt prayed at the Dome of the Rock.')).toContain('Place:Dome of the Rock');
    expect(names('Mara Velt visited Lund Castle and the Kestan Gate.')).toEqual([
      'Person:Mara Velt',
      'Place:Lund Castle',
      'Place:Kestan Gate',
    ]);
    // A hall named for a lineage society holds the society's whole name.
    expect(names('The contest was held in the Daughters of the Kestani Revolution Constitution Hall.')).toEqual([
      'Place:Daughters of the Kestani Revolution Constitution Hall',
    ]);
  });

  it('does not take acronyms, model numbers or demonyms for people', () => {
    expect(names('He was struck by a Volvo XC90 near RAF Croughton.').filter((n) => n.startsWith('Person'))).toEqual(
      [],
    );
    expect(names('Presumptive GOP nominee Smith spoke.').filter((n) => n.startsWith('Person:Presumptive'))).toEqual([]);
  });

  it('reads a name things are posted on, or whose founders, staff or headquarters are named, as a body', () => {
    expect(names('Anna Kovac posted the clip to Dorvo on Monday.')).toEqual([
      'Person:Anna Kovac',
      'Organization:Dorvo',
    ]);
    expect(names('The hashtag was used in messages on Dorvo.')).toEqual(['Organization:Dorvo']);
    expect(names('He met Dorvo co-founder Anna Kovac at the Dorvo headquarters.')).toEqual([
      'Organization:Dorvo',
      'Person:Anna Kovac',
      'Organization:Dorvo',
    ]);
    expect(names('Co-founder of Dorvo, Anna Kovac, met him.')).toContain('Organization:Dorvo');
    // What is sent "to" someone is addressed to them; what is posted on a person's page is hers.
    expect(names('Messages to Kovac poured in.')).toEqual(['Unknown:Kovac']);
    expect(names("Messages on Kovac's page praised her.")).not.toContain('Organization:Kovac');
  });

  it('leaves a describing word before a first name out of the name, and reads a stance toward a known name', () => {
    expect(names('Investor Anna Kovac bought the stake.')).toEqual(['Person:Anna Kovac']);
    expect(names('The film featured Scientologist Anna Kovac.')).toEqual(['Person:Anna Kovac']);
    expect(names('Nonpartisan Anna Kovac won a seat.')).toEqual(['Person:Anna Kovac']);
    // Initials stay in the name.
    expect(names('He named C. Anna Kovac to the post.')).toEqual(['Person:C. Anna Kovac']);
    expect(names('Pro-Beijing parties and anti-NATO groups marched.')).toEqual(['Place:Beijing', 'Organization:NATO']);
  });

  it('reads bodies named together under one plural head as each its own body', () => {
    expect(names('Officials of the Fisheries and Coastal Affairs Departments met.')).toEqual([
      'Organization:Fisheries Department',
      'Organization:Coastal Affairs Department',
    ]);
    expect(names('The House and Senate Shipping Committees will vote.')).toEqual([
      'Organization:House Shipping Committee',
      'Organization:Senate Shipping Committee',
    ]);
    expect(names('The Senate Shipping and Fisheries Committees will vote.')).toEqual([
      'Organization:Senate Shipping Committee',
      'Organization:Senate Fisheries Committee',
    ]);
  });

  it('parts a person and a place from the body named after "of"', () => {
    expect(names('Tomas Wrenik of Kestrel Harbor Magazine spoke.')).toEqual([
      'Person:Tomas Wrenik',
      'Organization:Kestrel Harbor Magazine',
    ]);
    expect(names('Researchers at Ohio Lakes University of the Netherlands agreed.')).toEqual([
      'Organization:Ohio Lakes University',
      'Place:Netherlands',
    ]);
    // A name with no place of its own keeps its country, one with a place its city.
    expect(names('The Dorvan State University of the Netherlands agreed.')).toEqual([
      'Organization:Dorvan State University of the Netherlands',
    ]);
    expect(names('The Colorado National Bank of Denver agreed.')).toEqual([
      'Organization:Colorado National Bank of Denver',
    ]);
  });

  it("reads a hyphenated given name of romanised syllables as part of a person's name", () => {
    expect(names('The voters elected Tsang Wai-lun and Park Min-jae.')).toEqual([
      'Person:Tsang Wai-lun',
      'Person:Park Min-jae',
    ]);
    // An English compound is no such name.
    expect(names('Anti-war Kovacs marched.')).not.toContain('Person:Anti-war Kovacs');
  });

  it('reads a name before "television" or "radio" as the broadcaster, a known place as the place', () => {
    expect(names('He said in remarks to al-Dorva television that all were safe.')).toEqual(['Organization:al-Dorva']);
    expect(names('Tehran radio said the talks failed.')).toEqual(['Place:Tehran']);
    expect(names('He told a Dorvo radio station the talks failed.')).toEqual(['Unknown:Dorvo']);
    // Opening the name, the medium is part of the broadcaster's name, never a description of a person.
    expect(names('Velt told a Radio Monte Carlo interviewer that he would run.')).toContain(
      'Organization:Radio Monte Carlo',
    );
    expect(names('He told Television Dorvo and Radio Free Kestan the talks failed.')).toEqual([
      'Organization:Television Dorvo',
      'Organization:Radio Free Kestan',
    ]);
  });

  it('keeps names that hold a capitalised "Anti-", a place before "of" or a hyphenated English word whole', () => {
    expect(names('The Anti-Defamation League and the Dorvia Anti-Takeover Statute')).toContain(
      'Organization:Anti-Defamation League',
    );
    expect(names('Tomas Wrenik of Canada Ltd said.')).toEqual(['Organization:Tomas Wrenik of Canada Ltd']);
    expect(names('Cargill and the Illinois Co-op bought.')).not.toContain('Person:Illinois Co-op');
  });

  it('keeps a university\'s campus after "at" in its name', () => {
    expect(names('She studied at the University of Dorvia at Kestrel in 2005.')).toEqual([
      'Organization:University of Dorvia at Kestrel',
    ]);
  });

  it('reads an untyped name listed among persons as a person, not one apposed to a person', () => {
    expect(names('The team fielded Anna Kovac, Maria Lund, and Stone Vortanen.')).toContain('Person:Stone Vortanen');
    expect(names('It could help, said Anna Kovac, Stone Vortanen and co analyst.')).toContain('Unknown:Stone Vortanen');
    expect(names('The team fielded Anna Kovac and Kestrel Mining.')).toContain('Organization:Kestrel Mining');
  });
  it('reads a name whose products are possessed, whose users are named or that posts are taken down from as a body', () => {
    expect(names('Anna Kovac said users of Vantor had complained.')).toEqual([
      'Person:Anna Kovac',
      'Organization:Vantor',
    ]);
    expect(names("Anna Kovac said Vantor's new browser crashed often.")).toEqual([
      'Person:Anna Kovac',
      'Organization:Vantor',
    ]);
    expect(names("With Vantor's Kestrel 9 browser almost complete, Anna Kovac left.")).toContain('Organization:Vantor');
    expect(names('Kestrel Soft tried to remove a video featuring Anna Kovac from Vantor.')).toContain(
      'Organization:Vantor',
    );
    // A person's possessions, people and troops coming from somewhere: no body.
    expect(names("Anna Kovac said Vantor's new car was stolen.")).not.toContain('Organization:Vantor');
    expect(names('The army removed troops from Vantor.')).not.toContain('Organization:Vantor');
    expect(names('Anna Kovac sent a video from Vantor.')).not.toContain('Organization:Vantor');
  });
  it('reads a name before a legal form printed in lower case as a company', () => {
    expect(names('Vantor plc said profits fell.')).toEqual(['Organization:Vantor']);
    expect(names('Anna Kovac said Vantor sa would repay the loan.')).toEqual([
      'Person:Anna Kovac',
      'Organization:Vantor',
    ]);
    // The form ends the whole name of the firm, not the word after "and".
    expect(names('Dorvo Hotels and Realty corp said it would buy shares.')).not.toContain('Organization:Realty');
  });
  it('reads a name with member states, members, a board or an executive committee as a body', () => {
    expect(names('The bloc trades with individual Vantor member states.')).toContain('Organization:Vantor');
    expect(names('Anna Kovac is a member of Vantor.')).toEqual(['Person:Anna Kovac', 'Organization:Vantor']);
    expect(names('The executive committee of Vantor must approve it.')).toEqual(['Organization:Vantor']);
    expect(names('Anna Kovac joined the board of Vantor.')).toContain('Organization:Vantor');
    // What a person has after the possessive is named there, not the person.
    expect(names("Anna Kovac is a member of Vantor's staff.")).not.toContain('Organization:Vantor');
  });
  it('reads partners listed with commas before "and Co" as one firm', () => {
    expect(names('Shares were sold through Dorvan, Kestrel and Co Inc, a spokesman said.')).toEqual([
      'Organization:Dorvan, Kestrel and Co Inc',
    ]);
    expect(names('Analysts at Marlow, Dorvan, Vantor and Co agreed.')).toEqual([
      'Organization:Marlow, Dorvan, Vantor and Co',
    ]);
    // A person's name and a list's last are no partners.
    expect(names('He said Anna Kovac, Kovac and Co chairman, would go.')).toContain('Person:Anna Kovac');
    expect(names('Under a deal between Marlow and Dorvan, Kestrel and Co would hold the stock.')).not.toContain(
      'Organization:Dorvan, Kestrel and Co',
    );
  });
  it('reads "People\'s" as the start of a body\'s name, not its owner', () => {
    expect(names("Commanders of the Dorvan People's Army were sent to the front.")).toEqual([
      "Organization:Dorvan People's Army",
    ]);
    expect(names("The Kestrel People's Party won the vote.")).toEqual(["Organization:Kestrel People's Party"]);
    expect(names("He flew to the People's Republic of Dorvo on Monday.")).toEqual(["Place:People's Republic of Dorvo"]);
  });
  it('keeps a person\'s name opening a sentence after a conjunction out of the body named after "of"', () => {
    expect(names('But Anna Kovac of Dorvan Bank said the business would grow.')).toEqual([
      'Person:Anna Kovac',
      'Organization:Dorvan Bank',
    ]);
  });
  it('ends a name before a capitalised preposition that opens a run-in caption or sentence', () => {
    // A caption run into the paragraph without its full stop: "In the …" starts the sentence.
    expect(names("Kestrel Party's Anna Kovac In the Dorvo district, turnout was low.")).toContain('Person:Anna Kovac');
    expect(names('Photo of Marek Dorvan At the opening, guests were welcomed.')).toContain('Person:Marek Dorvan');
    expect(names('The vote in the constituency In the Dorvo district was low.')).toEqual(['Place:Dorvo']);
    // A preposition inside a title-cased name stays ("Reporters Without Borders").
    expect(names('Reporters Without Borders said the arrest was unlawful.')).toEqual([
      'Organization:Reporters Without Borders',
    ]);
  });
  it('reads a group or pool named by a letter as a stage of a tournament, no entity', () => {
    expect(names('In Group F, Dorvia beat Kestrelia 1 – 0.')).toEqual(['Unknown:Dorvia', 'Unknown:Kestrelia']);
    expect(names('Marlow City top Pool C after two wins.')).toEqual(['Place:Marlow City']);
    // A group named by its members' number is a body ("Group of Seven").
    expect(names('The Group of Seven met in Paris.')).toContain('Organization:Group of Seven');
  });
  it('reads a doctrine, an attitude or a follower named by one word as no entity', () => {
    expect(names('She felt subject to Islamophobia at school.')).toEqual([]);
    expect(names('He turned to Dorvanism after the war.')).toEqual([]);
    expect(names('Anna Kovac, a former Scientologist, has claimed she was held.')).toEqual(['Person:Anna Kovac']);
    // Party names and surnames that end so stay ("the Socialists", "Lindqvist").
    expect(names('The Socialists won in Dorvo.')).toContain('Organization:Socialists');
    expect(names('Karin Lindqvist said so.')).toEqual(['Person:Karin Lindqvist']);
    expect(names('A representative of Dorkist said prices rose.')).toEqual(['Unknown:Dorkist']);
  });
  it('reads a name before a lower-case noun of a territory as a place', () => {
    expect(names('In the Dorvo West geographical constituency, turnout was low.')).toEqual(['Place:Dorvo West']);
    expect(names('Floods hit the Marlow Kestrel district on Monday.')).toEqual(['Place:Marlow Kestrel']);
    expect(names('Rains hit Vantor province.')).toEqual(['Place:Vantor']);
    // A party's or a person's constituency is theirs, no place of that name.
    expect(names('It was once a Kestrel Party constituency.')).toEqual(['Organization:Kestrel Party']);
    expect(names("Anna Kovac's constituency voted no.")).toEqual(['Person:Anna Kovac']);
    expect(names('Shares fell in Dorvo, The region fell too.')).not.toContain('Place:The');
    expect(names('Anna Kovac of the Social Welfare constituency won.')).not.toContain('Place:Social Welfare');
  });
  it('makes no person of title and body words with no name after them', () => {
    const replaced = names('He was replaced by Hans Dorvan, the current Finance Ministry State Secretary.');
    expect(replaced).toContain('Person:Hans Dorvan');
    expect(replaced).not.toContain('Person:Ministry State Secretary');
    expect(names("Dorvia's Minister for Industry and Trade resigned today.")).not.toContain('Person:Industry');
  });
  it("reads a name apposed to a person's lower-case title as that person", () => {
    expect(names("Dorvia's energy minister, Alfredo Mazo, has yet to reply.")).toContain('Person:Alfredo Mazo');
    expect(names("Dorvia's minister of energy and mines, Alfredo del Mazo, has yet to reply.")).toContain(
      'Person:Alfredo del Mazo',
    );
    // A body named with its country after a title employs the person before it.
    expect(names('They came with Harold Vantor, assistant deputy minister, Agriculture Canada.')).not.toContain(
      'Person:Agriculture Canada',
    );
  });
  it('reads a name apposed to a settlement\'s noun as the place ("the main port, Santos,")', () => {
    expect(names("Ships lay idle in Dorvia's main port, Santos, on Monday.")).toContain('Place:Santos');
    expect(names('The rebels took the capital, Vantoro, on Monday.')).toEqual(['Place:Vantoro']);
    // A known first name stays a person's ("the city, Anna Kovac said").
    expect(names('He visited the city, Anna Kovac said.')).toEqual(['Person:Anna Kovac']);
  });
  it('reads a name set after "journal" as the journal, an outlet', () => {
    expect(names('The study was published in journal Dorvo Climate Change yesterday.')).toEqual([
      'Organization:Dorvo Climate Change',
    ]);
    expect(names('The findings, published in the journal Kestrel Medicine, were clear.')).toEqual([
      'Organization:Kestrel Medicine',
    ]);
  });
  it('reads "Municipality of X" as the town\'s government, a body', () => {
    expect(names('Requests have come from the Municipality of Dorvasco, next to Kestrel.')).toEqual([
      'Organization:Municipality of Dorvasco',
      'Unknown:Kestrel',
    ]);
  });
  it('reads a country\'s abbreviation glued to "$" as a currency, no mention of the country', () => {
    expect(names('He was released on US$ 20,000 bail in Dorvia.')).toEqual(['Unknown:Dorvia']);
    expect(names('It cost HK$5 million, the US said.')).toEqual(['Place:US']);
  });
  it('reads a scripture as a work, no entity', () => {
    expect(names('The Bible and the Koran teach peace, Anna Kovac said.')).toEqual(['Person:Anna Kovac']);
    expect(names('He quoted the Torah and the Gospels in Dorvia.')).toEqual(['Unknown:Dorvia']);
    // A body named for one is a body.
    expect(names('The Dorvan Bible Institute said so.')).toEqual(['Organization:Dorvan Bible Institute']);
  });
  it('reads a society, guild, orchestra, choir or laboratory as a body', () => {
    expect(names('The Dorvo Philharmonic Orchestra played in Marlow.')).toContain(
      'Organization:Dorvo Philharmonic Orchestra',
    );
    expect(names('The Kestrel Guild of Writers said so.')).toEqual(['Organization:Kestrel Guild of Writers']);
    expect(names('Vantor Society said prices rose.')).toEqual(['Organization:Vantor Society']);
    expect(names('Anna Kovac sang with the Marlow Dorvan Choir.')).toContain('Organization:Marlow Dorvan Choir');
  });
  it('reads a named event whose head comes before its country as an event', () => {
    expect(names('The 22nd Kestrel Expo Canada took place in Marlow.')).toContain('Event:Kestrel Expo Canada');
    expect(names('The Dorvo Festival Norway ended on Sunday.')).toEqual(['Event:Dorvo Festival Norway']);
    // An agency so named is a body ("Elections Canada").
    expect(names('Elections Canada said turnout rose.')).not.toContain('Event:Elections Canada');
  });
  it("reads a saint's name with its possessive and the noun after it as one name", () => {
    expect(names("Pilgrims gathered in St Dorvan's Square on Sunday.")).toEqual(["Place:St Dorvan's Square"]);
    expect(names("The service at St. Kestrel's Basilica was long.")).toEqual(["Place:St. Kestrel's Basilica"]);
    expect(names("She studied at Saint Marlow's College in Vantor.")).toContain("Organization:Saint Marlow's College");
    // A person's possessive stays the owner's ("Anna Kovac's Foundation" is hers).
    expect(names("Anna Kovac's Foundation said so.")).toContain('Person:Anna Kovac');
  });
  it("reads a name set right after the noun of a work's kind as the work, no entity", () => {
    expect(names('She came to launch her graphic novel Dorvo Catbird in Marlow.')).toEqual(['Unknown:Marlow']);
    expect(names('She launched her graphic novel Angel Catbird, with Anna Kovac.')).toEqual(['Person:Anna Kovac']);
    expect(names('The song Kestrel Nights topped the charts.')).toEqual([]);
    expect(names('The album Vantor Sky sold well, Anna Kovac said.')).toEqual(['Person:Anna Kovac']);
    // A person named there by a known first name is the person ("the book Anna Kovac wrote").
    expect(names('She read the book Anna Kovac wrote.')).toEqual(['Person:Anna Kovac']);
  });
});
