import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../nlp/index.js';
import { repairTree } from './tree.js';

/** A parse written as "word/UPOS/XPOS/head/deprel" entries (heads are 0-based, -1 for the root). */
function parse(...words: string[]): ParsedSentence {
  let at = 0;
  return {
    tokens: words.map((w) => {
      const [text, upos, xpos, head, deprel] = w.split('/') as [string, string, string, string, string];
      const start = at;
      at += text.length + 1;
      return {
        text,
        upos,
        xpos,
        lemma: text.toLowerCase(),
        head: Number(head),
        deprel,
        start,
        end: start + text.length,
      };
    }),
  };
}

const arcs = (p: ParsedSentence): string[] => p.tokens.map((t) => `${t.text}:${t.head}:${t.deprel}`);

describe('repairTree', () => {
  it('reads a trailing speech verb with a rootless phrase before it without failing (a noun root, ", said")', () => {
    // The root itself sits before the verb: it is set off by no comma and hangs on no noun.
    const rooted = parse(
      'Talks/NOUN/NNS/-1/root',
      'ended/VERB/VBD/3/ccomp',
      ',/PUNCT/,/3/punct',
      'said/VERB/VBD/0/parataxis',
    );
    const said = { tokens: rooted.tokens.map((w, i) => (i === 3 ? { ...w, lemma: 'say' } : w)) };
    expect(arcs(repairTree(said))).toEqual(arcs(said));
  });
  it('makes a name its title\'s head when the title was parsed as the head ("Sen. Mara Velt and Ivo Brandt said")', () => {
    const misread = parse(
      'Sen./PROPN/NNP/6/nsubj',
      'Mara/PROPN/NNP/0/flat',
      'Velt/PROPN/NNP/0/flat',
      'and/CCONJ/CC/4/cc',
      'Ivo/PROPN/NNP/0/conj',
      'Brandt/PROPN/NNP/4/flat',
      'said/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(misread)).slice(0, 5)).toEqual([
      'Sen.:1:nmod:desc',
      'Mara:6:nsubj',
      'Velt:1:flat',
      'and:4:cc',
      'Ivo:1:conj',
    ]);
    // A word that is no title keeps the name it heads ("Lund Velt" is one name).
    const name = parse('Lund/PROPN/NNP/2/nsubj', 'Velt/PROPN/NNP/0/flat', 'said/VERB/VBD/-1/root');
    expect(arcs(repairTree(name))[0]).toBe('Lund:2:nsubj');
  });
  it('makes a name apposed to the one told the subject of the told clause ("told a press conference Brazil had to …")', () => {
    const misread = parse(
      'He/PRON/PRP/1/nsubj',
      'told/VERB/VBD/-1/root',
      'a/DET/DT/3/det',
      'conference/NOUN/NN/1/iobj',
      'Brazil/PROPN/NNP/3/appos',
      'had/VERB/VBD/1/ccomp',
    );
    expect(arcs(repairTree(misread))[4]).toBe('Brazil:5:nsubj');
  });
  it('makes the object of a verb of saying the subject of its subjectless clause ("saying X\'s speech was fair")', () => {
    const misread = parse(
      'Velt/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'the/DET/DT/3/det',
      'speech/NOUN/NN/1/obj',
      'was/AUX/VBD/5/cop',
      'fair/ADJ/JJ/1/ccomp',
    );
    const said = { tokens: misread.tokens.map((w, i) => (i === 1 ? { ...w, lemma: 'say' } : w)) };
    expect(arcs(repairTree(said))[3]).toBe('speech:5:nsubj');
    // What hangs on the verb between the noun and its clause goes with the noun.
    const between = parse(
      'Velt/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'the/DET/DT/3/det',
      'presence/NOUN/NN/1/obj',
      'at/ADP/IN/5/case',
      'talks/NOUN/NNS/1/obl',
      'was/AUX/VBD/7/cop',
      'new/ADJ/JJ/1/ccomp',
    );
    const saidBetween = { tokens: between.tokens.map((w, i) => (i === 1 ? { ...w, lemma: 'say' } : w)) };
    expect(arcs(repairTree(saidBetween)).slice(3, 6)).toEqual(['presence:7:nsubj', 'at:5:case', 'talks:3:nmod']);
    // A clause with its own subject keeps the object where it was.
    const own = parse(
      'Velt/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'nothing/PRON/NN/1/obj',
      'it/PRON/PRP/5/nsubj',
      'was/AUX/VBD/5/cop',
      'fair/ADJ/JJ/1/ccomp',
    );
    const saidOwn = { tokens: own.tokens.map((w, i) => (i === 1 ? { ...w, lemma: 'say' } : w)) };
    expect(arcs(repairTree(saidOwn))).toEqual(arcs(saidOwn));
  });
  it('makes a noun before the told clause\'s own subject the one told ("told a news conference the rate would …")', () => {
    // "They tell a news conference the rate will stay": the parser's two misreadings: the object of the clause's verb, and a second subject.
    const asObject = parse(
      'They/PRON/PRP/1/nsubj',
      'tell/VERB/VBP/-1/root',
      'a/DET/DT/3/det',
      'conference/NOUN/NN/7/obj',
      'the/DET/DT/5/det',
      'rate/NOUN/NN/7/nsubj',
      'would/AUX/MD/7/aux',
      'stay/VERB/VB/1/ccomp',
    );
    expect(arcs(repairTree(asObject))[3]).toBe('conference:1:obj');
    const asSubject = parse(
      'They/PRON/PRP/1/nsubj',
      'tell/VERB/VBP/-1/root',
      'the/DET/DT/3/det',
      'committee/NOUN/NN/7/nsubj',
      'the/DET/DT/5/det',
      'rate/NOUN/NN/7/nsubj',
      'would/AUX/MD/7/aux',
      'stay/VERB/VB/1/ccomp',
    );
    expect(arcs(repairTree(asSubject))[3]).toBe('committee:1:obj');
    // A verb that has its object keeps the clause as it is ("tell him the committee …").
    const told = parse(
      'They/PRON/PRP/1/nsubj',
      'tell/VERB/VBP/-1/root',
      'him/PRON/PRP/1/obj',
      'the/DET/DT/4/det',
      'committee/NOUN/NN/7/nsubj',
      'the/DET/DT/6/det',
      'rate/NOUN/NN/7/nsubj',
      'stayed/VERB/VBD/1/ccomp',
    );
    expect(arcs(repairTree(told))[4]).toBe('committee:7:nsubj');
  });
  it('makes the noun after "with" the subject of an "-ing" verb with none ("and with Dorvia saying …")', () => {
    const conjunct = parse(
      'talks/NOUN/NNS/1/nsubj',
      'ended/VERB/VBD/-1/root',
      'in/ADP/IN/3/case',
      'Lund/PROPN/NNP/1/obl',
      'and/CCONJ/CC/6/cc',
      'with/ADP/IN/6/case',
      'Dorvia/PROPN/NNP/3/conj',
      'saying/VERB/VBG/1/advcl',
    );
    expect(arcs(repairTree(conjunct))[6]).toBe('Dorvia:7:nsubj');
    // A verb's companion stays its oblique ("met with Velt visiting Lund").
    const companion = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'met/VERB/VBD/-1/root',
      'with/ADP/IN/3/case',
      'Velt/PROPN/NNP/1/obl',
      'visiting/VERB/VBG/1/advcl',
      'Lund/PROPN/NNP/4/obj',
    );
    expect(arcs(repairTree(companion))[3]).toBe('Velt:1:obl');
    // A participle inside the noun's own phrase is no clause of its ("with rules regarding the waste").
    const inside = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'complied/VERB/VBD/-1/root',
      'with/ADP/IN/3/case',
      'rules/NOUN/NNS/1/obl',
      'regarding/VERB/VBG/6/acl',
      'the/DET/DT/6/det',
      'waste/NOUN/NN/3/nmod',
    );
    expect(repairTree(inside)).toEqual(inside);
  });
  it('hangs a that-clause with its own subject on the speech verb before its obliques ("added in an interview that …")', () => {
    const onNoun = parse(
      'They/PRON/PRP/1/nsubj',
      'add/VERB/VBP/-1/root',
      'in/ADP/IN/4/case',
      'an/DET/DT/4/det',
      'interview/NOUN/NN/1/obl',
      'that/SCONJ/IN/8/mark',
      'the/DET/DT/7/det',
      'plan/NOUN/NN/8/nsubj',
      'failed/VERB/VBD/4/acl:relcl',
    );
    expect(arcs(repairTree(onNoun))[8]).toBe('failed:1:ccomp');
    // "so that" opens a purpose clause, not what was said.
    const purpose = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'spoke/VERB/VBD/-1/root',
      'so/ADV/RB/4/advmod',
      'that/SCONJ/IN/5/mark',
      'they/PRON/PRP/5/nsubj',
      'won/VERB/VBD/1/advcl',
    );
    expect(arcs(repairTree(purpose))[5]).toBe('won:1:advcl');
  });
  it('joins two proper nouns side by side, both subjects of one verb, into one name ("Mara Velt and Piet Orlo will meet")', () => {
    const split = parse(
      'Mara/PROPN/NNP/6/nsubj',
      'Velt/PROPN/NNP/6/nsubj',
      'and/CCONJ/CC/3/cc',
      'Piet/PROPN/NNP/1/conj',
      'Orlo/PROPN/NNP/3/flat',
      'will/AUX/MD/6/aux',
      'meet/VERB/VB/-1/root',
    );
    expect(arcs(repairTree(split)).slice(0, 4)).toEqual(['Mara:6:nsubj', 'Velt:0:flat', 'and:3:cc', 'Piet:0:conj']);
  });
  it('reads "following" before a gathering, with no article before it, as the preposition ("spoke following talks")', () => {
    const asObject = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'spoke/VERB/VBD/-1/root',
      'following/VERB/VBG/3/amod',
      'talks/NOUN/NNS/1/obj',
    );
    expect(arcs(repairTree(asObject)).slice(2)).toEqual(['following:3:case', 'talks:1:obl']);
    // "said following talks with Y that the deal was close": the gathering taken for the clause's second subject.
    const asSubject = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'following/VERB/VBG/3/amod',
      'talks/NOUN/NNS/8/nsubj',
      'that/SCONJ/IN/8/mark',
      'the/DET/DT/6/det',
      'deal/NOUN/NN/8/nsubj',
      'was/AUX/VBD/8/cop',
      'close/ADJ/JJ/1/ccomp',
    );
    expect(arcs(repairTree(asSubject)).slice(2, 4)).toEqual(['following:3:case', 'talks:1:obl']);
    // "the following meeting" is the next one.
    const next = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'missed/VERB/VBD/-1/root',
      'the/DET/DT/4/det',
      'following/VERB/VBG/4/amod',
      'meeting/NOUN/NN/1/obj',
    );
    expect(arcs(repairTree(next)).slice(3)).toEqual(['following:4:amod', 'meeting:1:obj']);
  });
  it('makes a subject and complement clause hung as a relative clause under an opening participle the main clause', () => {
    // "Speaking after a summit meeting he said the plan would fail."
    const misread = parse(
      'Speaking/VERB/VBG/-1/root',
      'after/ADP/IN/4/case',
      'a/DET/DT/4/det',
      'summit/NOUN/NN/4/compound',
      'meeting/NOUN/NN/0/obl',
      'he/PRON/PRP/6/nsubj',
      'said/VERB/VBD/4/acl:relcl',
      'plan/NOUN/NN/8/nsubj',
      'fail/VERB/VB/6/ccomp',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[6]).toBe('said:-1:root');
    expect(fixed[0]).toBe('Speaking:6:advcl');
    // A relative clause with a gap stays one: "Discussing the plan he proposed, X …".
    const relative = parse(
      'Discussing/VERB/VBG/-1/root',
      'the/DET/DT/2/det',
      'plan/NOUN/NN/0/obj',
      'he/PRON/PRP/4/nsubj',
      'proposed/VERB/VBD/2/acl:relcl',
    );
    expect(arcs(repairTree(relative))[4]).toBe('proposed:2:acl:relcl');
  });
  it('makes a preposition parsed as a noun the case of the name hung on it as its subject ("remarks by X")', () => {
    const misread = parse(
      'the/DET/DT/1/det',
      'remarks/NOUN/NNS/-1/root',
      'by/ADP/IN/1/nmod',
      'President/PROPN/NNP/4/nmod:desc',
      'Marek/PROPN/NNP/2/nsubj',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[2]).toBe('by:4:case');
    expect(fixed[4]).toBe('Marek:1:nmod');
  });
  it('makes a preposition with a name split off it the case of that name ("talks with | A and B")', () => {
    const misread = parse(
      'talks/NOUN/NNS/-1/root',
      'with/ADP/IN/0/nmod',
      'Anna/PROPN/NNP/1/goeswith',
      'and/CCONJ/CC/4/cc',
      'Tomas/PROPN/NNP/2/conj',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[1]).toBe('with:2:case');
    expect(fixed[2]).toBe('Anna:0:nmod');
    expect(fixed[4]).toBe('Tomas:2:conj');
  });
  it('makes a list item that opens with "and" a conjunct ("A of X and B of Y will meet")', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/6/nsubj',
      'of/ADP/IN/2/case',
      'Dorvia/PROPN/NNP/0/nmod',
      'and/CCONJ/CC/4/cc',
      'Marek/PROPN/NNP/0/list',
      'will/AUX/MD/6/aux',
      'meet/VERB/VB/-1/root',
    );
    expect(arcs(repairTree(misread))[4]).toBe('Marek:0:conj');
    // A list item without a conjunction stays one.
    const list = parse('Brenn/PROPN/NNP/2/nsubj', 'Marek/PROPN/NNP/0/list', 'met/VERB/VBD/-1/root');
    expect(arcs(repairTree(list))[1]).toBe('Marek:0:list');
  });
  it('gives a conjunct with its own "of" phrase to the head it parallels ("A of X and B of Y")', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/7/nsubj',
      'of/ADP/IN/2/case',
      'Dorvia/PROPN/NNP/0/nmod',
      'and/CCONJ/CC/4/cc',
      'Marek/PROPN/NNP/2/conj',
      'of/ADP/IN/6/case',
      'Kestrel/PROPN/NNP/4/nmod',
      'met/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(misread))[4]).toBe('Marek:0:conj');
    // "the leaders of France and Germany": a conjunct without its own "of" stays.
    const plain = parse(
      'leaders/NOUN/NNS/4/nsubj',
      'of/ADP/IN/2/case',
      'France/PROPN/NNP/0/nmod',
      'and/CCONJ/CC/3/cc',
      'Germany/PROPN/NNP/2/conj',
      'met/VERB/VBD/-1/root',
    );
    expect(repairTree(plain)).toEqual(plain);
    // The "of" phrase hung on the last part of the conjunct's name.
    const flatOf = parse(
      'Brenn/PROPN/NNP/8/nsubj',
      'of/ADP/IN/2/case',
      'Dorvia/PROPN/NNP/0/nmod',
      'and/CCONJ/CC/4/cc',
      'Ivo/PROPN/NNP/2/conj',
      'Marek/PROPN/NNP/4/flat',
      'of/ADP/IN/7/case',
      'Kestrel/PROPN/NNP/5/nmod',
      'met/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(flatOf))[4]).toBe('Ivo:0:conj');
  });
  it('gives a that-clause hung on the time phrase of a verb back to the verb ("said on Sunday that …")', () => {
    const misread = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'Sunday/PROPN/NNP/1/obl:unmarked',
      'that/PRON/WDT/5/obj',
      'Peru/PROPN/NNP/5/nsubj',
      'disagrees/VERB/VBZ/2/acl:relcl',
    );
    expect(arcs(repairTree(misread)).slice(3)).toEqual(['that:5:mark', 'Peru:5:nsubj', 'disagrees:1:ccomp']);
    // "the deal on Sunday that Peru signed": no clause with a subject of its own besides "that" stays.
    const relative = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'Sunday/PROPN/NNP/1/obl:unmarked',
      'that/PRON/WDT/4/nsubj',
      'came/VERB/VBD/2/acl:relcl',
    );
    expect(repairTree(relative)).toEqual(relative);
  });
  it('reads "called the agreement illegal" parsed as one noun phrase as object and verdict', () => {
    const misread = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'call/VERB/VBD/-1/root',
      'the/DET/DT/4/det',
      'agreement/NOUN/NN/4/compound',
      'illegal/NOUN/NN/1/obj',
    );
    expect(arcs(repairTree(misread)).slice(2)).toEqual(['the:3:det', 'agreement:1:obj', 'illegal:1:xcomp']);
    // "called the agreement office": no verdict word, no change.
    const plain = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'call/VERB/VBD/-1/root',
      'the/DET/DT/4/det',
      'agreement/NOUN/NN/4/compound',
      'office/NOUN/NN/1/obj',
    );
    expect(repairTree(plain)).toEqual(plain);
  });
  it('reads ", an accusation X strongly denies" as a relative clause with a gap, the verb tagged a noun a verb', () => {
    const misread = parse(
      'an/DET/DT/1/det',
      'accusation/NOUN/NN/4/nsubj',
      'Kenya/PROPN/NNP/1/appos',
      'strongly/ADV/RB/4/advmod',
      'denies/NOUN/NNS/-1/root',
    );
    const repaired = repairTree(misread).tokens;
    expect(repaired.map((t) => `${t.text}:${t.head}:${t.deprel}:${t.upos}`)).toEqual([
      'an:1:det:DET',
      'accusation:-1:appos:NOUN',
      'Kenya:4:nsubj:PROPN',
      'strongly:4:advmod:ADV',
      'denies:1:acl:relcl:VERB',
    ]);
    // A verb with an object keeps its subject: "an official, Ivo Marek, denies the claim".
    const plain = parse(
      'an/DET/DT/1/det',
      'official/NOUN/NN/3/nsubj',
      'Marek/PROPN/NNP/1/appos',
      'denies/VERB/VBZ/-1/root',
      'it/PRON/PRP/3/obj',
    );
    expect(repairTree(plain)).toEqual(plain);
  });
  it('joins two subjects of one verb with the conjunction between them hung on the verb', () => {
    const misread = parse(
      'Kenya/PROPN/NNP/4/nsubj',
      'and/CCONJ/CC/4/cc',
      'its/PRON/PRP$/3/nmod:poss',
      'ally/NOUN/NN/4/nsubj',
      'rejected/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(misread)).slice(0, 4)).toEqual([
      'Kenya:4:nsubj',
      'and:3:cc',
      'its:3:nmod:poss',
      'ally:0:conj',
    ]);
    // A dateline and a subject with no conjunction between them stay two subjects.
    const dateline = parse('NAIROBI/PROPN/NNP/2/nsubj', 'Kenya/PROPN/NNP/2/nsubj', 'rejected/VERB/VBD/-1/root');
    expect(repairTree(dateline)).toEqual(dateline);
  });
  it("reads a participle after a possessive that took the next noun as object as that noun's adjective", () => {
    const misread = parse(
      'Kenya/PROPN/NNP/6/nsubj',
      "'s/PART/POS/0/case",
      'leading/VERB/VBG/0/acl',
      'union/NOUN/NN/2/obj',
      'KFU/PROPN/NNP/2/obl',
      ',/PUNCT/,/0/punct',
      'said/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(misread)).slice(0, 5)).toEqual([
      'Kenya:3:nmod:poss',
      "'s:0:case",
      'leading:3:amod',
      'union:6:nsubj',
      'KFU:3:appos',
    ]);
  });
  it('makes the participle hung on "turns" in "take turns rejecting" the xcomp of "take"', () => {
    const misread = parse(
      'They/PRON/PRP/1/nsubj',
      'take/VERB/VBP/-1/root',
      'turns/NOUN/NNS/1/obj',
      'rejecting/VERB/VBG/2/acl',
      'it/PRON/PRP/3/obj',
    );
    expect(arcs(repairTree(misread))[3]).toBe('rejecting:1:xcomp');
    // "turns" no object of "take" ("the road turns rejecting …" is no such idiom).
    const plain = parse(
      'It/PRON/PRP/1/nsubj',
      'makes/VERB/VBZ/-1/root',
      'turns/NOUN/NNS/1/obj',
      'rejecting/VERB/VBG/2/acl',
    );
    expect(repairTree(plain)).toEqual(plain);
  });
  it("makes an article's word tagged as an adverb its noun, the object of a verb that has none", () => {
    const misread = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'attended/VERB/VBD/-1/root',
      'a/DET/DT/3/det',
      'rally/ADV/RB/1/advmod',
      'in/ADP/IN/5/case',
      'Paris/PROPN/NNP/1/obl',
    );
    const repaired = repairTree(misread);
    expect(arcs(repaired)[3]).toBe('rally:1:obj');
    expect(repaired.tokens[3]).toMatchObject({ upos: 'NOUN', xpos: 'NN' });
    // "a very big rally": an adverb before an adjective stays one.
    const adverb = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'attended/VERB/VBD/-1/root',
      'a/DET/DT/5/det',
      'very/ADV/RB/4/advmod',
      'big/ADJ/JJ/5/amod',
      'rally/NOUN/NN/1/obj',
    );
    expect(repairTree(adverb)).toEqual(adverb);
  });
  it('makes a noun hung on the weekday after it the verb\'s object ("attended a rally Thursday")', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'attended/VERB/VBD/-1/root',
      'a/DET/DT/4/det',
      'rally/NOUN/NN/4/compound',
      'Thursday/PROPN/NNP/1/obl:unmarked',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'Brenn:1:nsubj',
      'attended:-1:root',
      'a:3:det',
      'rally:1:obj',
      'Thursday:1:obl:unmarked',
    ]);
  });
  it('makes the phrase after a copula hung on a name the root, and the name its subject', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/-1/root',
      'was/AUX/VBD/0/cop',
      'among/ADP/IN/3/case',
      'those/PRON/DT/1/obl',
      'at/ADP/IN/6/case',
      'the/DET/DT/6/det',
      'summit/NOUN/NN/3/nmod',
      './PUNCT/./0/punct',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'Brenn:3:nsubj',
      'was:3:cop',
      'among:3:case',
      'those:-1:root',
      'at:6:case',
      'the:6:det',
      'summit:3:nmod',
      '.:3:punct',
    ]);
  });
  it('reads a name compounded on a bare noun object with "that" as its determiner as a subjunctive clause', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'insisted/VERB/VBD/-1/root',
      'that/SCONJ/IN/4/det',
      'Dorvia/PROPN/NNP/4/compound',
      'resign/NOUN/NN/1/obj',
    );
    const repaired = repairTree(misread);
    expect(arcs(repaired)).toEqual([
      'Brenn:1:nsubj',
      'insisted:-1:root',
      'that:4:mark',
      'Dorvia:4:nsubj',
      'resign:1:ccomp',
    ]);
    expect(repaired.tokens[4]).toMatchObject({ upos: 'VERB', xpos: 'VB' });
    // Marked "that" as a bare modifier of a noun ("his demand that Dorvia resign"): the noun's clause.
    const modifier = parse(
      'his/PRON/PRP$/1/nmod:poss',
      'demand/NOUN/NN/-1/root',
      'that/SCONJ/IN/4/mark',
      'Dorvia/PROPN/NNP/4/compound',
      'resign/NOUN/NN/1/nmod:unmarked',
    );
    expect(arcs(repairTree(modifier))).toEqual([
      'his:1:nmod:poss',
      'demand:-1:root',
      'that:4:mark',
      'Dorvia:4:nsubj',
      'resign:1:acl',
    ]);
    // The demonstrative determines a noun ("rejected that Kestrel proposal").
    const demonstrative = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'rejected/VERB/VBD/-1/root',
      'that/DET/DT/4/det',
      'Kestrel/PROPN/NNP/4/compound',
      'proposal/NOUN/NN/1/obj',
    );
    expect(repairTree(demonstrative)).toEqual(demonstrative);
  });
  it('reads a name compounded on a bare noun in a that-clause as the subject of a subjunctive', () => {
    const misread = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'demanded/VERB/VBD/-1/root',
      'that/SCONJ/IN/4/mark',
      'Marek/PROPN/NNP/4/compound',
      'resign/NOUN/NN/1/ccomp',
    );
    const repaired = repairTree(misread);
    expect(arcs(repaired)).toEqual([
      'Brenn:1:nsubj',
      'demanded:-1:root',
      'that:4:mark',
      'Marek:4:nsubj',
      'resign:1:ccomp',
    ]);
    expect(repaired.tokens[4]).toMatchObject({ upos: 'VERB', xpos: 'VB' });
    // A noun with its determiner is a noun ("said that the Marek report …").
    const noun = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'that/SCONJ/IN/5/mark',
      'the/DET/DT/5/det',
      'Marek/PROPN/NNP/5/compound',
      'report/NOUN/NN/1/ccomp',
    );
    expect(repairTree(noun)).toEqual(noun);
  });
  it('gives the verb a that-clause hung on the person it addresses ("told MPs that …")', () => {
    const misread = parse(
      'Smith/PROPN/NNP/1/nsubj',
      'told/VERB/VBD/-1/root',
      'MPs/PROPN/NNPS/1/iobj',
      'that/SCONJ/IN/6/mark',
      'talks/NOUN/NNS/6/nsubj',
      'had/AUX/VBD/6/aux',
      'failed/VERB/VBN/2/acl',
      './PUNCT/./1/punct',
    );
    expect(arcs(repairTree(misread))[6]).toBe('failed:1:ccomp');
    // A relative clause ("that" its subject) and a content noun's clause stay as parsed.
    const relative = parse(
      'Smith/PROPN/NNP/1/nsubj',
      'told/VERB/VBD/-1/root',
      'MPs/PROPN/NNPS/1/obj',
      'that/PRON/WDT/4/nsubj',
      'objected/VERB/VBD/2/acl:relcl',
    );
    expect(repairTree(relative)).toEqual(relative);
    const content = parse(
      'Smith/PROPN/NNP/1/nsubj',
      'rejected/VERB/VBD/-1/root',
      'the/DET/DT/3/det',
      'claim/NOUN/NN/1/obj',
      'that/SCONJ/IN/6/mark',
      'talks/NOUN/NNS/6/nsubj',
      'failed/VERB/VBD/3/acl',
    );
    expect(repairTree(content)).toEqual(content);
  });

  it('makes the subjectless finite conjunct of a nominal root the root ("X and his counterparts gathered")', () => {
    // As a parser read it: "counterparts" the root with "Shoukry" its subject, "gathered" its conjunct.
    const misread = parse(
      'Shoukry/PROPN/NNP/3/nsubj',
      'and/CCONJ/CC/3/cc',
      'his/PRON/PRP$/3/nmod:poss',
      'counterparts/NOUN/NNS/-1/root',
      'gathered/VERB/VBD/3/conj',
      'in/ADP/IN/6/case',
      'Cairo/PROPN/NNP/4/obl',
      './PUNCT/./3/punct',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'Shoukry:4:nsubj',
      'and:3:cc',
      'his:3:nmod:poss',
      'counterparts:0:conj',
      'gathered:-1:root',
      'in:6:case',
      'Cairo:4:obl',
      '.:4:punct',
    ]);
    // A copula makes the noun a predicate: "Shoukry is minister and spoke" stays as parsed.
    const copular = parse(
      'Shoukry/PROPN/NNP/2/nsubj',
      'is/AUX/VBZ/2/cop',
      'minister/NOUN/NN/-1/root',
      'spoke/VERB/VBD/2/conj',
    );
    expect(repairTree(copular)).toEqual(copular);
  });

  it('makes a fronted prepositional phrase parsed as the subject an oblique, and the name after its comma the subject', () => {
    // "After talks with Anna, Ivo said": "Ivo" an apposition inside the phrase.
    const apposed = parse(
      'After/ADP/IN/1/case',
      'talks/NOUN/NNS/6/nsubj',
      'with/ADP/IN/3/case',
      'Anna/PROPN/NNP/1/nmod',
      ',/PUNCT/,/4/punct',
      'Ivo/PROPN/NNP/3/appos',
      'said/VERB/VBD/-1/root',
    );
    const fixed = arcs(repairTree(apposed));
    expect([fixed[1], fixed[5]]).toEqual(['talks:6:obl', 'Ivo:6:nsubj']);
    // "Following talks, Ivo told": "Following" read as an adjective and two subjects.
    const two = parse(
      'Following/VERB/VBG/1/amod',
      'talks/NOUN/NNS/4/nsubj',
      ',/PUNCT/,/1/punct',
      'Ivo/PROPN/NNP/4/nsubj',
      'told/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(two))).toEqual([
      'Following:1:case',
      'talks:4:obl',
      ',:1:punct',
      'Ivo:4:nsubj',
      'told:-1:root',
    ]);
    // Without a comma nothing is torn off: "After talks Ivo said".
    const plain = parse(
      'After/ADP/IN/1/case',
      'talks/NOUN/NNS/3/nsubj',
      'Ivo/PROPN/NNP/1/nmod',
      'said/VERB/VBD/-1/root',
    );
    expect(repairTree(plain)).toEqual(plain);
  });

  it('makes the nominal after the copula of a fronted "among" phrase its subject ("Among those at X was Y")', () => {
    const relative = parse(
      'Among/ADP/IN/1/case',
      'those/PRON/DT/-1/root',
      'at/ADP/IN/3/case',
      'talks/NOUN/NNS/1/nmod',
      'was/AUX/VBD/5/cop',
      'Ivo/PROPN/NNP/1/acl:relcl',
    );
    expect(arcs(repairTree(relative)).slice(4)).toEqual(['was:1:cop', 'Ivo:1:nsubj']);
    const nameRoot = parse(
      'Among/ADP/IN/1/case',
      'guests/NOUN/NNS/3/nmod',
      'was/AUX/VBD/3/cop',
      'Ivo/PROPN/NNP/-1/root',
    );
    expect(arcs(repairTree(nameRoot))).toEqual(['Among:1:case', 'guests:-1:root', 'was:1:cop', 'Ivo:1:nsubj']);
  });

  it("makes a past participle parsed as a complement with an object right after it that object's adjective", () => {
    const misread = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'faced/VERB/VBD/-1/root',
      'renewed/VERB/VBD/1/ccomp',
      'calls/NOUN/NNS/2/obj',
    );
    expect(arcs(repairTree(misread))).toEqual(['Ivo:1:nsubj', 'faced:-1:root', 'renewed:3:amod', 'calls:1:obj']);
    // "kept raising prices": a gerund complement stays one.
    const gerund = parse(
      'Ivo/PROPN/NNP/1/nsubj',
      'kept/VERB/VBD/-1/root',
      'raising/VERB/VBG/1/xcomp',
      'prices/NOUN/NNS/2/obj',
    );
    expect(repairTree(gerund)).toEqual(gerund);
  });

  it('hangs an "including" phrase the parser gave the verb on the plural noun right before it', () => {
    const misread = parse(
      'urged/VERB/VBD/-1/root',
      'members/NOUN/NNS/0/obj',
      ',/PUNCT/,/3/punct',
      'including/VERB/VBG/4/case',
      'Norway/PROPN/NNP/0/obl',
    );
    expect(arcs(repairTree(misread))[4]).toBe('Norway:1:nmod');
  });

  it('gives the root to an adjective hung on a copula that hangs on the subject ("X is due to attend")', () => {
    const misread = parse(
      'Mara/PROPN/NNP/-1/root',
      'Velt/PROPN/NNP/0/flat',
      'is/AUX/VBZ/1/cop',
      'due/ADJ/JJ/2/nsubj',
      'to/PART/TO/5/mark',
      'attend/VERB/VB/3/xcomp',
      './PUNCT/./0/punct',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'Mara:3:nsubj',
      'Velt:0:flat',
      'is:3:cop',
      'due:-1:root',
      'to:5:mark',
      'attend:3:xcomp',
      '.:3:punct',
    ]);
    // A copula that hangs on its own predicate is as it should be: "The minister is due".
    const right = parse('minister/NOUN/NN/2/nsubj', 'is/AUX/VBZ/2/cop', 'due/ADJ/JJ/-1/root');
    expect(repairTree(right)).toEqual(right);
  });

  it('makes an infinitive hung as the subject of an adjective that has one its complement ("X is due to meet Y")', () => {
    const misread = parse(
      'Ivo/PROPN/NNP/2/nsubj',
      'is/AUX/VBZ/2/cop',
      'due/ADJ/JJ/-1/root',
      'to/PART/TO/4/mark',
      'meet/VERB/VB/2/csubj',
      'Anna/PROPN/NNP/4/obj',
    );
    expect(repairTree(misread).tokens[4]!.deprel).toBe('xcomp');
    // "To meet her is easy": a clausal subject of an adjective with no other subject stays one.
    const clausal = parse(
      'To/PART/TO/1/mark',
      'meet/VERB/VB/4/csubj',
      'her/PRON/PRP/1/obj',
      'is/AUX/VBZ/4/cop',
      'easy/ADJ/JJ/-1/root',
    );
    expect(repairTree(clausal)).toEqual(clausal);
  });

  it('reads a root participle with a passive subject and no auxiliary or agent as an active past', () => {
    const bare = parse('NATO/PROPN/NNP/1/nsubj:pass', 'rejected/VERB/VBN/-1/root');
    const repaired = repairTree(bare).tokens;
    expect(repaired.map((t) => `${t.deprel}/${t.xpos}`)).toEqual(['nsubj/NNP', 'root/VBD']);
    // With its auxiliary or its agent it is a passive.
    const passive = parse('Plan/PROPN/NNP/2/nsubj:pass', 'was/AUX/VBD/2/aux:pass', 'rejected/VERB/VBN/-1/root');
    expect(repairTree(passive)).toEqual(passive);
    const agent = parse(
      'Plan/NOUN/NN/1/nsubj:pass',
      'rejected/VERB/VBN/-1/root',
      'by/ADP/IN/3/case',
      'council/NOUN/NN/1/obl',
    );
    expect(repairTree(agent)).toEqual(agent);
  });

  it('gives an adverb right after the verb, hung as an adjective of its object, to the verb ("brushed aside criticism")', () => {
    const misread = parse(
      'Anna/PROPN/NNP/1/nsubj',
      'brushed/VERB/VBD/-1/root',
      'aside/ADV/RB/3/amod',
      'criticism/NOUN/NN/1/obj',
    );
    expect(arcs(repairTree(misread))[2]).toBe('aside:1:advmod');
  });
  it('gives a particle hung on the object back to its verb ("ruled that out")', () => {
    const misread = parse('ruled/VERB/VBD/-1/root', 'that/PRON/DT/0/obj', 'out/ADP/RP/1/compound:prt');
    expect(arcs(repairTree(misread))).toEqual(['ruled:-1:root', 'that:0:obj', 'out:0:compound:prt']);
  });

  it('reads "A spokesman for X said" with "for" marking a clause as the spokesman\'s modifier', () => {
    const misread = parse(
      'A/DET/DT/1/det',
      'spokesman/NOUN/NN/5/nsubj',
      'for/ADP/IN/5/mark',
      'Anna/PROPN/NNP/5/nsubj',
      'Brenn/PROPN/NNP/3/flat',
      'said/VERB/VBD/-1/root',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'A:1:det',
      'spokesman:5:nsubj',
      'for:3:case',
      'Anna:1:nmod',
      'Brenn:3:flat',
      'said:-1:root',
    ]);
  });

  it('makes a finite verb hung as an adjective of the next noun take it as its object ("X told journalists")', () => {
    const misread = parse('Marek/PROPN/NNP/2/nsubj', 'told/VERB/VBD/2/amod', 'journalists/NOUN/NNS/-1/root');
    expect(arcs(repairTree(misread))).toEqual(['Marek:2:nsubj', 'told:-1:root', 'journalists:1:obj']);
  });

  it('gives a preposition hung on a name\'s first word to the name\'s head ("a meeting with Ivo Marek")', () => {
    const misread = parse(
      'meeting/NOUN/NN/-1/root',
      'with/ADP/IN/2/case',
      'Ivo/PROPN/NNP/3/compound',
      'Marek/PROPN/NNP/0/nmod',
    );
    expect(arcs(repairTree(misread))).toEqual(['meeting:-1:root', 'with:3:case', 'Ivo:3:compound', 'Marek:0:nmod']);
    // Inside a body's name the preposition stays ("Ministry of State Participation").
    const inside = parse(
      'Ministry/PROPN/NNP/3/compound',
      'of/ADP/IN/2/case',
      'State/PROPN/NNP/3/compound',
      'Participation/PROPN/NNP/-1/root',
    );
    expect(repairTree(inside)).toEqual(inside);
  });

  it('makes a titled name hung flat on a demonym read as the verb\'s predicate its object ("urged Hungarian President X to …")', () => {
    const misread = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'urged/VERB/VBD/-1/root',
      'Hungarian/ADJ/JJ/1/xcomp',
      'President/PROPN/NNP/4/nmod:desc',
      'Anna/PROPN/NNP/2/flat',
      'Kovacs/PROPN/NNP/4/flat',
      'to/PART/TO/7/mark',
      'resign/VERB/VB/2/xcomp',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'Marek:1:nsubj',
      'urged:-1:root',
      'Hungarian:4:amod',
      'President:4:nmod:desc',
      'Anna:1:obj',
      'Kovacs:4:flat',
      'to:7:mark',
      'resign:1:xcomp',
    ]);
    // An adjective with no name under it stays the verb's predicate ("kept Dorvia quiet").
    const kept = parse('Marek/PROPN/NNP/1/nsubj', 'kept/VERB/VBD/-1/root', 'quiet/ADJ/JJ/1/xcomp');
    expect(repairTree(kept)).toEqual(kept);
  });

  it('makes a preposition with no object right after its verb the verb\'s particle ("was called upon by X")', () => {
    const misread = parse(
      'Veltrania/PROPN/NNP/2/nsubj:pass',
      'was/AUX/VBD/2/aux:pass',
      'called/VERB/VBN/-1/root',
      'upon/ADP/IN/2/obl',
      'by/ADP/IN/5/case',
      'Marek/PROPN/NNP/2/obl:agent',
    );
    expect(arcs(repairTree(misread))[3]).toBe('upon:2:compound:prt');
    // A preposition with its object is none ("called on Marek").
    const kept = parse(
      'Kestrel/PROPN/NNP/1/nsubj',
      'called/VERB/VBD/-1/root',
      'on/ADP/IN/3/case',
      'Marek/PROPN/NNP/1/obl',
    );
    expect(repairTree(kept)).toEqual(kept);
  });

  it('gives a request verb the infinitive hung on the one it asks ("requires members to pay")', () => {
    const misread = parse(
      'League/PROPN/NNP/1/nsubj',
      'requires/VERB/VBZ/-1/root',
      'members/NOUN/NNS/1/obj',
      'to/PART/TO/4/mark',
      'pay/VERB/VB/2/acl',
    );
    expect(
      arcs(repairTree({ tokens: misread.tokens.map((w, i) => (i === 2 ? { ...w, lemma: 'member' } : w)) })),
    ).toEqual(['League:1:nsubj', 'requires:-1:root', 'members:1:obj', 'to:4:mark', 'pay:1:xcomp']);
    // A thing's purpose stays the thing's ("ordered a plan to cut costs"), as does any verb's that asks nothing.
    const plan = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'ordered/VERB/VBD/-1/root',
      'plan/NOUN/NN/1/obj',
      'to/PART/TO/4/mark',
      'cut/VERB/VB/2/acl',
    );
    expect(repairTree(plan)).toEqual(plan);
    const chose = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'chose/VERB/VBD/-1/root',
      'members/NOUN/NNS/1/obj',
      'to/PART/TO/4/mark',
      'pay/VERB/VB/2/acl',
    );
    expect(repairTree(chose)).toEqual(chose);
  });

  it('makes a noun conjunct of a verb after the comma closing its oblique a conjunct of that noun', () => {
    // "Marek called on Poland, Hungary and Romania to act."
    const misread = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'called/VERB/VBD/-1/root',
      'on/ADP/IN/3/case',
      'Poland/PROPN/NNP/1/obl',
      ',/PUNCT/,/5/punct',
      'Hungary/PROPN/NNP/1/conj',
      'and/CCONJ/CC/7/cc',
      'Romania/PROPN/NNP/5/conj',
    );
    expect(arcs(repairTree(misread))[5]).toBe('Hungary:3:conj');
    // A verb conjunct stays ("called on Poland, urged Hungary"): only a noun joins a noun.
    const verbs = parse(
      'Marek/PROPN/NNP/1/nsubj',
      'called/VERB/VBD/-1/root',
      'on/ADP/IN/3/case',
      'Poland/PROPN/NNP/1/obl',
      ',/PUNCT/,/5/punct',
      'urged/VERB/VBD/1/conj',
      'Hungary/PROPN/NNP/5/obj',
    );
    expect(repairTree(verbs)).toEqual(verbs);
  });

  it('reads a nominal modifier hung on a verb as its oblique ("We call | on Poland")', () => {
    const misread = parse(
      'We/PRON/PRP/1/nsubj',
      'call/VERB/VBP/-1/root',
      'on/ADP/IN/3/case',
      'Poland/PROPN/NNP/1/nmod',
    );
    expect(arcs(repairTree(misread))[3]).toBe('Poland:1:obl');
    // A noun's modifier stays ("the call on Poland").
    const noun = parse('the/DET/DT/1/det', 'call/NOUN/NN/-1/root', 'on/ADP/IN/3/case', 'Poland/PROPN/NNP/1/nmod');
    expect(repairTree(noun)).toEqual(noun);
  });

  it('makes a past verb after ", and" hung on a noun a conjunct of the verb above that noun', () => {
    // "Brenn compared the plan with that of dictators, and urged people to …"
    const misread = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'compared/VERB/VBD/-1/root',
      'plan/NOUN/NN/1/obj',
      'with/ADP/IN/4/case',
      'dictators/NOUN/NNS/2/nmod',
      ',/PUNCT/,/7/punct',
      'and/CCONJ/CC/7/cc',
      'urged/VERB/VBD/4/conj',
      'people/NOUN/NNS/7/obj',
    );
    expect(arcs(repairTree(misread))[7]).toBe('urged:1:conj');
    // A verb with its own subject keeps its place.
    const own = parse(
      'Brenn/PROPN/NNP/1/nsubj',
      'met/VERB/VBD/-1/root',
      'dictators/NOUN/NNS/1/obj',
      ',/PUNCT/,/5/punct',
      'and/CCONJ/CC/5/cc',
      'they/PRON/PRP/6/nsubj',
      'left/VERB/VBD/2/conj',
    );
    expect(repairTree(own)).toEqual(own);
  });

  it('makes the object before an open complement with a modal its subject, the complement a clause', () => {
    // "saying the Swiss must resolve …"
    const misread = parse(
      'saying/VERB/VBG/-1/root',
      'the/DET/DT/2/det',
      'Swiss/PROPN/NNP/0/obj',
      'must/AUX/MD/4/aux',
      'resolve/VERB/VB/0/xcomp',
    );
    expect(arcs(repairTree(misread))).toEqual([
      'saying:-1:root',
      'the:2:det',
      'Swiss:4:nsubj',
      'must:4:aux',
      'resolve:0:ccomp',
    ]);
    // An infinitive complement stays ("urged the Swiss to resolve").
    const urged = parse(
      'urged/VERB/VBD/-1/root',
      'Swiss/PROPN/NNP/0/obj',
      'to/PART/TO/3/mark',
      'resolve/VERB/VB/0/xcomp',
    );
    expect(repairTree(urged)).toEqual(urged);
  });

  it('makes a noun the subject of a participle with an agent between commas the subject of the main verb', () => {
    // "The Council, led by Marek, urged Poland"
    const misread = parse(
      'Council/PROPN/NNP/2/nsubj',
      ',/PUNCT/,/2/punct',
      'led/VERB/VBN/6/advcl',
      'by/ADP/IN/4/case',
      'Marek/PROPN/NNP/2/obl:agent',
      ',/PUNCT/,/2/punct',
      'urged/VERB/VBD/-1/root',
      'Poland/PROPN/NNP/6/obj',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[0]).toBe('Council:6:nsubj');
    expect(fixed[2]).toBe('led:0:acl');
    // A main verb with its own subject keeps the clause ("Pressed by Marek, the Council agreed").
    const own = parse(
      'Council/PROPN/NNP/2/nsubj',
      ',/PUNCT/,/2/punct',
      'led/VERB/VBN/7/advcl',
      'by/ADP/IN/4/case',
      'Marek/PROPN/NNP/2/obl:agent',
      ',/PUNCT/,/2/punct',
      'it/PRON/PRP/7/nsubj',
      'agreed/VERB/VBD/-1/root',
    );
    expect(repairTree(own)).toEqual(own);
  });

  it('never hangs an article on a word below it ("the so-called X" makes no cycle)', () => {
    // "scrap the so-called missiles" parsed with "the" as the object and "so" under "called".
    const misread = parse(
      'scrap/VERB/VB/-1/root',
      'the/DET/DT/0/obj',
      'so/ADV/RB/4/advmod',
      '-/PUNCT/HYPH/2/punct',
      'called/VERB/VBN/1/acl',
    );
    const fixed = repairTree(misread);
    const cyclic = fixed.tokens.some((_, i) => {
      let h = fixed.tokens[i]!.head;
      for (let n = 0; h >= 0 && n < fixed.tokens.length; n++, h = fixed.tokens[h]!.head) if (h === i) return true;
      return false;
    });
    expect(cyclic).toBe(false);
  });

  it("makes a phrase opening with a conjunction right after the verb's object that object's conjunct", () => {
    // "urged Poland as well as Hungary to …"
    const misread = parse(
      'urged/VERB/VBD/-1/root',
      'Poland/PROPN/NNP/0/obj',
      'as/ADV/RB/4/cc',
      'well/ADV/RB/2/fixed',
      'Hungary/PROPN/NNP/0/obl',
    );
    expect(arcs(repairTree(misread))[4]).toBe('Hungary:1:conj');
    // An oblique without a conjunction stays ("urged Poland on Monday").
    const plain = parse(
      'urged/VERB/VBD/-1/root',
      'Poland/PROPN/NNP/0/obj',
      'on/ADP/IN/3/case',
      'Monday/PROPN/NNP/0/obl',
    );
    expect(repairTree(plain)).toEqual(plain);
  });
  it('hangs "X, who …, said" on the main verb when the parser made the relative clause its complement or conjunct', () => {
    // "Ivo Marek, who has led the party since 2014, said it was stable."
    const complement = parse(
      'Ivo/PROPN/NNP/5/nsubj',
      'Marek/PROPN/NNP/0/flat',
      ',/PUNCT/,/5/punct',
      'who/PRON/WP/5/nsubj',
      'has/AUX/VBZ/5/aux',
      'led/VERB/VBN/11/ccomp',
      'the/DET/DT/7/det',
      'party/NOUN/NN/5/obj',
      'since/ADP/IN/9/case',
      '2014/NUM/CD/5/obl',
      ',/PUNCT/,/5/punct',
      'said/VERB/VBD/-1/root',
    );
    const fixed = arcs(repairTree(complement));
    expect(fixed[0]).toBe('Ivo:11:nsubj');
    expect(fixed[5]).toBe('led:0:acl:relcl');
    // "Anna Kovacs, who was elected in March, rejected the plan."
    const conjunct = parse(
      'Anna/PROPN/NNP/-1/root',
      'Kovacs/PROPN/NNP/0/flat',
      ',/PUNCT/,/5/punct',
      'who/PRON/WP/5/nsubj:pass',
      'was/AUX/VBD/5/aux:pass',
      'elected/VERB/VBN/0/acl:relcl',
      'in/ADP/IN/7/case',
      'March/PROPN/NNP/5/obl',
      ',/PUNCT/,/9/punct',
      'rejected/VERB/VBD/5/conj',
      'the/DET/DT/11/det',
      'plan/NOUN/NN/9/obj',
      './PUNCT/./0/punct',
    );
    const mended = arcs(repairTree(conjunct));
    expect(mended[9]).toBe('rejected:-1:root');
    expect(mended[0]).toBe('Anna:9:nsubj');
    expect(mended[5]).toBe('elected:0:acl:relcl');
    expect(mended[12]).toBe('.:9:punct');
    // A verb after ", and" in the relative clause is its own conjunct: "who came, and stayed".
    const listed = parse(
      'Anna/PROPN/NNP/-1/root',
      ',/PUNCT/,/3/punct',
      'who/PRON/WP/3/nsubj',
      'came/VERB/VBD/0/acl:relcl',
      ',/PUNCT/,/6/punct',
      'and/CCONJ/CC/6/cc',
      'stayed/VERB/VBD/3/conj',
    );
    expect(repairTree(listed)).toEqual(listed);
  });
  it("reads a past participle with an agent hung as a complement after a noun as the noun's reduced relative", () => {
    // "Anna Kovacs rejected a proposal put forward by Ivo Marek."
    const clause = parse(
      'Anna/PROPN/NNP/2/nsubj',
      'Kovacs/PROPN/NNP/0/flat',
      'rejected/VERB/VBD/-1/root',
      'a/DET/DT/4/det',
      'proposal/NOUN/NN/5/nsubj',
      'put/VERB/VBN/2/ccomp',
      'forward/ADV/RB/5/advmod',
      'by/ADP/IN/8/case',
      'Ivo/PROPN/NNP/5/obl:agent',
    );
    const fixed = arcs(repairTree(clause));
    expect(fixed[4]).toBe('proposal:2:obj');
    expect(fixed[5]).toBe('put:4:acl');
    // "Tarn turned down a compromise offered by Dorvia."
    const open = parse(
      'Tarn/PROPN/NNP/1/nsubj',
      'turned/VERB/VBD/-1/root',
      'down/ADP/RP/1/compound:prt',
      'a/DET/DT/4/det',
      'compromise/NOUN/NN/1/obj',
      'offered/VERB/VBN/1/xcomp',
      'by/ADP/IN/7/case',
      'Dorvia/PROPN/NNP/5/obl:agent',
    );
    expect(arcs(repairTree(open))[5]).toBe('offered:4:acl');
    // With its auxiliary it is a passive clause: "said the proposal was put forward by Ivo Marek".
    const passive = parse(
      'He/PRON/PRP/1/nsubj',
      'said/VERB/VBD/-1/root',
      'proposal/NOUN/NN/4/nsubj:pass',
      'was/AUX/VBD/4/aux:pass',
      'put/VERB/VBN/1/ccomp',
      'by/ADP/IN/6/case',
      'Ivo/PROPN/NNP/4/obl:agent',
    );
    expect(repairTree(passive)).toEqual(passive);
  });
  it("hangs what the parser hung on a quotation mark on the mark's head ('he \"totally rejects\" the accusations')", () => {
    const misread = parse(
      'he/PRON/PRP/3/nsubj',
      '"/PUNCT/``/3/punct',
      'totally/ADV/RB/3/advmod',
      'rejects/VERB/VBZ/-1/root',
      '"/PUNCT/``/3/punct',
      'the/DET/DT/6/det',
      'accusations/NOUN/NNS/4/obj',
    );
    expect(arcs(repairTree(misread))[6]).toBe('accusations:3:obj');
  });
  it('reads a claim noun and a name both parsed as subjects of a verb with no object as a gapped relative', () => {
    // "…, a claim Tarnland has denied."
    const misread = parse(
      'says/VERB/VBZ/-1/root',
      ',/PUNCT/,/5/punct',
      'a/DET/DT/3/det',
      'claim/NOUN/NN/5/nsubj',
      'Tarnland/PROPN/NNP/5/nsubj',
      'denied/VERB/VBN/0/ccomp',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[3]).toBe('claim:0:appos');
    expect(fixed[4]).toBe('Tarnland:5:nsubj');
    expect(fixed[5]).toBe('denied:3:acl:relcl');
  });
  it('gives the verb an object the parser hung on its adverb or oblique ("rejected outright the demands")', () => {
    const misread = parse(
      'Tarn/PROPN/NNP/1/nsubj',
      'rejected/VERB/VBD/-1/root',
      'outright/X/IN/1/obj',
      'the/DET/DT/4/det',
      'demands/NOUN/NNS/2/obj',
    );
    const fixed = arcs(repairTree(misread));
    expect(fixed[2]).toBe('outright:1:advmod');
    expect(fixed[4]).toBe('demands:1:obj');
    // An adposition's object is no object of the verb (the preposition's own repairs read it).
    const prepositional = parse(
      'Tarn/PROPN/NNP/1/nsubj',
      'voted/VERB/VBD/-1/root',
      'for/ADP/IN/1/obl',
      'Dorvia/PROPN/NNP/2/obj',
    );
    expect(arcs(repairTree(prepositional))[3]).not.toBe('Dorvia:1:obj');
  });
});
