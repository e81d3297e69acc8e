/**
 * HTML → article: the main content (inside <article> or <main> when present), without
 * navigation, scripts, styles or forms; the title from <h1> or <title>; the date and the
 * publisher from meta tags or <time datetime>. A small tag scanner, no DOM: article pages are
 * untrusted input and nothing here ever renders or evaluates them.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  euro: '€',
  pound: '£',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const DROP_WITH_CONTENT = /<(script|style|noscript|template|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const SKIPPED_SECTIONS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'figure', 'menu']);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'section',
  'article',
  'main',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'dd',
  'dt',
  'hr',
  'body',
]);

export interface HtmlArticle {
  title?: string;
  text: string;
  date?: string;
  source?: string;
  url?: string;
}

function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : undefined;
}

function metaContent(html: string, keys: string[]): string | undefined {
  const tagRe = /<meta\b([^>]*)>/gi;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const attrs = m[1]!;
    const key = (attr(attrs, 'property') ?? attr(attrs, 'name') ?? attr(attrs, 'itemprop') ?? '').toLowerCase();
    if (keys.includes(key)) {
      const v = attr(attrs, 'content');
      if (v) return v;
    }
  }
  return undefined;
}

function innerText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of the page that holds the article: <article>, else <main>, else <body>, else all. */
function contentRegion(html: string): string {
  for (const tag of ['article', 'main', 'body']) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
    if (!open) continue;
    const close = html.toLowerCase().lastIndexOf(`</${tag}`);
    return html.slice(open.index + open[0].length, close > open.index ? close : html.length);
  }
  return html;
}

/** Visible text of a region, one line per block element, skipping navigation-like sections. */
function blockText(region: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let last = 0;
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g;
  for (let m = tagRe.exec(region); m; m = tagRe.exec(region)) {
    if (skipDepth === 0) out.push(region.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (SKIPPED_SECTIONS.has(name)) skipDepth = Math.max(0, skipDepth + (closing ? -1 : 1));
    else if (skipDepth === 0 && BLOCKS.has(name)) out.push('\n');
  }
  if (skipDepth === 0) out.push(region.slice(last));
  return decodeEntities(out.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function parseHtml(html: string): HtmlArticle {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(DROP_WITH_CONTENT, ' ');
  const region = contentRegion(cleaned);
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(region) ?? /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(cleaned);
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(cleaned);
  const title =
    (h1 && innerText(h1[1]!)) ||
    metaContent(cleaned, ['og:title']) ||
    (titleTag && innerText(titleTag[1]!)) ||
    undefined;
  const body = h1 && region.includes(h1[0]) ? region.replace(h1[0], '\n') : region;
  const timeTag = /<time\b([^>]*)>/i.exec(region) ?? /<time\b([^>]*)>/i.exec(cleaned);
  const date =
    metaContent(cleaned, [
      'article:published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'dc.date',
      'og:published_time',
    ]) ?? (timeTag ? attr(timeTag[1]!, 'datetime') : undefined);
  const source = metaContent(cleaned, ['og:site_name', 'publisher', 'application-name']);
  const url = metaContent(cleaned, ['og:url']);
  const result: HtmlArticle = { text: blockText(body) };
  if (title) result.title = title;
  if (date) result.date = date;
  if (source) result.source = source;
  if (url) result.url = url;
  return result;
}
