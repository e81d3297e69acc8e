/** Colouring by type or by Louvain community, with a legend of the largest communities and
 * their most important members. */
import type { CommunitySummary } from '../../export/view/types.js';
import { el, swatch } from './dom.js';

export function createCommunityLegend(
  communities: readonly CommunitySummary[],
  onColorBy: (by: 'type' | 'community') => void,
  openNode: (id: string) => void,
): HTMLElement {
  const list = el(
    'ol',
    { class: 'communities' },
    communities.map((c) =>
      el('li', {}, [
        swatch(c.color),
        el('span', { class: 'members' }, [
          ...c.top.flatMap((m, i) => [
            i > 0 ? ', ' : null,
            el('button', { class: 'link', text: m.name, on: { click: () => openNode(m.id) } }),
          ]),
        ]),
        el('span', { class: 'count', text: String(c.size) }),
      ]),
    ),
  );
  list.hidden = true;
  const radio = (value: 'type' | 'community', text: string): HTMLElement => {
    const input = el('input', { attrs: { type: 'radio', name: 'color-by', value, 'data-color-by': value } });
    input.checked = value === 'type';
    input.addEventListener('change', () => {
      if (!input.checked) return;
      list.hidden = value !== 'community';
      onColorBy(value);
    });
    return el('label', { class: 'toggle' }, [input, el('span', { class: 'name', text })]);
  };
  return el('section', { class: 'color-by' }, [
    el('h3', { text: 'Colour' }),
    el('div', { class: 'toggles' }, [radio('type', 'by type'), radio('community', 'by community (Louvain)')]),
    list,
  ]);
}
