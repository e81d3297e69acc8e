/**
 * The details panel: a node's type, aliases, roles, relations grouped by type with each evidence
 * sentence shown inside its article text, and the articles it appears in; or one edge's evidence.
 */
import type {
  ActorSummary,
  ArticleRef,
  EdgeDetails,
  EvidenceContext,
  NodeCentrality,
  NodeDetails,
  NodeRef,
  RelationItem,
} from '../../export/view/types.js';
import { nodeColor, relationColor } from '../../export/view/palette.js';
import { clear, el, swatch } from './dom.js';

export interface PanelActions {
  openNode(id: string): void;
  openEdge(id: string): void;
  openArticle(id: string): void;
  close(): void;
}

/** Relations per group shown before "show all". */
const GROUP_PREVIEW = 6;

export function renderEvidence(context: EvidenceContext | null, evidence: string | null): HTMLElement {
  const block = el('blockquote', { class: 'evidence' });
  if (!context) {
    block.appendChild(el('mark', { text: evidence ?? '(no evidence sentence)' }));
    return block;
  }
  block.append(
    el('span', { class: 'context', text: (context.clippedBefore ? '… ' : '') + context.before }),
    el('mark', { text: context.sentence }),
    el('span', { class: 'context', text: context.after + (context.clippedAfter ? ' …' : '') }),
  );
  return block;
}

function nodeLink(ref: NodeRef, actions: PanelActions): HTMLElement {
  return el(
    'button',
    { class: 'link node-link', title: `${ref.type} · ${ref.id}`, on: { click: () => actions.openNode(ref.id) } },
    [swatch(nodeColor(ref.type)), ref.name],
  );
}

function articleLine(article: ArticleRef | null, date: string | null, actions: PanelActions): HTMLElement | null {
  if (!article && !date) return null;
  return el('div', { class: 'meta' }, [
    date ? el('time', { text: date }) : null,
    date && article ? ' · ' : null,
    article
      ? el('button', {
          class: 'link',
          text: article.title,
          title: 'Show this article',
          on: { click: () => actions.openArticle(article.id) },
        })
      : null,
  ]);
}

function relationEntry(item: RelationItem, actions: PanelActions): HTMLElement {
  const arrow = item.direction === 'out' ? '→' : '←';
  const head = el('div', { class: 'relation-head' }, [
    el('span', { class: 'arrow', text: arrow }),
    nodeLink(item.other, actions),
    item.content && item.type !== 'MENTIONS' ? el('span', { class: 'content', text: `“${item.content}”` }) : null,
    el('button', {
      class: 'link small',
      text: 'edge',
      title: 'Show this relation alone',
      on: { click: () => actions.openEdge(item.edgeId) },
    }),
  ]);
  const showEvidence = item.type !== 'MENTIONS' && (item.evidence !== null || item.context !== null);
  return el('li', { class: 'relation' }, [
    head,
    articleLine(item.article, item.date, actions),
    showEvidence ? renderEvidence(item.context, item.evidence) : null,
  ]);
}

function relationGroup(type: string, items: RelationItem[], actions: PanelActions): HTMLElement {
  const list = el('ul', { class: 'relations' });
  const render = (count: number): void => {
    clear(list);
    for (const item of items.slice(0, count)) list.appendChild(relationEntry(item, actions));
    if (items.length > count) {
      list.appendChild(
        el('li', {}, [
          el('button', { class: 'link', text: `Show all ${items.length}`, on: { click: () => render(items.length) } }),
        ]),
      );
    }
  };
  render(GROUP_PREVIEW);
  const details = el('details', { class: 'group', attrs: type === 'MENTIONS' ? {} : { open: '' } }, [
    el('summary', {}, [
      swatch(relationColor(type), 'line'),
      el('span', { text: type }),
      el('span', { class: 'count', text: String(items.length) }),
    ]),
    list,
  ]);
  return details;
}

