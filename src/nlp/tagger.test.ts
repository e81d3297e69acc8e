import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from './model.js';
import { MAX_TAGGER_FEATURES, tagForms, taggerFeatures, wordAtoms, type TaggerModel } from './tagger.js';

/** Tagging the plain way: every template scored for every word, nothing kept between words. */
function referenceTags(model: TaggerModel, forms: string[]): number[] {
  const atoms = wordAtoms(forms);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const C = model.classes.length;
  const scores = new Int32Array(C);
  const tags: number[] = [];
  let p1 = C;
  let p2 = C + 1;
  forms.forEach((form, i) => {
    let best = model.dictionary.get(form) ?? -1;
    if (best < 0) {
      model.table.score(feats, taggerFeatures(atoms, i, p1, p2, feats), scores);
      const allowed = (c: number): boolean =>
        !model.closed?.classes.has(c) || !!model.closed.allowed.get(form.toLowerCase())?.has(c);
      for (let c = 0; c < C; c++) if (allowed(c) && (best < 0 || scores[c]! > scores[best]!)) best = c;
    }
    tags.push(best);
    p2 = p1;
    p1 = best;
  });
  return tags;
}

describe('tagger', () => {
  const model = loadSyntaxModel().tagger;
  const sentences = [
    'Brazilian Finance Minister Dilson Funaro said on Tuesday the talks would resume .',
    'Funaro said Brazil would not pay .',
    'The Fed raised rates to 6.5 pct in 1987 , traders said .',
    'Unchanged',
    'Shr loss',
    'Tokyo-based Mitsubishi Estate Co',
    'Oskar Lind , speaking at a news conference , said the plan was dead .',
  ].map((s) => s.split(' '));

  it('tags as scoring every template for every word does, sentence edges included, with its per-form caches cold and warm', () => {
    for (let pass = 0; pass < 2; pass++)
      for (const forms of sentences) expect([...tagForms(model, forms)]).toEqual(referenceTags(model, forms));
  });

  it('gives a closed class (preposition, determiner, pronoun, conjunction, auxiliary, particle) only to forms the treebank gives it', () => {
    const upos = (forms: string[]): string[] =>
      [...tagForms(model, forms)].map((c) => model.classes[c]!.split('\t')[0]!);
    const closed = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART']);
    // Unknown capitalised first words the context pulls towards a function word's tag.
    for (const sentence of [
      'Oskar Lind , speaking at a news conference , said the plan was dead .',
      'Boeing said it would cut jobs .',
      'Westinghouse Electric said profits rose .',
    ])
      expect(closed.has(upos(sentence.split(' '))[0]!)).toBe(false);
    // Function words keep their classes, in any case.
    expect(upos('In the end , he and they said that it was not true .'.split(' '))).toEqual([
      'ADP',
      'DET',
      'NOUN',
      'PUNCT',
      'PRON',
      'CCONJ',
      'PRON',
      'VERB',
      'SCONJ',
      'PRON',
      'AUX',
      'PART',
      'ADJ',
      'PUNCT',
    ]);
  });
});
