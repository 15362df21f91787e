// The official newsroom, for when the repository lags behind the site: listing pages give each
// release's link, title and date, the release page its text, turned into a corpus-format file
// so the same parser and extraction read it.
//
// The structure is the one public scrapers of home.treasury.gov rely on (e.g. the Scrapy spider
// and the cheerio parser found in public code: `div.content--2col__body > div`, each with
// `span.date-format > time.datetime[datetime]` and `h3.featured-stories__headline > a[href]`;
// the body in `.field--name-field-news-body`). We lean on as little of it as we can: release
// links by their URL shape, dates by <time datetime>. A service worker has no DOMParser, so
// this reads the markup with a few patterns; anything unexpected stops the whole source.
import { plainText } from '../corpus/parse';
import { NEWS_FOLDERS, OFFICIAL_HOST, type SyncConfig } from './config';
import { type HttpGuard, SkipError, StopError } from './http';
import type { Cursor, ReleaseSource, Skipped, SourceRun } from './source';

export const FORMAT_CHANGED = 'the newsroom page format changed';

export interface ListingItem {
  id: string;
  /** Path on the site: /news/press-releases/sb0356. */
  path: string;
  title: string;
  /** YYYY-MM-DD, from <time datetime>. */
  date: string;
}

const decode = (s: string) => plainText(s).replace(/\s+/g, ' ').trim();

/**
 * A release link: /news/<a release folder>/<id> on the official host (absolute or relative).
 * Every listing links most releases under /news/press-releases/ (readouts too, as the corpus
 * urls show); the listing a release is in says its kind.
 */
function releaseLink(href: string, site: string): { id: string; path: string } | 'foreign' | undefined {
  let url: URL;
  try {
    url = new URL(href, site);
  } catch {
    return undefined;
  }
  const match = /^\/news\/(press-releases?|readouts|statements-remarks|testimonies)\/([a-z]{1,4}-?\d{1,5}[a-z]?)\/?$/i.exec(url.pathname);
  if (!match) return undefined;
  if (url.host !== new URL(site).host && url.host !== OFFICIAL_HOST) return 'foreign';
  const id = match[2]!.toLowerCase();
  return { id, path: `/news/${match[1]!.toLowerCase()}/${id}` };
}

/** The releases a listing page shows. Throws FORMAT_CHANGED when it holds none in the expected shape. */
export function parseListing(html: string, site: string): { items: ListingItem[]; skipped: Skipped[] } {
  if (!/content--2col__body/.test(html)) throw new StopError(FORMAT_CHANGED);
  const items: ListingItem[] = [];
  const skipped: Skipped[] = [];
  // Each item: a <time datetime> and, after it, the headline's link.
  const item = /<time\b[^>]*\bdatetime="([^"]+)"[^>]*>[\s\S]*?<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;
  for (const m of html.matchAll(item)) {
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(m[1]!)?.[1];
    const link = releaseLink(m[2]!, site);
    if (link === 'foreign') {
      skipped.push({ path: m[2]!, reason: 'not an official release URL' });
      continue;
    }
    if (!date || !link) continue;
    const title = decode(m[3]!);
    if (title) items.push({ ...link, title, date });
  }
  if (items.length === 0) throw new StopError(FORMAT_CHANGED);
  return { items, skipped };
}

/** The body text of a release page (the element whose class is field--name-field-news-body). */
export function parseReleasePage(html: string): { text: string; datetime?: string } {
  const open = /<div\b[^>]*class="[^"]*\bfield--name-field-news-body\b[^"]*"[^>]*>/i.exec(html);
  if (!open) throw new StopError(FORMAT_CHANGED);
  // The element ends where its <div>s balance.
  const tags = /<(\/?)div\b[^>]*>/gi;
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = html.length;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  const text = html.slice(open.index + open[0].length, end).replace(/<\/(p|div|h\d|li|tr)>/gi, '\n\n');
  const datetime = /<time\b[^>]*\bdatetime="([^"]+)"/i.exec(html)?.[1];
  return { text, datetime };
}

/** The corpus file a newsroom release becomes (JSON strings are valid YAML scalars). */
export function toCorpusFile(folder: string, item: ListingItem, body: string, datetime?: string) {
  const date = datetime && /^\d{4}-\d{2}-\d{2}/.test(datetime) ? datetime : item.date;
  const front = [`title: ${JSON.stringify(item.title)}`, `date: ${JSON.stringify(date)}`, 'draft: false', `url: ${item.path}`];
  return { path: `news/${folder}/${item.date}-${item.id}.md`, source: `---\n${front.join('\n')}\n---\n${body}\n`, added: true };
}

export class NewsroomSource implements ReleaseSource {
  readonly name = 'newsroom';

  /** `known`: ids the index holds already; `since`: the newest release date the index holds. */
  constructor(
    private readonly config: SyncConfig,
    private readonly known: (id: string) => boolean,
    private readonly newestKnown: string,
  ) {}

  async run(guard: HttpGuard, cursor: Cursor): Promise<SourceRun> {
    const since = cursor.newsroomSince ?? this.newestKnown;
    const site = this.config.newsroom.replace(/\/$/, '');
    const wanted: { folder: string; item: ListingItem }[] = [];
    const skipped: Skipped[] = [];
    let newest = since;
    for (const folder of NEWS_FOLDERS) {
      for (let page = 0; page < this.config.limits.maxListingPages; page++) {
        const listing = parseListing((await this.page(guard, `${site}/news/${folder}?page=${page}`)).text, site);
        skipped.push(...listing.skipped);
        const fresh = listing.items.filter((i) => i.date >= since && !this.known(i.id));
        wanted.push(...fresh.map((item) => ({ folder, item })));
        for (const i of listing.items) if (i.date > newest) newest = i.date;
        if (listing.items.some((i) => i.date < since)) break; // listings are newest first
      }
    }
    const files: SourceRun['files'] = [];
    for (const { folder, item } of wanted) {
      try {
        const page = parseReleasePage((await this.page(guard, `${site}${item.path}`)).text);
        files.push(toCorpusFile(folder, item, page.text, page.datetime));
      } catch (error) {
        if (!(error instanceof SkipError)) throw error;
        skipped.push({ path: item.path, reason: error.reason });
      }
    }
    return { files, skipped, cursor: { ...cursor, newsroomSince: newest } };
  }

  private async page(guard: HttpGuard, url: string) {
    return guard.get(url, { Accept: 'text/html' });
  }
}
