/**
 * Markdown → article: optional front matter (title/date/source/url), the headline from the
 * first `#` heading, and the body with markdown syntax removed (links keep their text).
 */

export interface MarkdownArticle {
  title?: string;
  text: string;
  date?: string;
  source?: string;
  url?: string;
}

function frontMatter(md: string): { fields: Record<string, string>; rest: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) return { fields: {}, rest: md };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
  }
  return { fields, rest: md.slice(m[0].length) };
}

/** Inline markdown → plain text. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?!\w)/g, '$1$2')
    .replace(/<[^>]+>/g, '');
}

export function parseMarkdown(md: string): MarkdownArticle {
  const { fields, rest } = frontMatter(md);
  let title = fields['title'];
  const lines: string[] = [];
  let inFence = false;
  for (const raw of rest.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) continue; // thematic breaks
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const text = stripInline(heading[2]!);
      if (!title && heading[1] === '#') title = text;
      else lines.push(text);
      continue;
    }
    const body = raw.replace(/^\s*>\s?/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, '');
    lines.push(stripInline(body).trim());
  }
  // Markdown paragraphs: consecutive lines join with a space; blank lines separate.
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current.join(' '));
  const out: MarkdownArticle = { text: paragraphs.join('\n') };
  if (title) out.title = title;
  if (fields['date']) out.date = fields['date'];
  if (fields['source']) out.source = fields['source'];
  if (fields['url']) out.url = fields['url'];
  return out;
}
