/**
 * Small real extractions for graph, store and export tests: two articles about the same
 * people, written the way the extractor reports them (offsets computed from the text).
 */
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/types.js';
import type { EntityType, RelationType } from '../../src/graph/schema.js';

interface EntitySpec {
  key: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  attributes?: Record<string, string | string[]>;
}

interface RelationSpec {
  type: RelationType;
  source: string;
  target: string | null;
  /** A sentence that occurs in the text verbatim. */
  sentence: string;
  content?: string;
  trigger?: string;
  date?: string;
}

export function makeExtraction(
  meta: { id: string; title: string; published?: string; source?: string; url?: string },
  text: string,
  entities: EntitySpec[],
  relations: RelationSpec[],
): ArticleExtraction {
  const extracted: ExtractedEntity[] = entities.map((e, i) => ({
    id: `e${i + 1}`,
    key: e.key,
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
    mentions: spansOf(text, [e.name, ...(e.aliases ?? [])]),
    ...(e.attributes ? { attributes: e.attributes } : {}),
  }));
  const localId = (key: string): string => {
    const found = extracted.find((e) => e.key === key);
    if (!found) throw new Error(`fixture: no entity ${key}`);
    return found.id;
  };
  const rels: ExtractedRelation[] = relations.map((r) => {
    const start = text.indexOf(r.sentence);
    if (start < 0) throw new Error(`fixture: sentence not in text: ${r.sentence}`);
    return {
      type: r.type,
      source: localId(r.source),
      target: r.target === null ? null : localId(r.target),
      evidence: r.sentence,
      start,
      end: start + r.sentence.length,
      date: r.date ?? null,
      confidence: 0.75,
      ...(r.content ? { content: r.content } : {}),
      ...(r.trigger ? { trigger: r.trigger } : {}),
    };
  });
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    text,
    entities: extracted,
    relations: rels,
    warnings: [],
  };
}

function spansOf(text: string, forms: string[]): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      spans.push({ start: at, end: at + form.length, text: form });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const LAVROV_TEXT =
  'Russian Foreign Minister Sergei Lavrov said on Oct. 30 that Russia is ready for negotiations. ' +
  'Lavrov demanded that NATO stop expanding. ' +
  'Both U.S. President Joe Biden and Vladimir Putin will attend the G-20 summit in Bali. ' +
  'Putin has not confirmed.';

export const lavrovArticle = (): ArticleExtraction =>
  makeExtraction(
    {
      id: 'kyiv-lavrov',
      title: 'Russia wants to negotiate with West',
      published: '2022-10-31',
      source: 'Kyiv Independent',
    },
    LAVROV_TEXT,
    [
      {
        key: 'person:sergei-lavrov',
        name: 'Sergei Lavrov',
        type: 'Person',
        aliases: ['Lavrov'],
        attributes: { roles: ['Foreign Minister'] },
      },
      { key: 'place:russia', name: 'Russia', type: 'Place' },
      { key: 'organization:nato', name: 'NATO', type: 'Organization' },
      { key: 'place:united-states', name: 'United States', type: 'Place', aliases: ['U.S.'] },
      { key: 'person:joe-biden', name: 'Joe Biden', type: 'Person', attributes: { roles: ['President'] } },
      { key: 'person:vladimir-putin', name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] },
      { key: 'event:g-20-summit', name: 'G-20 summit', type: 'Event' },
      { key: 'place:bali', name: 'Bali', type: 'Place' },
    ],
    [
      {
        type: 'STATED',
        source: 'person:sergei-lavrov',
        target: null,
        sentence: 'Russian Foreign Minister Sergei Lavrov said on Oct. 30 that Russia is ready for negotiations.',
        content: 'Russia is ready for negotiations',
        trigger: 'said',
        date: '2022-10-30',
      },
      {
        type: 'DEMANDED',
        source: 'person:sergei-lavrov',
        target: 'organization:nato',
        sentence: 'Lavrov demanded that NATO stop expanding.',
        content: 'NATO stop expanding',
        trigger: 'demanded',
      },
      {
        type: 'ATTENDS',
        source: 'person:vladimir-putin',
        target: 'event:g-20-summit',
        sentence: 'Both U.S. President Joe Biden and Vladimir Putin will attend the G-20 summit in Bali.',
        trigger: 'attend',
      },
      {
        type: 'ATTENDS',
        source: 'person:joe-biden',
        target: 'event:g-20-summit',
        sentence: 'Both U.S. President Joe Biden and Vladimir Putin will attend the G-20 summit in Bali.',
        trigger: 'attend',
      },
      {
        type: 'HELD_IN',
        source: 'event:g-20-summit',
        target: 'place:bali',
        sentence: 'Both U.S. President Joe Biden and Vladimir Putin will attend the G-20 summit in Bali.',
      },
      {
        type: 'HAS_ROLE',
        source: 'person:sergei-lavrov',
        target: 'place:russia',
        sentence: 'Russian Foreign Minister Sergei Lavrov said on Oct. 30 that Russia is ready for negotiations.',
        content: 'Foreign Minister',
      },
    ],
  );

const KREMLIN_TEXT =
  'Putin told the US on Monday that sanctions must end. ' +
  "The Kremlin rejected the proposal, Putin's spokesman said. " +
  'Lyudmila Putin, a teacher, was not involved.';

export const kremlinArticle = (): ArticleExtraction =>
  makeExtraction(
    { id: 'wire-kremlin', title: 'Kremlin rejects proposal', published: '2022-11-07' },
    KREMLIN_TEXT,
    [
      { key: 'person:putin', name: 'Putin', type: 'Person' },
      { key: 'place:us', name: 'US', type: 'Place' },
      { key: 'organization:kremlin', name: 'Kremlin', type: 'Organization' },
      { key: 'person:lyudmila-putin', name: 'Lyudmila Putin', type: 'Person', aliases: ['Putin'] },
    ],
    [
      {
        type: 'STATED',
        source: 'person:putin',
        target: 'place:us',
        sentence: 'Putin told the US on Monday that sanctions must end.',
        content: 'sanctions must end',
        trigger: 'told',
      },
    ],
  );

/** Strings an exporter must survive: markup, quotes, control characters, emoji, astral planes. */
export const HOSTILE = {
  title:
    'Quotes "double" & \'single\' <b>bold</b> ]]> \u0001\u0007bell\u000b\ufffe tab\there \ud83c\uddfa\ud83c\udde6 𝔘',
  name: 'A & B <Holdings> "Ltd" \u0000\u001f ✓ 🚀',
};

export const hostileArticle = (): ArticleExtraction =>
  makeExtraction(
    { id: 'hostile-<&>', title: HOSTILE.title, published: '2023-01-02', url: 'https://example.org/a?b=1&c=<2>' },
    `${HOSTILE.name} said "prices rise" & <fall>. Then nothing.`,
    [{ key: 'organization:a-b-holdings-ltd', name: HOSTILE.name, type: 'Organization', aliases: ['A&B'] }],
    [
      {
        type: 'STATED',
        source: 'organization:a-b-holdings-ltd',
        target: null,
        sentence: `${HOSTILE.name} said "prices rise" & <fall>.`,
        content: 'prices rise & <fall>',
        trigger: 'said',
      },
    ],
  );
