/**
 * Dates of acts, resolved against the publication date with chrono-node. chrono picks the
 * closest weekday or month even when it lies ahead; a past-tense report ("said on Monday")
 * cannot, so such dates are moved back a week or a year (notes/extraction.md §6).
 */
import * as chrono from 'chrono-node';

export interface DateFound {
  iso: string;
  /** Offset of the expression in the sentence. */
  index: number;
}

function iso(y: number, m?: number, d?: number): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return d !== undefined && m !== undefined ? `${y}-${p(m)}-${p(d)}` : m !== undefined ? `${y}-${p(m)}` : String(y);
}

/** The reference instant for a publication date (YYYY[-MM[-DD]]), at noon UTC. */
export function referenceOf(published: string | null): Date | undefined {
  if (!published) return undefined;
  const [y, m, d] = published.split('-').map(Number);
  if (!y) return undefined;
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? 1, 12));
}

/** Words without which chrono cannot find a date: skip the (costly) parse when none occurs. */
const MAY_HOLD_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|(?:19|20)\d\d)\b|\b(?:last|next|this) (?:week|month|year)\b|\d+ (?:days?|weeks?|months?|years?) ago/i;

/** Dates in a sentence, resolved against the reference; granularity follows what is certain. */
export function datesIn(sentence: string, published: string | null, pastTense: boolean): DateFound[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const ref = referenceOf(published);
  const results = chrono.parse(sentence, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const out: DateFound[] = [];
  for (const r of results) {
    const c = r.start;
    let year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null) continue;
    const yearKnown = c.isCertain('year');
    if (!ref && (!yearKnown || !/\b\d{4}\b/.test(r.text))) continue; // no year written and no publication date: unknown
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    const monthKnown = c.isCertain('month') || dayKnown;
    let when = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
    if (pastTense && ref && when.getTime() > ref.getTime() + 36e5 * 12) {
      if (c.isCertain('weekday') && !c.isCertain('day')) when = new Date(when.getTime() - 7 * 864e5);
      else if (!yearKnown) when = new Date(Date.UTC(year - 1, month - 1, day ?? 1, 12));
    }
    year = when.getUTCFullYear();
    // "now", "this morning" and the like say nothing the publication date does not.
    if (!MAY_HOLD_DATE.test(r.text)) continue;
    out.push({
      iso: dayKnown
        ? iso(year, when.getUTCMonth() + 1, when.getUTCDate())
        : monthKnown
          ? iso(year, when.getUTCMonth() + 1)
          : iso(year),
      index: r.index,
    });
  }
  return out;
}

/**
 * The date of an act from the time expression attached to its trigger ("on Monday", "next
 * week", "on Oct. 30"), resolved against the publication date. A past act cannot lie after the
 * report: a bare weekday or month is moved back. A date far from the publication date needs a
 * year written in the expression ("in 1998"), else it is not trusted.
 */
export function dateOfExpression(
  expression: string,
  tense: 'past' | 'future' | 'present',
  published: string | null,
): string | null {
  const found = datesIn(expression, published, tense !== 'future')[0];
  // "in 1998": a year alone, which chrono does not read as a date.
  if (!found) return /^(?:in|since|during|by)?\s*((?:19|20)\d\d)$/i.exec(expression.trim())?.[1] ?? null;
  const ref = referenceOf(published);
  if (ref && !/\b(?:19|20)\d\d\b/.test(expression)) {
    const when = Date.parse(
      found.iso.length === 4 ? `${found.iso}-07-01` : found.iso.length === 7 ? `${found.iso}-15` : found.iso,
    );
    if (Math.abs(when - ref.getTime()) > 400 * 864e5) return null;
  }
  return found.iso;
}

/** A publication date from a dateline near the top of the text, when it carries a year. */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 300);
  const m =
    /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})/i.exec(
      head,
    );
  if (!m) return null;
  const r = chrono.strict.parse(m[1]!)[0] ?? chrono.parse(m[1]!)[0];
  if (!r || !r.start.isCertain('year')) return null;
  return iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
}
