/**
 * Coreference of pronouns and definite descriptions (discourse.ts), one construction of English
 * per case, on texts written for these tests (invented names on purpose).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.js';
import type { ArticleExtraction } from '../types.js';
import { relationTriples } from './triples.js';

const run = (text: string): ArticleExtraction =>
  extractArticle({ id: 't', title: 'T', text, date: '2021-05-12', source: 'Test Wire' }, { parseAll: true });

/** The references of an article as "text -> entity name". */
function references(text: string): string[] {
  const x = run(text);
  const name = (id: string): string => x.entities.find((e) => e.id === id)!.name;
  return (x.references ?? []).map((r) => `${r.text} -> ${name(r.entity)}`);
}

const triples = (text: string, types?: readonly string[]): string[] => relationTriples(run(text), types);

describe('it', () => {
  it('gives an expletive "it" no antecedent ("it is unclear whether …")', () => {
    const text = 'The Velmar Trade Council met in Dorvia on Monday. It is unclear whether the plan will pass.';
    expect(references(text).filter((r) => r.startsWith('It '))).toEqual([]);
  });
  it('takes a body the sentence before made salient', () => {
    const text = 'The Velmar Trade Council met on Monday.\nIt rejected the proposal from Ivo Marek.';
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Velmar Trade Council -> Ivo Marek)']);
  });
  it('takes no body named only further back: an "it" with no name nearby is mostly a thing', () => {
    const text =
      'The Velmar Trade Council opened its new office in May.\nThe building has four floors.\n' +
      'Visitors say it is too small.';
    expect(references(text).filter((r) => r.startsWith('it '))).toEqual([]);
  });
  it('gives "it added" after a speaking thing ("the communique said") to no one, not a body its quotation named', () => {
    const text =
      'Ivo Marek met the Velmar Trade Council on Monday.\n"Trade must grow," the communique said.\n' +
      '"The Kestrel League should quickly end its tariffs.\n"Tariffs hurt everyone," it added.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('first person in quotations', () => {
  it('refers "I" to the quotation\'s speaker, and "we" only to a body that speaks', () => {
    const text =
      '"I will not resign," Ivo Marek said on Monday.\n"We will fight on," he added.\n' +
      '"We reject the plan," the Kestrel League said.';
    const refs = references(text);
    expect(refs).toContain('I -> Ivo Marek');
    expect(refs).not.toContain('We -> Ivo Marek');
    expect(refs).toContain('We -> Kestrel League');
  });
});

describe('possessives before their subject', () => {
  it('gives "his" before an unnamed subject ("In his speech, a minister …") no one named earlier', () => {
    const text = 'Ivo Marek arrived in Lima on Monday.\nIn his speech, a minister urged the Kestrel League to act.';
    expect(references(text)).not.toContain('his -> Ivo Marek');
  });
});

describe('it says', () => {
  it('does not give "…, it says" to a body named in what is said', () => {
    const text = 'Prices rose in May.\nThe rise came from higher duties charged by the Velmar Trade Council, it says.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('they', () => {
  it('takes no body named several sentences back for a plural "they"', () => {
    const text =
      'The Velmar Trade Council met in May.\nPrices rose in June.\nWages fell in July.\n' +
      'Opposition parties said they would demand a new vote.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
});

describe('they after a plural', () => {
  it('gives "they" after a plural subject no entity stands for to no one', () => {
    const text = 'The Velmar Trade Council met in May.\nFarmers face big problems.\nThey demanded a new vote.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('gives "they" no one when a single body came between it and a pair still in reach', () => {
    const text =
      'Ivo Marek and Anna Kovac met in Lima on Monday.\nThe Kestrel League sent a letter.\n' +
      'They urged the Velmar Trade Council to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('still gives "they" to persons coordinated as a subject two sentences before', () => {
    const text = 'Ivo Marek and Anna Kovac met in Dorvia on Monday.\nThe weather was cold.\nThey demanded a new vote.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Anna Kovac -> null)', 'DEMANDED(Ivo Marek -> null)']);
  });
});

describe('documents', () => {
  it('gives "the statement" to whoever issued a statement just before', () => {
    const text = 'The Velmar Trade Council issued a statement on Monday.\nThe statement urged Ivo Marek to resign.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Velmar Trade Council -> Ivo Marek)']);
  });
  it('gives "the statement" to the speaker who said something in it, not to the subject of what was said', () => {
    const text =
      'The Tarn Board will allow importers to charge more, the Kestrel Ministry said in a statement.\n' +
      'The board had granted few exceptions, the statement said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Kestrel Ministry -> null)']);
  });
  it('does not give "the statement" to an issuer several sentences back', () => {
    const text =
      'The Velmar Trade Council issued a statement on Monday.\nTariffs rose in May.\nPrices rose in June.\n' +
      'Wages fell in July.\nThe statement urged Ivo Marek to resign.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
});

describe('descriptions as antecedents', () => {
  it('gives "it" the definite description that is a subject before it in its sentence', () => {
    const text =
      "Peru's government set the figure in May.\nThe Kestrel League met Ivo Marek on Monday.\n" +
      'The government has said it would reject the plan from Ivo Marek.';
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Peru -> Ivo Marek)']);
  });
});

