/**
 * The Cypher console: runs a query through the data source, shows the rows as a table (nodes
 * and relationships as clickable chips) and reports errors with the line and a caret.
 */
import type { JsonValue } from '../../export/view/json.js';
import type { QueryPlan } from '../../cypher/values.js';
import { PLAN_COLUMNS, planRows, planSummary } from '../../export/view/plan.js';
import type { QueryAnswer } from '../../export/view/types.js';
import { nodeColor, relationColor } from '../../export/view/palette.js';
import type { DataSource } from '../data/source.js';
import { SourceError } from '../data/source.js';
import { clear, el, swatch } from './dom.js';

export interface ConsoleActions {
  highlight(answer: QueryAnswer): void;
  clearHighlight(): void;
  openNode(id: string): void;
  openEdge(id: string): void;
}

const EXAMPLE = 'MATCH (p:Person)-[r:STATED|DEMANDED|REJECTED]->(x)\nRETURN p, r, x\nLIMIT 25';

function isEntity(value: JsonValue): value is { id: string; labels: string[]; properties: Record<string, JsonValue> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.labels)
  );
}

function isRelationship(
  value: JsonValue,
): value is { id: string; type: string; properties: Record<string, JsonValue> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    'start' in value
  );
}

function cell(value: JsonValue, actions: ConsoleActions): Node {
  if (isEntity(value)) {
    const name = value.properties.name ?? value.properties.title ?? value.id;
    const type = value.labels[0] ?? 'Node';
    return el('button', { class: 'chip', title: value.id, on: { click: () => actions.openNode(value.id) } }, [
      swatch(nodeColor(type)),
      `${type}: ${String(name)}`,
    ]);
  }
  if (isRelationship(value)) {
    return el('button', { class: 'chip', title: value.id, on: { click: () => actions.openEdge(value.id) } }, [
      swatch(relationColor(value.type), 'line'),
      `:${value.type}`,
    ]);
  }
  if (Array.isArray(value) && value.some((v) => isEntity(v) || isRelationship(v))) {
    return el(
      'span',
      {},
      value.map((v) => cell(v, actions)),
    );
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray(value.nodes) &&
    Array.isArray(value.relationships)
  ) {
    const nodes = value.nodes.filter(isEntity);
    return el(
      'span',
      { class: 'path' },
      nodes.map((n, i) => el('span', {}, [i > 0 ? ' → ' : null, cell(n, actions)])),
    );
  }
  return document.createTextNode(typeof value === 'string' ? value : JSON.stringify(value));
}

export function createConsole(
  source: DataSource,
  disabledReason: string | null,
  readOnly: boolean,
  actions: ConsoleActions,
): HTMLElement {
  const input = el('textarea', {
    class: 'query',
    attrs: { spellcheck: 'false', 'aria-label': 'Cypher query', rows: '4' },
  });
  input.value = EXAMPLE;
  const params = el('input', {
    class: 'params',
    attrs: { placeholder: 'Parameters as JSON, e.g. {"name": "Lavrov"}', 'aria-label': 'Query parameters' },
  });
  const output = el('div', { class: 'console-output' });
  const status = el('span', { class: 'console-status' });
  const run = el('button', { class: 'primary', text: 'Run', title: 'Run (Ctrl+Enter)' });
  const clearButton = el('button', { text: 'Clear highlight', on: { click: () => actions.clearHighlight() } });

  const showError = (error: unknown, query: string): void => {
    clear(output);
    const box = el('div', { class: 'error' });
    if (error instanceof SourceError) {
      const where = error.position ? ` (line ${error.position.line}, column ${error.position.column})` : '';
      box.appendChild(el('strong', { text: `${error.code}${where}` }));
      box.appendChild(el('div', { text: error.message }));
      if (error.position) {
        const line = query.split(/\r?\n/)[error.position.line - 1] ?? '';
        box.appendChild(
          el('pre', { class: 'caret', text: `${line}\n${' '.repeat(Math.max(0, error.position.column - 1))}^` }),
        );
        const offset = error.position.offset ?? lineColumnToOffset(query, error.position.line, error.position.column);
        input.focus();
        input.setSelectionRange(offset, Math.min(query.length, offset + 1));
      }
    } else {
      box.appendChild(el('div', { text: error instanceof Error ? error.message : String(error) }));
    }
    output.appendChild(box);
    status.textContent = 'Failed';
  };

  const execute = async (): Promise<void> => {
    const query = input.value;
    let parsed: Record<string, unknown> = {};
    if (params.value.trim() !== '') {
      try {
        const value = JSON.parse(params.value) as unknown;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        parsed = value as Record<string, unknown>;
      } catch {
        showError(new SourceError('BAD_PARAMS', 'Parameters must be a JSON object, e.g. {"name": "Lavrov"}.'), query);
        return;
      }
    }
    run.disabled = true;
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const answer = await source.query(query, parsed);
      renderAnswer(answer, performance.now() - started);
      actions.highlight(answer);
    } catch (error) {
      showError(error, query);
    } finally {
      run.disabled = false;
    }
  };

  const renderAnswer = (answer: QueryAnswer, ms: number): void => {
    clear(output);
    const rows = answer.rows.length;
    status.textContent = `${rows} row${rows === 1 ? '' : 's'}${answer.truncated ? ' (cut at the row limit)' : ''} · ${Math.round(ms)} ms`;
    if (answer.plan) output.appendChild(planTable(answer.plan));
    if (answer.columns.length === 0) {
      if (answer.plan) return;
      output.appendChild(
        el('p', { class: 'muted', text: answer.stats ? `Done: ${JSON.stringify(answer.stats)}` : 'No columns.' }),
      );
      return;
    }
    const table = el('table', { class: 'result' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          answer.columns.map((c) => el('th', { text: c })),
        ),
      ]),
      el(
        'tbody',
        {},
        answer.rows.map((row) =>
          el(
            'tr',
            {},
            row.map((v) => el('td', {}, [cell(v, actions)])),
          ),
        ),
      ),
    ]);
    output.appendChild(table);
  };

  run.addEventListener('click', () => void execute());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });

  const note =
    disabledReason ??
    (readOnly
      ? 'Read-only: queries that change the graph are refused.'
      : 'Writes allowed: queries can change the graph.');
  if (disabledReason) {
    input.disabled = true;
    params.disabled = true;
    run.disabled = true;
  }
  return el('section', { class: 'console', attrs: { 'aria-label': 'Cypher console' } }, [
    el('div', { class: 'console-bar' }, [
      el('strong', { text: 'Cypher' }),
      el('span', { class: 'muted', text: note }),
      status,
    ]),
    el('div', { class: 'console-input' }, [input, el('div', { class: 'console-buttons' }, [run, clearButton])]),
    params,
    output,
  ]);
}

/** EXPLAIN / PROFILE: the operator tree as a table, root first. */
function planTable(plan: QueryPlan): HTMLElement {
  return el('div', { class: 'plan' }, [
    el('table', { class: 'result' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          PLAN_COLUMNS.map((c) => el('th', { text: c })),
        ),
      ]),
      el(
        'tbody',
        {},
        planRows(plan).map((row) =>
          el(
            'tr',
            {},
            row.map((text) => el('td', { text })),
          ),
        ),
      ),
    ]),
    el('p', { class: 'muted', text: planSummary(plan) }),
  ]);
}

function lineColumnToOffset(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i] as string).length + 1;
  return Math.min(text.length, offset + column - 1);
}
