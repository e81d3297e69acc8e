import { describe, expect, it } from 'vitest';
import {
  changedToken,
  children,
  clauseOf,
  conjuncts,
  hasLabel,
  isNegated,
  modality,
  pathBetween,
  pathLabels,
  rootOf,
  subtreeSpan,
  voice,
} from './tree.js';
import { parseSentence } from './analyse.js';
import type { ParsedSentence } from './types.js';

/** Builds a sentence from "form/UPOS/head/deprel" items (head 1-based, 0 = root), offsets from single spaces. */
function sentence(spec: string): ParsedSentence {
  let at = 0;
  return {
    tokens: spec.split(' ').map((item) => {
      const [text, upos, head, deprel, lemma] = item.split('/') as [string, string, string, string, string?];
      const start = at;
      at += text.length + 1;
      return {
        text,
        start,
        end: start + text.length,
        upos,
        xpos: '_',
        lemma: lemma ?? text.toLowerCase(),
        head: Number(head) - 1,
        deprel,
      };
    }),
  };
}

// "The plan was not rejected by the unions and the government , she said ."
const passive = sentence(
  'The/DET/2/det plan/NOUN/5/nsubj:pass was/AUX/5/aux:pass/be not/PART/5/advmod rejected/VERB/14/ccomp ' +
    'by/ADP/8/case the/DET/8/det unions/NOUN/5/obl:agent and/CCONJ/11/cc the/DET/11/det government/NOUN/8/conj ' +
    ',/PUNCT/5/punct she/PRON/14/nsubj said/VERB/0/root ./PUNCT/14/punct',
);

// "Officials could meet the minister and his deputy on Monday ."
const modal = sentence(
  'Officials/NOUN/3/nsubj could/AUX/3/aux meet/VERB/0/root the/DET/5/det minister/NOUN/3/obj and/CCONJ/8/cc ' +
    'his/PRON/8/nmod:poss deputy/NOUN/5/conj on/ADP/10/case Monday/PROPN/3/obl ./PUNCT/3/punct',
);

// "No agreement was reached ."
const noAgreement = sentence(
  'No/DET/2/det agreement/NOUN/4/nsubj:pass was/AUX/4/aux:pass/be reached/VERB/0/root ./PUNCT/4/punct',
);