describe('national bodies', () => {
  it('gives an unnamed "the central bank" the country its sentence names', () => {
    const text = "Peru's total foreign debt was 14 billion dollars, the central bank said.";
    expect(triples(text, ['STATED'])).toEqual(['STATED(Peru -> null)']);
  });
  it('gives "the central bank" the central bank the article named', () => {
    const text = 'The Kestrel Reserve Bank raised rates in Peru.\nExports fell in May, the central bank said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Kestrel Reserve Bank -> null)']);
  });
  it('gives "the ministry" the "Ministry of …" named before', () => {
    const text = 'The Ministry of Coastal Affairs met in Lima.\nThe ministry urged Ivo Marek to resign.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Ministry of Coastal Affairs -> Ivo Marek)']);
  });
  it('gives an unnamed ministry the country the story is about, not one it mentioned since', () => {
    const text =
      'Peru is seeking new trade partners.\nChile sold more copper to Japan in May.\n' +
      'Early this year the ministry told Ivo Marek that tariffs would fall.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Peru -> Ivo Marek)']);
    // A ministry named by its portfolio is a body of its own (recognise/compounds.ts), its own speaker.
    const named = text.replace('the ministry', 'the finance ministry');
    expect(triples(named, ['STATED'])).toEqual(['STATED(finance ministry -> Ivo Marek)']);
  });
  it('leaves an unnamed ministry alone when its sentence names two other countries', () => {
    const text = 'Ecuador and Chile signed a trade accord.\nPeru will cut tariffs for Chile, the ministry said.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('pronouns after a quotation', () => {
  it('never takes a name inside the quotation for the "it" or "he" that says it', () => {
    const text =
      'The Kenya Commercial Bank published a report on Monday. ' +
      '"For two years, the government of Kenya has struggled with reality," it said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Kenya Commercial Bank -> null)']);
  });
});

describe('his country', () => {
  it('gives "his country" the country of the person\'s title', () => {
    const text = "Peru's defence minister Ivo Marek flew home on Monday.\nHis country rejects the plan.";
    expect(triples(text, ['REJECTED'])).toEqual(['REJECTED(Peru -> null)']);
  });
  it('gives "his country" in what he says to him, as "we" in a quotation is the speaker', () => {
    const text = 'Defence Minister Ivo Marek of Peru said his country welcomed the plan.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('gives "his country" the country an unnamed speaker\'s title names', () => {
    expect(triples("Peru's defence minister said that his country rejects the plan.", ['REJECTED'])).toEqual([
      'REJECTED(Peru -> null)',
    ]);
    expect(triples('The Peruvian defence minister said his country rejects the plan.', ['REJECTED'])).toEqual([
      'REJECTED(Peru -> null)',
    ]);
  });
  it('gives "her country" no country when her title names none', () => {
    const text = 'Foreign Minister Anna Kovac met officials in Peru.\nHer country rejects the plan.';
    expect(triples(text, ['REJECTED'])).toEqual([]);
  });
});

describe('the government', () => {
  it('gives "the government" the story\'s country, not one a later sentence made its subject', () => {
    const text =
      'Peru is seeking new trade partners.\nChile sold more copper to Japan in May.\n' +
      'The government urged Ivo Marek to lower tariffs.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Peru -> Ivo Marek)']);
  });
  it('gives "the government" no country its own sentence names as the other side ("after talks with X")', () => {
    const text =
      'Peru is seeking new trade partners.\nPrices rose in May.\n' +
      'After talks with Chile, the government urged Ivo Marek to lower tariffs.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Peru -> Ivo Marek)']);
    // A country that is where the government is remains its own.
    const own = 'Peru is seeking new trade partners.\nIn Chile, the government urged Ivo Marek to lower tariffs.';
    expect(triples(own, ['DEMANDED'])).toEqual(['DEMANDED(Chile -> Ivo Marek)']);
  });
  it("takes the story's country from its first demonym when the article names that country", () => {
    const text =
      'Japanese customs turned away shoes from South Korea on Monday.\nPrices rose in Japan in May.\n' +
      'The government urged Ivo Marek to stop the trade.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Japan -> Ivo Marek)']);
  });
  it('gives "the administration" the United States in a story about another country', () => {
    const text =
      "Japan's trade surplus with the United States rose in May.\nJapan sold more cars in June.\n" +
      'The administration urged Ivo Marek to lower tariffs.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(United States -> Ivo Marek)']);
  });
  it('gives "the two countries" no single state in focus', () => {
    const text = 'Peru sold copper in May.\nPrices rose in June.\nThe two countries rejected the plan.';
    expect(triples(text, ['REJECTED'])).toEqual([]);
  });
});

