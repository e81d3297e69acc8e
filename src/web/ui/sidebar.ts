/** Legend and filters in one: node types and relation types with their colours and counts as
 * checkboxes, an article picker and a date range. */
import type { GraphView } from '../../export/view/types.js';
import type { Filters } from '../graph/filters.js';
import { allFilters, dateBounds } from '../graph/filters.js';
import { el, swatch } from './dom.js';

export function createSidebar(view: GraphView, onChange: (filters: Filters) => void): HTMLElement {
  const filters = allFilters(view);
  const nodeTypes = new Set(filters.nodeTypes);
  const relationTypes = new Set(filters.relationTypes);
  let article: string | null = null;
  let from: string | null = null;
  let to: string | null = null;
  const emit = (): void =>
    onChange({ nodeTypes: new Set(nodeTypes), relationTypes: new Set(relationTypes), article, from, to });

  const toggle = (
    set: Set<string>,
    value: string,
    label: string,
    color: string,
    count: number,
    shape: 'dot' | 'line',
  ): HTMLElement => {
    const box = el('input', { attrs: { type: 'checkbox', 'data-filter': value } });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) set.add(value);
      else set.delete(value);
      emit();
    });
    return el('label', { class: 'toggle' }, [
      box,
      swatch(color, shape),
      el('span', { class: 'name', text: label }),
      el('span', { class: 'count', text: String(count) }),
    ]);
  };

  const articleSelect = el('select', { attrs: { 'aria-label': 'Article' } }, [
    el('option', { text: 'All articles', attrs: { value: '' } }),
    ...view.articles.map((a) =>
      el('option', { text: (a.date ? a.date + ' · ' : '') + a.title, attrs: { value: a.id } }),
    ),
  ]);
  articleSelect.addEventListener('change', () => {
    article = articleSelect.value === '' ? null : articleSelect.value;
    emit();
  });

  const dateInput = (label: string, assign: (v: string | null) => void): HTMLElement => {
    const input = el('input', { attrs: { type: 'date', 'aria-label': label } });
    if (view.dateRange) {
      input.min = dateBounds(view.dateRange[0])[0];
      input.max = dateBounds(view.dateRange[1])[1];
    } else {
      input.disabled = true;
    }
    input.addEventListener('change', () => {
      assign(input.value === '' ? null : input.value);
      emit();
    });
    return el('label', { class: 'date' }, [el('span', { text: label }), input]);
  };

  const overview = view.mode === 'overview';
  return el('aside', { class: 'sidebar', attrs: { 'aria-label': 'Legend and filters' } }, [
    overview
      ? el('p', {
          class: 'overview-note small',
          text:
            `Overview: the ${view.nodes.length.toLocaleString('en')} entities named by most articles, of ` +
            `${view.total.entities.toLocaleString('en')} (size: ${view.importance}). Articles and MENTIONS are ` +
            'hidden; click or search a node to expand its neighbourhood.',
        })
      : null,
    el('h3', { text: 'Nodes' }),
    el(
      'div',
      { class: 'toggles' },
      view.nodeTypes.map((t) => toggle(nodeTypes, t.type, t.type, t.color, t.count, 'dot')),
    ),
    el('h3', { text: 'Relations' }),
    el(
      'div',
      { class: 'toggles' },
      view.relationTypes.map((t) => toggle(relationTypes, t.type, t.type, t.color, t.count, 'line')),
    ),
    overview ? null : el('h3', { text: 'Article' }),
    overview ? null : articleSelect,
    el('h3', { text: 'Dates' }),
    el('div', { class: 'dates' }, [dateInput('From', (v) => (from = v)), dateInput('To', (v) => (to = v))]),
    view.dateRange
      ? el('p', {
          class: 'muted small',
          text: `Relations dated ${view.dateRange[0]} to ${view.dateRange[1]} (a date far from its article's publication counts as the publication date)`,
        })
      : el('p', { class: 'muted small', text: 'No dated relations.' }),
  ]);
}
