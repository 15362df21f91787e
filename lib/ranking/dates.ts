// Calendar dates as news pages print them, reduced to YYYY-MM-DD.
// Used by the page-date extractor, by ranking's date proximity, and for the dates a text names.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month names as a regex alternation (longest first so "Sept" wins over "Sep"). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';

/** "Jan. 12, 2026", "January 12 2026", "Sept. 3, 2025" */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "12 January 2026", "28th June 2011", "3 Sept. 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`, 'i');
/** "2026-01-12", "2026/01/12", "2026-01-12T17:11:29-05:00" (the date as the publisher wrote it). */
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/;
/** "20260112" as some meta tags give it. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date in a plausible range for news, or undefined. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parse the first date in a short string (a meta tag's content, a datetime attribute, a byline). */
export function parseDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const numeric = COMPACT.exec(s) ?? ISO.exec(s);
  if (numeric) {
    const [, y = '', m = '', d = ''] = numeric;
    return toIsoDate(+y, +m, +d);
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const [, month = '', day = '', year = ''] = mdy;
    return withMonthName(year, month, day);
  }
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const [, day = '', month = '', year = ''] = dmy;
    return withMonthName(year, month, day);
  }
  return undefined;
}

function withMonthName(year: string, month: string, day: string): string | undefined {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, '')];
  return m ? toIsoDate(+year, m, +day) : undefined;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const YEAR = /\b(19[89]\d|20\d\d)\b/g;

/**
 * The latest year a text mentions, up to `latest` (years after it are plans or maturities,
 * "bonds maturing in 2055", not the time of writing). Undefined when it mentions none.
 */
export function textEra(text: string, latest: number): number | undefined {
  let era: number | undefined;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year <= latest && (era === undefined || year > era)) era = year;
  }
  return era;
}

// Dates in running text: "On May 9, 2019, FinCEN issued…", "on 18 September 2025". The shapes
// parseDate reads, but every one, and with the month capitalized ("may 10" in prose is rarely a
// date) and the year given ("as early as June 1" could be any June).
const TEXT_MONTH_DAY_YEAR = new RegExp(MONTH_DAY_YEAR.source, 'g');
const TEXT_DAY_MONTH_YEAR = new RegExp(DAY_MONTH_YEAR.source, 'g');
/** Enough for any article; a live blog's hundreds of timestamps add nothing. */
export const MAX_NAMED_DATES = 32;

/** The calendar days a text names, YYYY-MM-DD, in order of first appearance. */
export function namedDates(text: string): string[] {
  const found: { at: number; date: string }[] = [];
  const add = (at: number, year: string, month: string, day: string) => {
    const date = withMonthName(year, month, day);
    if (date) found.push({ at, date });
  };
  for (const x of text.matchAll(TEXT_MONTH_DAY_YEAR)) add(x.index, x[3]!, x[1]!, x[2]!);
  for (const x of text.matchAll(TEXT_DAY_MONTH_YEAR)) add(x.index, x[3]!, x[2]!, x[1]!);
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.date))].slice(0, MAX_NAMED_DATES);
}