describe('party members', () => {
  it('gives "the Ohio Democrat" the one person the sentences before made salient', () => {
    const text = '"Trade must grow," Senator Ivo Marek said in Ohio.\n"We can manage," the Ohio Democrat said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Ivo Marek -> null)']);
  });
  it('gives "the Ohio Democrat" no one when two persons were salient', () => {
    const text = 'Senator Anna Kovac met Senator Ivo Marek in Ohio.\n"We can manage," the Ohio Democrat said.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
  it('does not read "the only Democrat in the room" as an anaphor', () => {
    const text = 'Ivo Marek vetoed the bill in Ohio.\nThe only Democrat in the room said the vote was close.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('documents introduced without a trigger', () => {
  it('reads "X adopted a new resolution" for a later "the resolution", though the sentence has no trigger', () => {
    const x = extractArticle({
      id: 't',
      title: 'T',
      text: 'The Kestrel League adopted a new resolution on Monday.\nThe resolution urged Ivo Marek to resign.',
      date: '2021-05-12',
    });
    const name = (id: string | null): string => x.entities.find((e) => e.id === id)?.name ?? 'null';
    const demands = x.relations
      .filter((r) => r.type === 'DEMANDED')
      .map((r) => `${name(r.source)} -> ${name(r.target)}`);
    expect(demands).toEqual(['Kestrel League -> Ivo Marek']);
  });
});

describe('documents issued by', () => {
  it('gives "the communique" the agent of "a communique issued by X"', () => {
    const text =
      'A communique issued by the Kestrel League on Monday praised the talks.\n' +
      'The communique also urged Ivo Marek to resign.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Kestrel League -> Ivo Marek)']);
  });
});