function header(title: string, type: string, actions: PanelActions): HTMLElement {
  return el('header', { class: 'panel-head' }, [
    el('div', {}, [el('span', { class: 'badge' }, [swatch(nodeColor(type)), type]), el('h2', { text: title })]),
    el('button', {
      class: 'icon',
      text: '×',
      title: 'Close',
      attrs: { 'aria-label': 'Close' },
      on: { click: () => actions.close() },
    }),
  ]);
}

export function renderNodePanel(panel: HTMLElement, details: NodeDetails, actions: PanelActions): void {
  clear(panel);
  panel.appendChild(header(details.name, details.type, actions));
  const facts = el('dl', { class: 'facts' });
  const fact = (name: string, value: string | HTMLElement | null): void => {
    if (value === null || value === '') return;
    facts.append(
      el('dt', { text: name }),
      typeof value === 'string' ? el('dd', { text: value }) : el('dd', {}, [value]),
    );
  };
  fact('Aliases', details.aliases.join(', '));
  fact('Roles', details.roles.join(', '));
  const date = details.properties.date;
  if (details.type === 'Article') {
    fact('Date', typeof date === 'string' ? date : null);
    const source = details.properties.source;
    fact('Source', typeof source === 'string' ? source : null);
    fact(
      'Text',
      el('button', { class: 'link', text: 'Read the article', on: { click: () => actions.openArticle(details.id) } }),
    );
  }
  fact('Id', details.id);
  panel.appendChild(facts);
  if (details.centrality && details.type !== 'Article')
    panel.appendChild(centralitySection(details.centrality, actions));
  if (details.summary.length > 0) panel.appendChild(summarySection(details.summary, actions));
  if (details.articles.length > 0) {
    panel.appendChild(
      el('h3', { text: `Appears in ${details.articles.length} article${details.articles.length === 1 ? '' : 's'}` }),
    );
    panel.appendChild(
      el(
        'ul',
        { class: 'articles' },
        details.articles.map((a) => el('li', {}, [articleLine(a, a.date, actions)])),
      ),
    );
  }
  panel.appendChild(el('h3', { text: 'Relations' }));
  if (details.relations.length === 0) panel.appendChild(el('p', { class: 'muted', text: 'No relations.' }));
  for (const group of details.relations) panel.appendChild(relationGroup(group.type, group.items, actions));
}

function centralitySection(c: NodeCentrality, actions: PanelActions): HTMLElement {
  const facts = el('dl', { class: 'metrics' });
  const fact = (name: string, value: string | HTMLElement): void => {
    facts.append(
      el('dt', { text: name }),
      typeof value === 'string' ? el('dd', { text: value }) : el('dd', {}, [value]),
    );
  };
  fact('Articles', `named in ${c.articles.toLocaleString('en')}`);
  fact('Relations', `${c.relations} stated/demanded/rejected/attends · degree ${c.degree}`);
  fact(
    'PageRank',
    `${c.pagerank.toExponential(2)} · #${c.pagerankRank.toLocaleString('en')} of ${c.entities.toLocaleString('en')}`,
  );
  if (c.community) {
    fact(
      'Community',
      el('span', {}, [
        swatch(c.community.color),
        `#${c.community.id + 1} (${c.community.size.toLocaleString('en')}): `,
        ...c.community.top.flatMap((m, i) => [i > 0 ? ', ' : null, nodeLink(m, actions)]),
      ]),
    );
  }
  return el('section', {}, [el('h3', { text: 'Centrality' }), facts]);
}

/** Counterparts shown per relation type before "show all". */
const COUNTERPART_PREVIEW = 8;

