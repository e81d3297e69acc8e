/** Tagging, lemmatising and parsing of sentences given as words with offsets. */
import { lemmatise } from './lemmatiser.js';
import { loadSyntaxModel, type SyntaxModel } from './model.js';
import { parse, parserInputOf } from './parser.js';
import { FORM_CACHE_LIMIT, tagEntries, tagForms, taggerEntry } from './tagger.js';
import type { ParsedSentence, TaggedToken, WordSpan } from './types.js';

/** Lemmas per tag class and form: a form takes few tags, and lemmatising builds strings for every look-up. */
const lemmaCaches = new WeakMap<SyntaxModel, Map<string, string>[]>();

function lemmaOf(model: SyntaxModel, form: string, tag: number): string {
  let byTag = lemmaCaches.get(model);
  if (byTag === undefined) lemmaCaches.set(model, (byTag = model.xpos.map(() => new Map())));
  const cache = byTag[tag]!;
  let lemma = cache.get(form);
  if (lemma === undefined) {
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    lemma = lemmatise(model.lemmas, form, model.xpos[tag]!);
    cache.set(form, lemma);
  }
  return lemma;
}

function tagged(model: SyntaxModel, words: readonly WordSpan[], tags: Int32Array): TaggedToken[] {
  return words.map((w, i) => {
    const xpos = model.xpos[tags[i]!]!;
    return {
      text: w.text,
      start: w.start,
      end: w.end,
      upos: model.upos[tags[i]!]!,
      xpos,
      lemma: lemmaOf(model, w.text, tags[i]!),
    };
  });
}

/** Part-of-speech tags and lemmas only (faster than a full parse). */
export function tagSentence(words: readonly WordSpan[], model: SyntaxModel = loadSyntaxModel()): TaggedToken[] {
  return tagged(
    model,
    words,
    tagForms(
      model.tagger,
      words.map((w) => w.text),
    ),
  );
}

interface Analysis {
  tags: Int32Array;
  lemmas: string[];
  heads: Int32Array;
  labels: Int32Array;
}

/** Sentences seen before, by their forms: wire copy repeats itself (5% of Reuters tokens are in repeated sentences). */
const SENTENCE_CACHE_LIMIT = 1 << 14;
const sentenceCaches = new WeakMap<SyntaxModel, Map<string, Analysis>>();

/** The tag class of a singular proper noun (PROPN, NNP). */
function properClass(model: SyntaxModel): number | undefined {
  const c = model.tagger.classes.indexOf('PROPN\tNNP');
  return c >= 0 ? c : undefined;
}

/** Tags, lemmas and tree of a sentence: a function of its forms (and the words known as names) alone. */
function analyseForms(model: SyntaxModel, forms: string[], proper?: readonly boolean[]): Analysis {
  let cache = sentenceCaches.get(model);
  if (cache === undefined) sentenceCaches.set(model, (cache = new Map()));
  const nnp = proper?.some(Boolean) ? properClass(model) : undefined;
  const pinned = nnp === undefined ? undefined : proper!.map((p) => (p ? nnp : undefined));
  const key = pinned ? `${JSON.stringify(forms)}|${proper!.map((p) => (p ? 1 : 0)).join('')}` : JSON.stringify(forms);
  let analysis = cache.get(key);
  if (analysis === undefined) {
    const entries = forms.map((f) => taggerEntry(model.tagger, f));
    const tags = tagEntries(model.tagger, entries, pinned);
    const tree = parse(
      {
        transitions: model.denseTransitions ?? model.transitions,
        labels: model.labelTable,
        labelCount: model.labels.length,
      },
      parserInputOf(
        entries.map((e) => e.atoms),
        tags,
        model.tagger.classes.length,
      ),
      (size) => new Int32Array(size),
    );
    const lemmas = entries.map((e, i) => {
      // Most forms take one tag: their lemma waits in their entry.
      if (e.lemmaTag !== tags[i]) {
        e.lemma = lemmaOf(model, forms[i]!, tags[i]!);
        e.lemmaTag = tags[i]!;
      }
      return e.lemma;
    });
    analysis = { tags, lemmas, heads: tree.heads, labels: tree.labels };
    if (cache.size >= SENTENCE_CACHE_LIMIT) cache.clear();
    cache.set(key, analysis);
  }
  return analysis;
}

/**
 * Tags, lemmas and a Universal Dependencies tree for one sentence. `proper` marks words known to
 * be part of a name (a gazetteer's "United Nations", "Italy"), tagged PROPN whatever their shape
 * or position suggests to the tagger.
 */
export function parseSentence(
  words: readonly WordSpan[],
  model: SyntaxModel = loadSyntaxModel(),
  proper?: readonly boolean[],
): ParsedSentence {
  if (words.length === 0) return { tokens: [] };
  const { tags, lemmas, heads, labels } = analyseForms(
    model,
    words.map((w) => w.text),
    proper,
  );
  // Each token built once in its final shape, not tagged and then spread into a parsed copy; its
  // fields in the order changedToken (tree.ts) builds a repaired one, so both share a hidden class.
  return {
    tokens: words.map((w, i) => {
      const xpos = model.xpos[tags[i]!]!;
      return {
        text: w.text,
        start: w.start,
        end: w.end,
        upos: model.upos[tags[i]!]!,
        xpos,
        lemma: lemmas[i]!,
        head: heads[i]!,
        deprel: model.labels[labels[i]!] ?? 'dep',
      };
    }),
  };
}

/** parseSentence over many sentences (the model is loaded once). */
export function parseSentences(
  sentences: readonly (readonly WordSpan[])[],
  model: SyntaxModel = loadSyntaxModel(),
): ParsedSentence[] {
  return sentences.map((words) => parseSentence(words, model));
}