describe('offices', () => {
  it('gives "the former president" the former holder and "the president" the present one', () => {
    const text =
      'President Ivo Marek met former President Anna Kovac in Lima.\n"Trade must grow," the former president said.\n' +
      '"Tariffs must fall," the president said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Anna Kovac -> null)', 'STATED(Ivo Marek -> null)']);
  });
  it('gives "the prime minister" the story\'s one untitled person', () => {
    const text = 'Anna Kovac is urging Dorvian leaders to act.\n"Trade must grow," the prime minister said.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Anna Kovac -> null)']);
  });
  it('gives "the mayor" the person an apposition of an earlier sentence made mayor', () => {
    const text =
      'Ivo Marek, the mayor of Lima, spoke on Monday.\n' +
      '"I urge the Kestrel League to pay its workers now," the mayor said.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Ivo Marek -> Kestrel League)']);
  });
  it('does not give "the mayor" a former mayor an apposition described', () => {
    const text =
      'Ivo Marek, the former mayor of Lima, spoke on Monday.\n' +
      '"I urge the Kestrel League to pay its workers now," the mayor said.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('gives "a minister" no one: an indefinite description is someone new', () => {
    const titled = 'Foreign Minister Ivo Marek arrived in Lima on Monday.\nA minister urged the Kestrel League to act.';
    expect(triples(titled, ['DEMANDED'])).toEqual([]);
    const untitled = 'Ivo Marek arrived in Lima on Monday.\nA minister urged the Kestrel League to act.';
    expect(triples(untitled, ['DEMANDED'])).toEqual([]);
  });
  it("does not give an office just mentioned as someone else's to the salient person", () => {
    const text = 'Anna Kovac met the defence minister in Lima.\n"Trade must grow," the defence minister said.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('body classes', () => {
  it('gives "the organization" the one body the sentences before made salient', () => {
    const text =
      'The Kestrel League appealed for calm on Monday.\n' +
      'The press freedom organization said that Ivo Marek must resign.';
    expect(triples(text, ['STATED'])).toEqual(['STATED(Kestrel League -> null)']);
  });
  it('gives "the group" no body when two were salient', () => {
    const text = 'The Kestrel League met the Velmar Trade Council on Monday.\nThe group urged Ivo Marek to resign.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('gives "the company" the one company named before by a legal form', () => {
    const text =
      'Dorvo Corp said on Monday it would cut 500 jobs in Lima.\n' +
      'The company urged the Velmar Trade Council to lower taxes.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Dorvo Corp -> Velmar Trade Council)']);
  });
  it('does not give "the company" a company its own sentence names after it as another party', () => {
    const text =
      'Talks with Dorvo Corp resumed in Lima on Monday.\n' +
      'The company said it would sign a new supply deal with Dorvo Corp.';
    expect(references(text)).not.toContain('The company -> Dorvo Corp');
  });
  it('gives "the company" the salient one of two companies, and of two salient neither', () => {
    const one =
      'Dorvo Corp said on Monday it would buy a stake in Kestrel Inc from its owners.\n' +
      'The company urged the Velmar Trade Council to lower taxes.';
    expect(triples(one, ['DEMANDED'])).toEqual(['DEMANDED(Dorvo Corp -> Velmar Trade Council)']);
    const two =
      'Dorvo Corp and Kestrel Ltd said on Monday they would merge.\n' +
      'The company urged the Velmar Trade Council to lower taxes.';
    expect(triples(two, ['DEMANDED'])).toEqual([]);
  });
  it('does not read "the group, an alliance of …" as an anaphor', () => {
    const text =
      'The Kestrel League appealed for calm on Monday.\n' +
      'The group, an alliance of farmers, said the plan would fail.';
    expect(triples(text, ['STATED'])).toEqual([]);
  });
});

