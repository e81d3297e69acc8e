/**
 * The shipped tagger and parser on news English written for this test (not from any corpus).
 * Each sentence lists hand-checked arcs "dependent <label head" (head "ROOT" for the root);
 * words are found by their text (the first occurrence, or "word#2" for the second).
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/segment/sentences.js';
import { tokenize } from '../../src/extract/segment/tokens.js';
import { udWords } from '../../src/extract/segment/words.js';
import {
  children,
  conjuncts,
  isNegated,
  modality,
  parseSentence,
  tagSentence,
  voice,
  type ParsedSentence,
} from '../../src/nlp/index.js';

function parse(text: string): ParsedSentence {
  const [s] = splitSentences(text);
  return parseSentence(udWords(text, tokenize(text, s!.start, s!.end)));
}

function find(p: ParsedSentence, word: string): number {
  const [text, nth] = word.split('#') as [string, string?];
  const hits = p.tokens.flatMap((t, i) => (t.text === text ? [i] : []));
  const i = hits[(nth ? Number(nth) : 1) - 1];
  if (i === undefined) throw new Error(`no "${word}" in ${p.tokens.map((t) => t.text).join(' ')}`);
  return i;
}

const CASES: [string, string[]][] = [
  [
    "The minister rejected the union's demands on Monday.",
    [
      'rejected <root ROOT',
      'minister <nsubj rejected',
      'demands <obj rejected',
      'union <nmod:poss demands',
      "'s <case union",
      'Monday <obl rejected',
      'on <case Monday',
    ],
  ],
  [
    'The proposal was rejected by the committee.',
    [
      'rejected <root ROOT',
      'proposal <nsubj:pass rejected',
      'was <aux:pass rejected',
      'committee <obl:agent rejected',
      'by <case committee',
    ],
  ],
  [
    'Talks will resume next week, the spokesman said.',
    ['said <root ROOT', 'resume <ccomp said', 'spokesman <nsubj said', 'Talks <nsubj resume', 'will <aux resume'],
  ],
  [
    'Police said the suspect had fled.',
    ['said <root ROOT', 'Police <nsubj said', 'fled <ccomp said', 'suspect <nsubj fled'],
  ],
  [
    'The president urged Congress and the states to act quickly.',
    ['urged <root ROOT', 'president <nsubj urged', 'Congress <obj urged', 'states <conj Congress', 'act <xcomp urged'],
  ],
  [
    'The union called on the government to resign.',
    ['called <root ROOT', 'union <nsubj called', 'government <obl called', 'on <case government'],
  ],
  [
    'According to officials, the attack killed 12 people.',
    [
      'killed <root ROOT',
      'officials <obl killed',
      'According <case officials',
      'attack <nsubj killed',
      'people <obj killed',
      '12 <nummod people',
    ],
  ],
  [
    'His refusal to attend the summit angered allies.',
    [
      'angered <root ROOT',
      'refusal <nsubj angered',
      'His <nmod:poss refusal',
      'attend <acl refusal',
      'summit <obj attend',
      'allies <obj angered',
    ],
  ],
  [
    'The company did not confirm the report.',
    ['confirm <root ROOT', 'company <nsubj confirm', 'not <advmod confirm', 'report <obj confirm'],
  ],
  [
    'Protesters marched through the capital on Saturday.',
    ['marched <root ROOT', 'Protesters <nsubj marched', 'capital <obl marched', 'Saturday <obl marched'],
  ],
  [
    "Germany's foreign minister met his French counterpart in Paris.",
    ['met <root ROOT', 'minister <nsubj met', 'Germany <nmod:poss minister', 'counterpart <obj met', 'Paris <obl met'],
  ],
  [
    '"We will not accept this deal," she said.',
    [
      'said <root ROOT',
      'accept <ccomp said',
      'she <nsubj said',
      'We <nsubj accept',
      'deal <obj accept',
      'not <advmod accept',
    ],
  ],
  [
    'The government said it would not negotiate with the rebels.',
    [
      'said <root ROOT',
      'negotiate <ccomp said',
      'it <nsubj negotiate',
      'rebels <obl negotiate',
      'government <nsubj said',
    ],
  ],
  [
    'Prime Minister John Smith arrived in Berlin.',
    ['arrived <root ROOT', 'John <nsubj arrived', 'Smith <flat John', 'Berlin <obl arrived'],
  ],
  [
    'The talks, which began on Tuesday, collapsed.',
    [
      'collapsed <root ROOT',
      'talks <nsubj collapsed',
      'began <acl:relcl talks',
      'which <nsubj began',
      'Tuesday <obl began',
    ],
  ],
  [
    'Officials in Washington declined to comment.',
    ['declined <root ROOT', 'Officials <nsubj declined', 'Washington <nmod Officials', 'comment <xcomp declined'],
  ],
  [
    'Smith, a former diplomat, criticized the decision.',
    ['criticized <root ROOT', 'Smith <nsubj criticized', 'diplomat <appos Smith', 'decision <obj criticized'],
  ],
  [
    'He told reporters that the deal was dead.',
    ['told <root ROOT', 'He <nsubj told', 'dead <ccomp told', 'deal <nsubj dead'],
  ],
  [
    'The ministers agreed to extend the ceasefire.',
    ['agreed <root ROOT', 'ministers <nsubj agreed', 'extend <xcomp agreed', 'ceasefire <obj extend'],
  ],
  [
    'Rebels seized the town and blocked the main road.',
    ['seized <root ROOT', 'Rebels <nsubj seized', 'town <obj seized', 'blocked <conj seized', 'road <obj blocked'],
  ],
  [
    'The strike could last until Friday, union leaders warned.',
    ['warned <root ROOT', 'last <ccomp warned', 'leaders <nsubj warned', 'strike <nsubj last'],
  ],
  [
    'The United Nations condemned the attack.',
    ['condemned <root ROOT', 'Nations <nsubj condemned', 'attack <obj condemned'],
  ],
  [
    'Two journalists were arrested in Cairo on Sunday.',
    ['arrested <root ROOT', 'journalists <nsubj:pass arrested', 'Cairo <obl arrested'],
  ],
  [
    'The ban was lifted after the court ruled in favour of the airline.',
    ['lifted <root ROOT', 'ban <nsubj:pass lifted', 'ruled <advcl lifted', 'court <nsubj ruled'],
  ],
];

describe('parser on hand-checked news sentences', () => {
  const results = CASES.map(([text, arcs]) => {
    const p = parse(text);
    const wrong: string[] = [];
    for (const arc of arcs) {
      const [dep, rest] = arc.split(' <') as [string, string];
      const [label, head] = rest.split(' ') as [string, string];
      const t = p.tokens[find(p, dep)]!;
      const gotHead = t.head < 0 ? 'ROOT' : p.tokens[t.head]!.text;
      if (t.deprel !== label || gotHead !== head.split('#')[0]) wrong.push(`${arc} (got ${t.deprel} ${gotHead})`);
    }
    return { text, arcs: arcs.length, wrong };
  });

  // A greedy parser at ~85 % UAS on EWT gets some of these wrong (the message lists which);
  // the floors are the accuracy bars of issue 8, which a broken model falls far below.
  it('attaches and labels at least 85 % of the checked arcs', () => {
    const total = results.reduce((n, r) => n + r.arcs, 0);
    const wrong = results.flatMap((r) => r.wrong.map((w) => `${r.text}: ${w}`));
    expect(wrong.length / total, wrong.join('\n')).toBeLessThanOrEqual(0.15);
  });

  it('finds the root verb of at least 90 % of the sentences', () => {
    const rootsWrong = results.flatMap((r) => r.wrong.filter((w) => w.includes('<root')).map((w) => `${r.text}: ${w}`));
    expect(rootsWrong.length / results.length, rootsWrong.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('tags and lemmatises news words', () => {
    const text = 'The ministers were meeting in Brussels and rejected the plans.';
    const tokens = tagSentence(udWords(text, tokenize(text)));
    const by = (w: string) => tokens.find((t) => t.text === w)!;
    expect([by('ministers').upos, by('ministers').xpos, by('ministers').lemma]).toEqual(['NOUN', 'NNS', 'minister']);
    expect([by('were').upos, by('were').lemma]).toEqual(['AUX', 'be']);
    expect([by('meeting').xpos, by('meeting').lemma]).toEqual(['VBG', 'meet']);
    expect([by('Brussels').upos, by('Brussels').lemma]).toEqual(['PROPN', 'Brussels']);
    expect([by('rejected').xpos, by('rejected').lemma]).toEqual(['VBD', 'reject']);
    expect(by('plans').lemma).toBe('plan');
  });

  it('reads voice, negation, modality and coordination off the tree', () => {
    const passive = parse('The proposal was rejected by the committee.');
    expect(voice(passive, find(passive, 'rejected'))).toBe('passive');
    const quote = parse('"We will not accept this deal," she said.');
    const accept = find(quote, 'accept');
    expect(isNegated(quote, accept)).toBe(true);
    expect(modality(quote, accept)).toBe('will');
    expect(voice(quote, accept)).toBe('active');
    expect(isNegated(quote, find(quote, 'said'))).toBe(false);
    const urged = parse('The president urged Congress and the states to act quickly.');
    expect(conjuncts(urged, find(urged, 'states')).map((i) => urged.tokens[i]!.text)).toEqual(['Congress', 'states']);
    const contraction = parse("The minister didn't attend the meeting.");
    expect(contraction.tokens.map((t) => t.text)).toContain("n't");
    expect(isNegated(contraction, find(contraction, 'attend'))).toBe(true);
    expect(children(contraction, find(contraction, 'attend'), 'nsubj').map((i) => contraction.tokens[i]!.text)).toEqual(
      ['minister'],
    );
  });

  it('tags words the caller marks as parts of a name as proper nouns', () => {
    const text = 'Italy came down on Switzerland, saying the Swiss must act.';
    const words = udWords(text, tokenize(text));
    const plain = parseSentence(words);
    const hinted = parseSentence(
      words,
      undefined,
      words.map((w) => w.text === 'Italy'),
    );
    expect(hinted.tokens[0]!.upos).toBe('PROPN');
    expect(hinted.tokens[0]!.deprel).toBe('nsubj');
    // Unhinted, the "-ly" of a sentence-initial word misleads the tagger: the hint is what changes it.
    expect(plain.tokens[0]!.upos).not.toBe('PROPN');
  });

  it('keeps the caller’s character offsets', () => {
    const text = 'Officials in Washington declined to comment.';
    const p = parse(text);
    for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
