// When was this page published? News covers a release within days, so ranking weighs
// releases near this date. Sources, most trusted first:
//   1. structured "published" dates: meta tags, JSON-LD, <time> marked as the publication date;
//   2. structured "modified" dates (a page that only says when it changed is still close);
//   3. a dateline or byline date near the top of the text ("WASHINGTON, Jan. 12, 2026 —").
// Text comes last because a date further down an article is usually the date of an event.
import { parseDate, MONTH_PATTERN } from '../ranking/dates';

/** Meta names/properties that state the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'citation_publication_date',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'article.published',
  'published_time',
  'originalpublicationdate',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
];

const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

/** JSON-LD types whose datePublished is the page's own (not a cited item's). */
const ARTICLE_TYPES = /Article|NewsArticle|Report|BlogPosting|LiveBlogPosting|Posting/i;

function metaDates(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const date = parseDate(meta.getAttribute('content'));
    if (key && date && !found.has(key)) found.set(key, date);
  }
  return found;
}

function firstOf(found: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const date = found.get(key);
    if (date) return date;
  }
  return undefined;
}

interface LdDates {
  published: string[];
  modified: string[];
}

/** Walks JSON-LD (objects, arrays, @graph, nested mainEntity) collecting dates; article types first. */
function jsonLdDates(doc: Document): LdDates {
  const article: LdDates = { published: [], modified: [] };
  const other: LdDates = { published: [], modified: [] };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 5 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
    const bucket = ARTICLE_TYPES.test(type) ? article : other;
    const published = typeof obj.datePublished === 'string' ? parseDate(obj.datePublished) : undefined;
    const modified = typeof obj.dateModified === 'string' ? parseDate(obj.dateModified) : undefined;
    if (published) bucket.published.push(published);
    if (modified) bucket.modified.push(modified);
    for (const [key, value] of Object.entries(obj)) {
      if (key === '@graph' || key === 'mainEntity' || key === 'mainEntityOfPage' || Array.isArray(value)) visit(value, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return {
    published: [...article.published, ...other.published],
    modified: [...article.modified, ...other.modified],
  };
}

function timeDate(el: Element): string | undefined {
  return parseDate(el.getAttribute('datetime')) ?? parseDate(el.textContent);
}

/** <time> marked as the publication date, then one inside the article's header, then in the article. */
function timeElementDate(doc: Document): string | undefined {
  const selectors = [
    'time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]',
    'article header time, header time',
    'article time, main time',
  ];
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (el.closest('[itemprop="dateModified"]') || el.getAttribute('itemprop') === 'dateModified') continue;
      const date = timeDate(el);
      if (date) return date;
    }
  }
  return undefined;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'HEADER',
  'SECTION',
  'ARTICLE',
  'BR',
  'TIME',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'TR',
  'DD',
  'DT',
  'ADDRESS',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'ASIDE']);

/** The first few thousand characters of an element's text, one line per block. */
function leadingText(root: Element, limit = 3000): string {
  let out = '';
  const walk = (node: Node): void => {
    if (out.length >= limit) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) out += '\n';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(root);
  return out;
}

/** Publication date of an HTML page, YYYY-MM-DD, or undefined when it states none. */
export function pageDate(doc: Document): string | undefined {
  const meta = metaDates(doc);
  const ld = jsonLdDates(doc);
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return (
    firstOf(meta, PUBLISHED_META.slice(0, 3)) ??
    ld.published[0] ??
    timeElementDate(doc) ??
    firstOf(meta, PUBLISHED_META.slice(3)) ??
    firstOf(meta, MODIFIED_META) ??
    ld.modified[0] ??
    (root ? textDate(leadingText(root)) : undefined)
  );
}

const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
/** "Published September 23, 2025", "Posted: 3 March 2025" */
const PUBLISHED_LABEL = new RegExp(`\\b(?:published|posted|first published|released)(?:\\s+on)?\\s*:?\\s*${WEEKDAY}(${DATE})`, 'i');
const UPDATED_LABEL = new RegExp(`\\b(?:updated|last updated|modified)(?:\\s+on)?\\s*:?\\s*${WEEKDAY}(${DATE})`, 'i');
/** "WASHINGTON, Jan. 12, 2026 —", "LONDON (Reuters), March 3, 2025 -" */
const DATELINE = new RegExp(`^[A-Z][A-Za-z.' -]{1,40}(?:\\([^)]{1,30}\\))?,\\s*${WEEKDAY}(${DATE})\\s*(?:[-–—(|:]|$)`);
/** A line that starts with the date, or a short byline holding one ("By Jane Doe | March 3, 2025"). */
const LEADING = new RegExp(`^\\s*${WEEKDAY}(${DATE})`, 'i');
const ANY = new RegExp(`(${DATE})`, 'i');

/** Publication date stated at the top of plain text (a dateline or byline), or undefined. */
export function textDate(text: string, headLines = 8): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .slice(0, headLines);
  const tiers: RegExp[][] = [[PUBLISHED_LABEL], [DATELINE, LEADING]];
  for (const tier of tiers) {
    for (const line of lines) {
      for (const pattern of tier) {
        const date = parseDate(pattern.exec(line)?.[1]);
        if (date) return date;
      }
    }
  }
  // Short lines are bylines or date lines; a date inside a long sentence is an event's.
  for (const line of lines) {
    if (line.length <= 60 && !UPDATED_LABEL.test(line)) {
      const date = parseDate(ANY.exec(line)?.[1]);
      if (date) return date;
    }
  }
  for (const line of lines) {
    const date = parseDate(UPDATED_LABEL.exec(line)?.[1]);
    if (date) return date;
  }
  return undefined;
}