describe('pairs and plurals of people', () => {
  it('gives "the two leaders" the two persons the sentence before named together', () => {
    const text =
      'Prime Minister Ivo Marek met President Anna Kovac in Lima on Monday.\n' +
      'The two leaders urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([
      'DEMANDED(Anna Kovac -> Kestrel League)',
      'DEMANDED(Ivo Marek -> Kestrel League)',
    ]);
  });
  it('gives a bare "the two" the same pair', () => {
    const text = 'Ivo Marek and Anna Kovac met in Lima on Monday.\nThe two urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toHaveLength(2);
  });
  it('gives "the two men" no pair with a woman in it', () => {
    const text =
      'Prime Minister Ivo Marek met President Anna Kovac in Lima on Monday.\n' +
      'The two men urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('gives "the two leaders" no one when the nearest sentence names three persons', () => {
    const text =
      'Ivo Marek met Anna Kovac and Tomas Berg in Lima on Monday.\n' +
      'The two leaders urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('gives "the two countries" the two states its sentence names', () => {
    const text =
      'Peru offered talks to Chile on Monday, but said the two countries must first settle the border dispute.';
    expect(triples(text, ['DEMANDED'])).toEqual(['DEMANDED(Peru -> Chile)']);
  });
  it('gives "the two sides" the two parties of any kind named together, and no one of three', () => {
    const two = 'Talks between Peru and Chile ended in Lima on Monday.\nThe two sides urged the Kestrel League to act.';
    expect(triples(two, ['DEMANDED'])).toEqual([
      'DEMANDED(Chile -> Kestrel League)',
      'DEMANDED(Peru -> Kestrel League)',
    ]);
    const three =
      'Ivo Marek of the Kestrel League met Anna Kovac in Lima on Monday.\n' +
      'The two sides urged the Velmar Trade Council to act.';
    expect(triples(three, ['DEMANDED'])).toEqual([]);
  });
  it('gives a plural "the leaders" the coordinated subject of the sentence before', () => {
    const text =
      'Ivo Marek and Anna Kovac met in Lima on Monday.\nThe leaders urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toHaveLength(2);
  });
  it('gives "they" the two parties of a meeting the sentence before told of', () => {
    const text = 'Ivo Marek met Anna Kovac in Lima on Monday.\nThey urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([
      'DEMANDED(Anna Kovac -> Kestrel League)',
      'DEMANDED(Ivo Marek -> Kestrel League)',
    ]);
  });
  it('gives "the leaders" the parties of a meeting, not those a third party hosted', () => {
    const met = 'Ivo Marek held talks with Anna Kovac in Lima on Monday.\nThe leaders urged the Kestrel League to act.';
    expect(triples(met, ['DEMANDED'])).toHaveLength(2);
    const hosted =
      'The Velmar Trade Council hosted Ivo Marek and Anna Kovac at a summit in Lima on Monday.\n' +
      'The leaders urged the Kestrel League to act.';
    expect(triples(hosted, ['DEMANDED'])).toEqual([]);
  });
  it('does not give "the officials" the parties of a meeting: officials are mostly unnamed', () => {
    const text = 'Ivo Marek met Anna Kovac in Lima on Monday.\nThe officials urged the Kestrel League to act.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
  it('never gives a plural "the ministers" one minister', () => {
    const text =
      'Foreign Minister Ivo Marek arrived in Lima on Monday.\n' +
      'The ministers urged the Kestrel League to end the strike.';
    expect(triples(text, ['DEMANDED'])).toEqual([]);
  });
});

describe('people described by a role', () => {
  const rejected = (text: string): string[] => triples(text, ['REJECTED']);
  it('gives "the Republican candidate" the person an apposition described so', () => {
    const text =
      'Ivo Marek, the Republican presidential candidate, met voters in Lima on Monday.\n' +
      "The Republican candidate's plan was rejected by the Kestrel League.";
    expect(rejected(text)).toEqual(['REJECTED(Kestrel League -> Ivo Marek)']);
  });
  it('gives "the presidential candidate" no one when two were titled so', () => {
    const text =
      'Republican presidential candidate Ivo Marek met voters in Lima on Monday.\n' +
      'Democratic presidential candidate Tomas Berg spoke in Quito.\n' +
      "The presidential candidate's plan was rejected by the Kestrel League.";
    expect(rejected(text)).toEqual(['REJECTED(Kestrel League -> null)']);
  });
  it('does not give "the Democratic candidate" a candidate titled Republican', () => {
    const text =
      'Republican presidential candidate Ivo Marek met voters in Lima on Monday.\n' +
      "The Democratic candidate's plan was rejected by the Kestrel League.";
    expect(rejected(text)).toEqual(['REJECTED(Kestrel League -> null)']);
  });
  it('gives "the Republican candidate" the one untitled person just spoken of when no one is described so', () => {
    const text =
      'Ivo Marek did not attend the summit in Lima on Monday.\n' +
      "The Kestrel League rejected the Republican candidate's plan.";
    expect(rejected(text)).toEqual(['REJECTED(Kestrel League -> Ivo Marek)']);
  });
  it('gives "the candidate" no one when two persons were just spoken of, or the one has a title', () => {
    const two =
      'Ivo Marek met Tomas Berg in Quito on Monday.\n' + "The Kestrel League rejected the Republican candidate's plan.";
    expect(rejected(two)).toEqual(['REJECTED(Kestrel League -> null)']);
    const titled =
      'Senator Ivo Marek did not attend the summit in Lima on Monday.\n' +
      "The Kestrel League rejected the Republican candidate's plan.";
    expect(rejected(titled)).toEqual(['REJECTED(Kestrel League -> null)']);
  });
  it('gives "the opposition" the one person titled its leader', () => {
    const text =
      'Opposition leader Ivo Marek returned to Lima on Monday.\nThe opposition rejected the budget of Anna Kovac.';
    expect(rejected(text)).toEqual(['REJECTED(Ivo Marek -> Anna Kovac)']);
  });
});
