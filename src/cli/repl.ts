/**
 * The interactive Cypher prompt: statements may span lines and end with ";", `:help` and
 * `:exit` are commands, `:param k=v` sets a parameter. On a terminal it has line editing and a
 * history kept in ~/.newsgraph_history; piped input is read as a script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CypherValue } from '../cypher/values.js';
import type { CliContext } from './command.js';
import { formatLiteral } from './output/literal.js';
import { parseParamFlag } from './output/params.js';

export const REPL_HELP = `Type Cypher and end it with ";" (it may span lines), e.g.
  MATCH (p:Person)-[s:STATED]->(x) RETURN p.name, s.content LIMIT 5;
Commands:
  :help            this text
  :param k=v       set parameter $k (numbers, true/false/null parse as such; else a string)
  :params          list the parameters
  :exit, :quit     leave (Ctrl-D too)`;

export interface ReplSession {
  params: Record<string, CypherValue>;
  /** Run one statement; errors are reported by the callee. */
  execute(cypher: string): Promise<void>;
}

const HISTORY_LINES = 500;

export async function runRepl(ctx: CliContext, session: ReplSession): Promise<void> {
  const terminal = Boolean(ctx.stdin.isTTY && (ctx.stdout as { isTTY?: boolean }).isTTY);
  const historyFile = terminal && ctx.env.HOME ? join(ctx.env.HOME, '.newsgraph_history') : undefined;
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stdout,
    terminal,
    historySize: HISTORY_LINES,
    ...(historyFile ? { history: loadHistory(historyFile) } : {}),
  });
  let history: string[] = [];
  rl.on('history', (lines: string[]) => (history = lines));
  const say = (text: string) => ctx.stdout.write(text + '\n');
  if (terminal) say('newsgraph Cypher shell. End statements with ";". :help for help, :exit to leave.');

  let buffer: string[] = [];
  const prompt = () => {
    if (!terminal) return;
    rl.setPrompt(buffer.length === 0 ? 'newsgraph> ' : '       ...> ');
    rl.prompt();
  };
  prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (buffer.length === 0 && trimmed.startsWith(':')) {
      if (!metaCommand(trimmed, session, say)) break;
    } else if (buffer.length > 0 || trimmed !== '') {
      buffer.push(line);
      if (trimmed.endsWith(';')) {
        const statement = buffer.join('\n').trim().replace(/;\s*$/, '');
        buffer = [];
        if (statement !== '') await session.execute(statement);
      }
    }
    prompt();
  }
  const rest = buffer.join('\n').trim();
  if (rest !== '') await session.execute(rest);
  rl.close();
  if (historyFile && history.length > 0) saveHistory(historyFile, history);
}

/** Returns false to leave the shell. */
function metaCommand(text: string, session: ReplSession, say: (s: string) => void): boolean {
  const [name, ...rest] = text.split(/\s+/);
  switch (name) {
    case ':exit':
    case ':quit':
      return false;
    case ':help':
      say(REPL_HELP);
      return true;
    case ':params':
      for (const [k, v] of Object.entries(session.params)) say(`$${k} = ${formatLiteral(v)}`);
      if (Object.keys(session.params).length === 0) say('(no parameters)');
      return true;
    case ':param':
      try {
        const [k, v] = parseParamFlag(rest.join(' '));
        session.params[k] = v;
        say(`$${k} = ${formatLiteral(v)}`);
      } catch (error) {
        say((error as Error).message.replace('--param', ':param'));
      }
      return true;
    default:
      say(`unknown command ${name}; try :help`);
      return true;
  }
}

function loadHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_LINES);
  } catch {
    return [];
  }
}

function saveHistory(file: string, newestFirst: string[]): void {
  try {
    writeFileSync(file, [...newestFirst].slice(0, HISTORY_LINES).reverse().join('\n') + '\n', { mode: 0o600 });
  } catch {
    // history is a convenience; never fail the session over it
  }
}
