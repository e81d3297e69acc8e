/** The trail of expanded neighbourhoods over a large graph's overview: "Overview › A › B", each
 * step clickable to go back, with the expansion depth and whether to bring in articles. */
import { clear, el } from './dom.js';

export interface Crumb {
  id: string;
  label: string;
}

export interface BreadcrumbControl {
  element: HTMLElement;
  render(trail: readonly Crumb[]): void;
  depth(): 1 | 2;
  articles(): boolean;
}

export function createBreadcrumb(back: (steps: number) => void, summary: string): BreadcrumbControl {
  const trailEl = el('nav', { class: 'trail', attrs: { 'aria-label': 'Breadcrumb' } });
  const depthSelect = el('select', { attrs: { 'aria-label': 'Expansion depth', title: 'Neighbours to bring in' } }, [
    el('option', { text: 'neighbours', attrs: { value: '1' } }),
    el('option', { text: 'neighbours of neighbours', attrs: { value: '2' } }),
  ]);
  const articlesBox = el('input', { attrs: { type: 'checkbox', 'aria-label': 'with articles' } });
  const element = el('div', { class: 'breadcrumb' }, [
    trailEl,
    el('span', { class: 'spacer' }),
    el('label', { class: 'small' }, ['expand to ', depthSelect]),
    el('label', { class: 'small' }, [articlesBox, ' with articles']),
  ]);
  const render = (trail: readonly Crumb[]): void => {
    clear(trailEl);
    const overview = el('button', {
      class: 'link crumb',
      text: 'Overview',
      title: summary,
      attrs: { 'data-crumb': 'overview' },
      on: { click: () => back(trail.length) },
    });
    trailEl.appendChild(overview);
    trail.forEach((crumb, i) => {
      trailEl.appendChild(el('span', { class: 'muted', text: ' › ' }));
      const last = i === trail.length - 1;
      trailEl.appendChild(
        last
          ? el('strong', { class: 'crumb', text: crumb.label })
          : el('button', {
              class: 'link crumb',
              text: crumb.label,
              on: { click: () => back(trail.length - 1 - i) },
            }),
      );
    });
    if (trail.length === 0) trailEl.appendChild(el('span', { class: 'muted small', text: ` · ${summary}` }));
  };
  render([]);
  return {
    element,
    render,
    depth: () => (depthSelect.value === '2' ? 2 : 1),
    articles: () => articlesBox.checked,
  };
}
