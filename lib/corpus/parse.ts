// One corpus file (Markdown with YAML front matter) → one release, or a reason it cannot be one.
// The front matter is authoritative; the file name is not read.
import { parse as parseYaml } from 'yaml';
import type { ReleaseKind } from '../release/types';

export const OFFICIAL_BASE = 'https://home.treasury.gov/news/press-releases/';

/** A release as read from one file, before merging and extraction. */
export interface ParsedRelease {
  path: string;
  id: string;
  url: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  kind: ReleaseKind;
  /** The body as plain text (HTML and Markdown stripped): what extraction reads. */
  text: string;
}

export interface ParseError {
  path: string;
  reason: string;
}

export type ParseResult = { ok: true; release: ParsedRelease } | { ok: false; error: ParseError };

const FOLDER_KINDS: Record<string, ReleaseKind> = {
  'press-releases': 'press-release',
  readouts: 'readout',
  'statements-remarks': 'statement',
  testimonies: 'testimony',
};

/** The kind comes from the folder the file sits in (news/<folder>/file.md). */
export function kindFromPath(path: string): ReleaseKind | undefined {
  const parts = path.split(/[\\/]/);
  for (let i = parts.length - 2; i >= 0; i--) {
    const kind = FOLDER_KINDS[parts[i]!];
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The identifier is the last segment of `url`, whatever its shape (/news/press-release/ID,
 * /press-releases/ID, /ID, featured-story paths): the site serves every release at
 * /news/press-releases/ID, so that is the link we keep.
 */
export function idFromUrl(url: string): string | undefined {
  const path = url.trim().split(/[?#]/)[0]!.replace(/\/+$/, '');
  const last = (path.split('/').pop() ?? '').trim().toLowerCase();
  return last || undefined;
}

/** The official link for an id; odd characters ("%24", a curly quote) are percent-encoded once. */
export function officialUrl(id: string): string {
  return OFFICIAL_BASE + id.replace(/[^A-Za-z0-9\-._~%]/g, (c) => encodeURIComponent(c));
}

/** Both date shapes in the corpus (YYYY-MM-DD and ISO 8601 with offset) → the date as published. */
export function normalizeDate(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  eacute: 'é',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Markdown + raw HTML → plain text with one paragraph per line. Block tags become line
 * breaks so table cells never glue two names together; emphasis markers vanish so
 * "said **Secretary Bessent**" reads as prose.
 */
export function plainText(body: string): string {
  return (
    decodeEntities(
      body
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<\/?(p|div|br|tr|li|ul|ol|table|tbody|thead|h[1-6]|blockquote|section)\b[^>]*>/gi, '\n')
        .replace(/<\/?(td|th)\b[^>]*>/gi, ' ; ')
        .replace(/<[^>]+>/g, ''),
    )
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\([*_#[\]()\\])/g, '$1')
      .replace(/\*\*|__/g, '')
      .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s*/gm, '')
      .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n')
      // Old releases lost spaces: "Geithner.By", "John W.Snow", "O'NeillThursday", "SnowU.S".
      .replace(/(\p{Ll}{2})\.(?=\p{Lu}\p{Ll}|I\s)/gu, '$1. ')
      .replace(/(?<=(?:^|\s)\p{Lu}\.)(?=\p{Lu}\p{Ll})/gmu, ' ')
      .replace(/(?<=\p{Ll}{3})(?=\p{Lu}[\p{Ll}.])/gu, ' ')
      .replace(/\( +/g, '(')
      .replace(/ +\)/g, ')')
      .trim()
  );
}

/** Collapse whitespace in a title (multi-line YAML scalars keep their breaks otherwise). */
function cleanTitle(value: unknown): string {
  return decodeEntities(String(value ?? ''))
    .replace(/[\u00a0\u200b]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseRelease(path: string, source: string): ParseResult {
  const fail = (reason: string): ParseResult => ({ ok: false, error: { path, reason } });
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!fm) return fail('no front matter');
  let data: unknown;
  try {
    data = parseYaml(fm[1]!, { schema: 'core', uniqueKeys: false });
  } catch (e) {
    return fail(`bad YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('front matter is not a mapping');
  const meta = data as Record<string, unknown>;
  if (meta.draft === true || String(meta.draft).toLowerCase() === 'true') return fail('draft');
  if (typeof meta.url !== 'string' || !meta.url.trim()) return fail('missing url');
  const id = idFromUrl(meta.url);
  if (!id) return fail(`url has no usable identifier: ${meta.url}`);
  // "Open Menu", a whole headline: scraping leftovers the site serves no page for (each such
  // file in the corpus duplicates a release filed under its real identifier).
  if (/\s/.test(id)) return fail(`url is not an identifier (it has spaces): ${meta.url}`);
  const title = cleanTitle(meta.title);
  if (!title) return fail('missing title');
  const date = normalizeDate(meta.date);
  if (!date) return fail(`missing or bad date: ${String(meta.date ?? '')}`);
  const kind = kindFromPath(path);
  if (!kind) return fail('not under a known folder (press-releases, readouts, statements-remarks, testimonies)');
  return {
    ok: true,
    release: { path, id, url: officialUrl(id), title, date, kind, text: plainText(text.slice(fm[0].length)) },
  };
}