describe('tree helpers', () => {
  it('matches labels by prefix only at a subtype boundary', () => {
    expect(hasLabel('obl:agent', 'obl')).toBe(true);
    expect(hasLabel('obl', 'obl')).toBe(true);
    expect(hasLabel('obj', 'obl')).toBe(false);
    expect(hasLabel('nsubj:pass', 'nsubj:pass')).toBe(true);
    expect(hasLabel('nsubjx', 'nsubj')).toBe(false);
  });

  it('finds the root and children by label', () => {
    expect(rootOf(passive)).toBe(13);
    expect(children(passive, 13)).toEqual([4, 12, 14]);
    expect(children(passive, 4, 'obl')).toEqual([7]);
    expect(children(passive, 4, 'nsubj')).toEqual([1]);
    expect(children(passive, -1)).toEqual([13]);
  });

  it('gives subtree spans with character offsets, optionally without some labels', () => {
    const agent = subtreeSpan(passive, 7);
    expect([agent.first, agent.last]).toEqual([5, 10]);
    const text = passive.tokens.map((t) => t.text).join(' ');
    expect(text.slice(agent.start, agent.end)).toBe('by the unions and the government');
    const bare = subtreeSpan(passive, 7, ['case', 'conj']);
    expect(text.slice(bare.start, bare.end)).toBe('the unions');
    const clause = subtreeSpan(passive, 4, ['punct']);
    expect(text.slice(clause.start, clause.end)).toBe('The plan was not rejected by the unions and the government');
  });

  it('finds the clause a token belongs to', () => {
    expect(clauseOf(passive, 7)).toBe(4); // unions → rejected
    expect(clauseOf(passive, 12)).toBe(13); // she → said
    expect(clauseOf(passive, 4)).toBe(4);
    expect(clauseOf(modal, 9)).toBe(2);
  });

  it('tells voice, negation and modality', () => {
    expect(voice(passive, 4)).toBe('passive');
    expect(voice(passive, 13)).toBe('active');
    expect(isNegated(passive, 4)).toBe(true);
    expect(isNegated(passive, 13)).toBe(false);
    expect(isNegated(noAgreement, 3)).toBe(true);
    expect(modality(modal, 2)).toBe('could');
    expect(modality(passive, 4)).toBeNull();
    // "… but I am , X said": an auxiliary misparsed onto a finite verb makes no passive.
    const finite = {
      tokens: sentence('I/PRON/3/nsubj am/AUX/3/aux:pass said/VERB/0/root').tokens.map((w, i) =>
        i === 2 ? { ...w, xpos: 'VBD' } : w,
      ),
    };
    expect(voice(finite, 2)).toBe('active');
    // "Pressed by reporters, Velt said": a participle with a "by" agent is passive with no auxiliary;
    // an agent misread without "by" ("had said … part of …") makes none.
    const vbn = (p: ParsedSentence): ParsedSentence => ({
      tokens: p.tokens.map((w, i) => (i === 0 ? { ...w, xpos: 'VBN' } : w)),
    });
    const pressed = vbn(
      sentence('Pressed/VERB/5/advcl by/ADP/3/case reporters/NOUN/1/obl:agent Velt/PROPN/5/nsubj said/VERB/0/root'),
    );
    expect(voice(pressed, 0)).toBe('passive');
    const misread = vbn(sentence('said/VERB/0/root that/SCONJ/3/mark part/NOUN/1/obl:agent'));
    expect(voice(misread, 0)).toBe('active');
  });

  it('collects coordination groups from any conjunct', () => {
    expect(conjuncts(passive, 7)).toEqual([7, 10]);
    expect(conjuncts(passive, 10)).toEqual([7, 10]);
    expect(conjuncts(modal, 4)).toEqual([4, 7]);
    expect(conjuncts(modal, 0)).toEqual([0]);
    // "According to Reuters and NBC , Salman is ruler ." misparsed with Salman a third conjunct:
    // the coordination closes with the conjunct that carries "and".
    const according = sentence(
      'According/VERB/3/case to/ADP/1/fixed Reuters/PROPN/9/obl and/CCONJ/5/cc NBC/PROPN/3/conj ,/PUNCT/7/punct Salman/PROPN/3/conj is/AUX/9/cop ruler/NOUN/0/root ./PUNCT/9/punct',
    );
    expect(conjuncts(according, 2)).toEqual([2, 4]);
    // "A , B and C": all three.
    const list = sentence('A/PROPN/0/root ,/PUNCT/3/punct B/PROPN/1/conj and/CCONJ/5/cc C/PROPN/1/conj');
    expect(conjuncts(list, 0)).toEqual([0, 2, 4]);
  });

  it('walks the path between two tokens through their lowest common ancestor', () => {
    expect(pathBetween(passive, 12, 7)).toEqual({ nodes: [12, 13, 4, 7], lca: 13 });
    expect(pathLabels(passive, 12, 7)).toEqual(['nsubj', 'ccomp', 'obl:agent']);
    expect(pathBetween(passive, 7, 7)).toEqual({ nodes: [7], lca: 7 });
    expect(pathBetween(modal, 6, 4)).toEqual({ nodes: [6, 7, 4], lca: 4 });
  });
});

describe('changedToken', () => {
  it("changes the given fields and keeps the parsed word's fields in their order", () => {
    const [word] = parseSentence([{ text: 'Talks', start: 0, end: 5 }]).tokens;
    const changed = changedToken(word!, { head: 3, deprel: 'nsubj' });
    expect(changed).toEqual({ ...word, head: 3, deprel: 'nsubj' });
    expect(Object.keys(changed)).toEqual(Object.keys(word!));
  });
});