function summarySection(summary: ActorSummary[], actions: PanelActions): HTMLElement {
  const section = el('section', { class: 'summary' }, [el('h3', { text: 'Said and did, by counterpart' })]);
  for (const group of summary) {
    const list = el('ul', { class: 'counterparts' });
    const render = (count: number): void => {
      clear(list);
      for (const c of group.counterparts.slice(0, count)) {
        const span = c.first && c.last ? (c.first === c.last ? c.first : `${c.first} – ${c.last}`) : 'undated';
        list.appendChild(
          el('li', { class: 'counterpart' }, [
            el('div', { class: 'relation-head' }, [
              el('span', { class: 'arrow', text: c.direction === 'out' ? '→' : '←' }),
              nodeLink(c.other, actions),
              el('span', { class: 'count', text: `×${c.count}` }),
              el('span', { class: 'muted small', text: span }),
            ]),
            el(
              'div',
              { class: 'evidence-links' },
              c.items.map((item, i) =>
                el('button', {
                  class: 'link small',
                  text: item.date ?? `#${i + 1}`,
                  title: 'Show the evidence',
                  on: { click: () => actions.openEdge(item.edgeId) },
                }),
              ),
            ),
          ]),
        );
      }
      if (group.counterparts.length > count)
        list.appendChild(
          el('li', {}, [
            el('button', {
              class: 'link',
              text: `Show all ${group.counterparts.length}`,
              on: { click: () => render(group.counterparts.length) },
            }),
          ]),
        );
    };
    render(COUNTERPART_PREVIEW);
    section.appendChild(
      el('details', { class: 'group', attrs: { open: '', 'data-summary': group.type } }, [
        el('summary', {}, [
          swatch(relationColor(group.type), 'line'),
          el('span', { text: group.type }),
          el('span', {
            class: 'count',
            text: `${group.total} with ${group.counterparts.length}`,
          }),
        ]),
        list,
      ]),
    );
  }
  return section;
}

export function renderEdgePanel(panel: HTMLElement, details: EdgeDetails, actions: PanelActions): void {
  clear(panel);
  panel.appendChild(
    el('header', { class: 'panel-head' }, [
      el('div', {}, [el('span', { class: 'badge' }, [swatch(relationColor(details.type), 'line'), details.type])]),
      el('button', {
        class: 'icon',
        text: '×',
        title: 'Close',
        attrs: { 'aria-label': 'Close' },
        on: { click: () => actions.close() },
      }),
    ]),
  );
  panel.appendChild(
    el('div', { class: 'edge-ends' }, [
      nodeLink(details.source, actions),
      el('span', { class: 'arrow', text: ` —${details.type}→ ` }),
      nodeLink(details.target, actions),
    ]),
  );
  if (details.content) panel.appendChild(el('p', { class: 'content', text: `“${details.content}”` }));
  const line = articleLine(details.article, details.date, actions);
  if (line) panel.appendChild(line);
  panel.appendChild(el('h3', { text: 'Evidence' }));
  panel.appendChild(renderEvidence(details.context, details.evidence));
  const confidence = details.properties.confidence;
  if (typeof confidence === 'number')
    panel.appendChild(el('p', { class: 'muted', text: `Confidence ${confidence.toFixed(2)}` }));
}

export function renderArticlePanel(
  panel: HTMLElement,
  article: { id: string; title: string; date: string | null; source: string | null; url: string | null; text: string },
  actions: PanelActions,
): void {
  clear(panel);
  panel.appendChild(header(article.title, 'Article', actions));
  panel.appendChild(
    el('div', { class: 'meta' }, [
      article.date ? el('time', { text: article.date }) : null,
      article.source ? ` · ${article.source}` : null,
    ]),
  );
  if (article.url && /^https?:\/\//i.test(article.url)) {
    panel.appendChild(
      el('p', {}, [
        el('a', { text: article.url, attrs: { href: article.url, target: '_blank', rel: 'noopener noreferrer' } }),
      ]),
    );
  }
  panel.appendChild(
    el('button', {
      class: 'link block-link',
      text: 'Show its node and relations',
      on: { click: () => actions.openNode(article.id) },
    }),
  );
  const body = el('div', { class: 'article-text' });
  for (const paragraph of article.text.split(/\n\s*\n|\n/))
    if (paragraph.trim()) body.appendChild(el('p', { text: paragraph }));
  panel.appendChild(body);
}
