// Local fakes of the update sources, on 127.0.0.1, in their documented shapes: the GitHub REST
// API (commits/{ref} with ETag and rate-limit headers, compare with its 300-file list and a Link
// header, git/trees), the raw host, and newsroom listing and release pages. Tests change
// `files`, `failures` and `head` between checks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  repo: string;
  base: string;
  head: string;
  /** Files at `base` (content/...: text), for the trees endpoint. */
  before: Map<string, string>;
  /** Files added or changed at `head`. */
  files: Map<string, string>;
  /** Compare's file cap (GitHub's is 300); lower it to exercise the trees path. */
  compareLimit: number;
  /** Per raw path: a status, 'redirect' (to another host) or 'huge' (bigger than any cap). */
  failures: Map<string, number | 'redirect' | 'huge'>;
  /** Every request, "api GET /path" or "raw GET /path", and the status sent. */
  log: string[];
  rateRemaining: number;
}

export interface FakeHost {
  url: string;
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<FakeHost> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const blobSha = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

export function fakeRepo(overrides: Partial<FakeRepo> = {}): FakeRepo {
  return {
    repo: 'US-Department-of-the-Treasury/home.treasury.gov',
    base: '0bac2ea18e2c',
    head: 'head0000000000000000000000000000000000001',
    before: new Map(),
    files: new Map(),
    compareLimit: 300,
    failures: new Map(),
    log: [],
    rateRemaining: 60,
    ...overrides,
  };
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
};

export function serveGitHubApi(repo: FakeRepo): Promise<FakeHost> {
  return listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      repo.log.push(`api ${req.method} ${url.pathname} ${status}`);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...CORS, ...headers });
      res.end(status === 304 ? undefined : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204, '', { 'Access-Control-Allow-Headers': 'If-None-Match, Accept, X-GitHub-Api-Version' });
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const rate = () => ({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': String(repo.rateRemaining), 'X-RateLimit-Reset': reset });
    const prefix = `/repos/${repo.repo}/`;
    if (!url.pathname.startsWith(prefix)) return send(404, { message: 'Not Found' });
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    if (repo.rateRemaining <= 0) return send(403, { message: 'API rate limit exceeded' }, rate());
    if (rest.startsWith('commits/')) {
      const etag = `"${repo.head}"`;
      // A 304 costs nothing against the limit (docs.github.com, conditional requests).
      if (req.headers['if-none-match'] === etag) return send(304, null, { ETag: etag, ...rate() });
      repo.rateRemaining--;
      return send(200, { sha: repo.head }, { ETag: etag, ...rate() });
    }
    repo.rateRemaining--;
    if (rest === `compare/${repo.base}...${repo.head}`) {
      const files = [...repo.files.keys()]
        .sort()
        .slice(0, repo.compareLimit)
        .map((filename) => ({
          filename,
          status: repo.before.has(filename) ? 'modified' : 'added',
          raw_url: `https://github.com/${repo.repo}/raw/${repo.head}/${filename}`,
        }));
      const next = `<http://${req.headers.host}${url.pathname}?per_page=100&page=2>; rel="next"`;
      return send(200, { status: 'ahead', total_commits: 2, commits: [], files }, { ...rate(), Link: next });
    }
    const tree = /^git\/trees\/([^:]+):content\/news$/.exec(rest);
    if (tree) {
      const at = tree[1] === repo.base ? repo.before : tree[1] === repo.head ? new Map([...repo.before, ...repo.files]) : undefined;
      if (!at) return send(404, { message: 'Not Found' }, rate());
      const entries = [...at].map(([path, text]) => ({ path: path.replace(/^content\/news\//, ''), type: 'blob', sha: blobSha(text) }));
      return send(200, { sha: tree[1], tree: entries, truncated: false }, rate());
    }
    return send(404, { message: 'Not Found' }, rate());
  });
}

export function serveRaw(repo: FakeRepo, otherHost?: string): Promise<FakeHost> {
  return listen((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = `/${repo.repo}/${repo.head}/`;
    const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const failure = repo.failures.get(file);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      repo.log.push(`raw ${req.method} ${path} ${status}`);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...CORS, ...headers });
      res.end(body);
    };
    if (failure === 'redirect') return send(302, '', { Location: `${otherHost ?? 'http://localhost:9'}/${file}` });
    if (failure === 'huge') return send(200, 'x'.repeat(9 * 1024 * 1024));
    if (typeof failure === 'number') return send(failure, 'error');
    const text = repo.files.get(file);
    return text === undefined ? send(404, '404: Not Found') : send(200, text);
  });
}

/** Newsroom pages: `pages` maps a path ("/news/press-releases?page=0", "/news/press-releases/sb0400") to HTML. */
export function serveNewsroom(pages: Map<string, string>, log: string[] = []): Promise<FakeHost> {
  return listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname + url.search;
    const html = pages.get(key);
    log.push(`newsroom ${key} ${html === undefined ? 404 : 200}`);
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? '<html><body>Not found</body></html>');
  });
}

/** A listing page in the structure public scrapers of home.treasury.gov document. */
export function listingPage(items: { href: string; title: string; datetime: string }[]): string {
  const rows = items.map(
    (i) =>
      `<div><span class="date-format"><time datetime="${i.datetime}" class="datetime">${i.datetime.slice(0, 10)}</time></span>` +
      `<h3 class="featured-stories__headline"><a href="${i.href}" hreflang="en">${i.title}</a></h3></div>`,
  );
  return `<!doctype html><html><body><div id="block-hamilton-content"><div class="views-element-container"><div class="featured-stories content--2col"><div class="content--2col__body">${rows.join('')}</div></div></div></div></body></html>`;
}

export function releasePage(title: string, datetime: string, paragraphs: string[]): string {
  return `<!doctype html><html><body><h2 class="uswds-page-title page-title">${title}</h2><div class="field--name-field-news-publication-date"><time datetime="${datetime}">${datetime.slice(0, 10)}</time></div><div class="clearfix text-formatted field field--name-field-news-body field__item">${paragraphs.map((p) => `<p>${p}</p>`).join('')}<div class="nested"><p>Inside a nested div.</p></div></div><footer><p>Footer text that is not the release.</p></footer></body></html>`;
}
