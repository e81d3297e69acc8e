/** The search box: suggestions from names and aliases as you type; choosing one focuses the node. */
import type { SearchHit } from '../../export/view/types.js';
import { nodeColor } from '../../export/view/palette.js';
import { clear, el, swatch } from './dom.js';

export function createSearch(find: (q: string) => Promise<SearchHit[]>, choose: (hit: SearchHit) => void): HTMLElement {
  const input = el('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search people, places, organisations…',
      'aria-label': 'Search',
      autocomplete: 'off',
    },
  });
  const list = el('ul', { class: 'suggestions', attrs: { role: 'listbox' } });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = (): void => {
    clear(list);
    list.hidden = true;
    hits = [];
    active = -1;
  };
  const pick = (hit: SearchHit): void => {
    input.value = hit.name;
    close();
    choose(hit);
  };
  const render = (): void => {
    clear(list);
    list.hidden = hits.length === 0;
    hits.forEach((hit, i) => {
      const item = el(
        'li',
        {
          class: i === active ? 'active' : '',
          attrs: { role: 'option' },
          on: { mousedown: (e) => (e.preventDefault(), pick(hit)) },
        },
        [
          swatch(nodeColor(hit.type)),
          el('span', { class: 'name', text: hit.name }),
          hit.alias ? el('span', { class: 'alias', text: `aka ${hit.alias}` }) : null,
          el('span', { class: 'type', text: hit.type }),
        ],
      );
      list.appendChild(item);
    });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value;
    timer = setTimeout(async () => {
      const mine = ++generation;
      const found = q.trim() === '' ? [] : await find(q).catch(() => []);
      if (mine !== generation) return;
      hits = found;
      active = hits.length > 0 ? 0 : -1;
      render();
    }, 100);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) pick(hit);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  list.hidden = true;
  return el('div', { class: 'search' }, [input, list]);
}
