/**
 * The timeline under the graph: relations per week or month, stacked by type. Clicking a bar
 * filters the view to that period (shift-click extends it), "Play" steps through the periods,
 * "All" clears the filter. Dates are the trusted ones (see src/export/view/dates.ts).
 */
import type { Timeline } from '../../export/view/types.js';
import { relationColor } from '../../export/view/palette.js';
import { el } from './dom.js';

export interface Period {
  from: string;
  to: string;
}

export interface TimelineControl {
  element: HTMLElement;
  /** Select bins [first, last] (indexes), or clear with null. */
  select(range: [number, number] | null): void;
  play(): void;
  stop(): void;
}

const PLAY_STEP_MS = 1200;

export function createTimeline(timeline: Timeline, onPeriod: (period: Period | null) => void): TimelineControl {
  const totals = timeline.bins.map((_, i) => timeline.series.reduce((n, s) => n + (s.counts[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  let range: [number, number] | null = null;
  let anchor: number | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const bars = timeline.bins.map((bin, i) => {
    const stack = el('span', { class: 'stack' });
    stack.style.height = `${Math.max(totals[i]! > 0 ? 4 : 0, Math.round((100 * totals[i]!) / max))}%`;
    for (const series of timeline.series) {
      const count = series.counts[i] ?? 0;
      if (count === 0) continue;
      const part = el('span', { class: 'part' });
      part.style.flexGrow = String(count);
      part.style.background = relationColor(series.type);
      stack.appendChild(part);
    }
    const detail = timeline.series
      .filter((s) => (s.counts[i] ?? 0) > 0)
      .map((s) => `${s.counts[i]} ${s.type}`)
      .join(', ');
    const bar = el('button', {
      class: 'bar',
      title: `${bin.start} – ${bin.end}: ${detail || 'no relations'}`,
      attrs: { 'data-start': bin.start, 'aria-label': `${bin.start} to ${bin.end}, ${totals[i]} relations` },
    });
    bar.appendChild(stack);
    bar.addEventListener('click', (event) => {
      stop();
      if (event.shiftKey && anchor !== null) select([Math.min(anchor, i), Math.max(anchor, i)]);
      else if (range && range[0] === i && range[1] === i) select(null);
      else {
        anchor = i;
        select([i, i]);
      }
    });
    return bar;
  });

  const label = el('span', { class: 'period muted' });
  const playButton = el('button', { text: 'Play', title: 'Step through the periods' });
  const allButton = el('button', { text: 'All', title: 'Show every period' });

  function select(next: [number, number] | null): void {
    range = next;
    bars.forEach((bar, i) => bar.classList.toggle('selected', next !== null && i >= next[0] && i <= next[1]));
    if (next === null) {
      label.textContent = `All ${timeline.bins.length} ${timeline.unit}s`;
      onPeriod(null);
      return;
    }
    const from = timeline.bins[next[0]]!.start;
    const to = timeline.bins[next[1]]!.end;
    label.textContent = `${from} – ${to}`;
    onPeriod({ from, to });
  }
  function stop(): void {
    clearInterval(timer);
    timer = undefined;
    playButton.textContent = 'Play';
  }
  function play(): void {
    stop();
    let i = range ? range[0] : 0;
    select([i, i]);
    playButton.textContent = 'Pause';
    timer = setInterval(() => {
      i++;
      if (i >= timeline.bins.length) return stop();
      select([i, i]);
    }, PLAY_STEP_MS);
  }
  playButton.addEventListener('click', () => (timer === undefined ? play() : stop()));
  allButton.addEventListener('click', () => {
    stop();
    select(null);
  });
  label.textContent = `All ${timeline.bins.length} ${timeline.unit}s`;

  const element = el('section', { class: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [
    el('div', { class: 'timeline-head' }, [
      el('strong', { text: `Relations per ${timeline.unit}` }),
      label,
      el('span', { class: 'spacer' }),
      playButton,
      allButton,
    ]),
    el('div', { class: 'bars' }, bars),
    el('div', { class: 'axis muted small' }, [
      el('span', { text: timeline.bins[0]?.start ?? '' }),
      el('span', { text: timeline.bins.at(-1)?.end ?? '' }),
    ]),
  ]);
  return { element, select, play, stop };
}
