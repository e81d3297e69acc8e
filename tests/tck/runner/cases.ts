/**
 * Loading the TCK: every Scenario, and every Examples row of a Scenario Outline, becomes one case
 * with id `<area>/<Feature> [n]` (plus `#row` for outlines, 1-based across the outline's Examples).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import type { GherkinDocument, Pickle, PickleStep } from '@cucumber/messages';

export interface TckStep {
  readonly text: string;
  readonly docString?: string;
  /** Table cells after Gherkin unescaping. */
  readonly table?: readonly (readonly string[])[];
}

export interface TckCase {
  readonly id: string;
  readonly area: string;
  readonly feature: string;
  readonly name: string;
  readonly tags: readonly string[];
  readonly steps: readonly TckStep[];
  /** Path of the feature file relative to the features folder, with the scenario's line. */
  readonly location: string;
}

export function listFeatureFiles(featuresDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.feature')) out.push(path);
    }
  };
  walk(featuresDir);
  return out;
}

export function loadCases(featuresDir: string): TckCase[] {
  return listFeatureFiles(featuresDir).flatMap((file) =>
    parseFeature(readFileSync(file, 'utf8'), relative(featuresDir, file)),
  );
}

/** Parses one feature file's text; `relPath` is like `clauses/match/Match1.feature`. */
export function parseFeature(source: string, relPath: string): TckCase[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const document = parser.parse(source);
  const pickles = compile(document, relPath, newId);
  const area = dirname(relPath).split(sep).join('/');
  const feature = basename(relPath, '.feature');
  const rowNumbers = exampleRowNumbers(document);
  const lineOf = scenarioLines(document);
  return pickles.map((pickle) => toCase(pickle, area, feature, rowNumbers, lineOf, relPath));
}

function toCase(
  pickle: Pickle,
  area: string,
  feature: string,
  rowNumbers: ReadonlyMap<string, number>,
  lineOf: ReadonlyMap<string, number>,
  relPath: string,
): TckCase {
  const number = /^\s*\[(\d+)\]/.exec(pickle.name)?.[1];
  const row = pickle.astNodeIds.length > 1 ? rowNumbers.get(pickle.astNodeIds[1]!) : undefined;
  const id = `${area}/${feature} [${number ?? '?'}]${row === undefined ? '' : `#${row}`}`;
  const line = lineOf.get(pickle.astNodeIds[0]!) ?? 0;
  return {
    id,
    area,
    feature,
    name: pickle.name,
    tags: pickle.tags.map((t) => t.name),
    steps: pickle.steps.map(toStep),
    location: `${relPath}:${line}`,
  };
}

function toStep(step: PickleStep): TckStep {
  const docString = step.argument?.docString?.content;
  const rows = step.argument?.dataTable?.rows;
  return {
    text: step.text,
    ...(docString !== undefined ? { docString } : {}),
    ...(rows !== undefined ? { table: rows.map((r) => r.cells.map((c) => c.value)) } : {}),
  };
}

function exampleRowNumbers(document: GherkinDocument): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const child of document.feature?.children ?? []) {
    let n = 0;
    for (const examples of child.scenario?.examples ?? []) {
      for (const row of examples.tableBody) numbers.set(row.id, ++n);
    }
  }
  return numbers;
}

function scenarioLines(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) lines.set(child.scenario.id, child.scenario.location.line);
  }
  return lines;
}
