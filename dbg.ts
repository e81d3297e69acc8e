import { splitSentences } from '/work/main/src/extract/segment/sentences.js';
import { tokenize } from '/work/main/src/extract/segment/tokens.js';
import { udWords } from '/work/main/src/extract/segment/words.js';
import { parseSentence } from '/work/main/src/nlp/index.js';
import { extractArticle } from '/work/main/src/extract/pipeline.js';
for (const text of process.argv.slice(2)) {
  for (const s of splitSentences(text)) {
    const toks = tokenize(text, s.start, s.end);
    const p = parseSentence(udWords(text, toks));
    p.tokens.forEach((t, i) => console.log(`${i}\t${t.text}\t${t.lemma}\t${t.upos}\t${t.xpos}\t${t.head}\t${t.deprel}`));
  }
  const x = extractArticle({ id: 't', title: 'T', text, date: '2021-05-12' });
  console.log(x.entities.map((e) => `${e.id}:${e.type}:${e.name}`).join(' | '));
  console.log(x.relations.map((r) => `${r.type}(${r.source} -> ${r.target}) [${r.trigger}]`).join('\n'));
}
