// Real Chromium with the built extension, and a local web server for test pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const pagesDir = resolve(import.meta.dirname, 'pages');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

/** Chromium with the built extension; `withExtension` false gives the same browser without it (a baseline). */
export async function launchWithExtension(
  profileDir = mkdtempSync(join(tmpdir(), 'ps-e2e-')),
  withExtension = true,
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
  });
  if (!withExtension) return { context, extensionId: '', worker: undefined as never, profileDir, close: () => context.close() };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browser: ExtensionBrowser = { context, extensionId, worker, profileDir, close: () => context.close() };
  // A worker stopped (by the browser or a test) and started again is a new Worker: follow it.
  context.on('serviceworker', (next) => void (browser.worker = next));
  return browser;
}

export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}

/**
 * In-page check: is the bundled index in the extension's IndexedDB? A string, not a function:
 * tsx would inject helpers the page does not have. Resolves with the page's clock when it is.
 */
export const indexLoadedCheck = `new Promise((done) => {
  const open = indexedDB.open('primary-source');
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('meta')) return db.close(), done(0);
    const get = db.transaction('meta').objectStore('meta').get('indexVersion');
    get.onsuccess = () => (db.close(), done(get.result ? performance.now() : 0));
    get.onerror = () => (db.close(), done(0));
  };
  open.onerror = () => done(0);
})`;

/** Waits until the background has loaded the bundled index into IndexedDB. */
export async function waitForIndex(browser: ExtensionBrowser, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await browser.worker.evaluate<number>(indexLoadedCheck))) {
    if (Date.now() > deadline) throw new Error('The bundled index was not loaded in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/** Serves tests/e2e/pages on 127.0.0.1 (a random port), and `extra` (path → body: scripts built at test time). */
export async function servePages(extra: Record<string, string> = {}): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const built = extra[path];
    if (built !== undefined) return void res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(built);
    const file = resolve(pagesDir, `.${path}`);
    if (!file.startsWith(pagesDir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('server has no address');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/**
 * For a test file: the extension in a fresh browser with its index loaded, and the test pages
 * served, for all of the file's tests. Read the fields inside tests (they are set in beforeAll).
 */
export function useExtensionWithPages(extra: () => Promise<Record<string, string>> = async () => ({})): {
  browser: ExtensionBrowser;
  origin: string;
} {
  const env = {} as { browser: ExtensionBrowser; origin: string; server: Server };
  beforeAll(async () => {
    ({ server: env.server, origin: env.origin } = await servePages(await extra()));
    env.browser = await launchWithExtension();
    await waitForIndex(env.browser);
  });
  afterAll(async () => {
    await env.browser?.close();
    if (env.browser) removeProfile(env.browser.profileDir);
    env.server?.close();
  });
  return env;
}

/** Ids of the browser's tabs (tab URLs are not ours to read without the "tabs" permission). */
export async function tabIds(browser: ExtensionBrowser): Promise<number[]> {
  return (await seamPage(browser)).evaluate<number[]>(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))`);
}

/** A new tab at `url`, with its tab id (the tab that was not there before); `init` runs in the page before its own scripts. */
export async function openTab(browser: ExtensionBrowser, url: string, init?: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(browser);
  const page = await browser.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url);
  const tabId = (await tabIds(browser)).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error('no new tab');
  return { page, tabId };
}

export interface SeamMark {
  entity: string;
  text: string;
  id: string;
}
export interface SeamCard {
  open: boolean;
  entity: string;
  releases: { url: string; title: string; thisArticle: boolean }[];
}

/**
 * An extension page of our own to ask the seam from: unlike the worker, it is not stopped
 * under a test (a stopped worker's handle is dead until something wakes a new one).
 */
const seamPages = new WeakMap<ExtensionBrowser, Promise<Page>>();
function seamPage(browser: ExtensionBrowser): Promise<Page> {
  let page = seamPages.get(browser);
  if (!page) {
    page = browser.context.newPage().then(async (p) => (await p.goto(`chrome-extension://${browser.extensionId}/options.html`), p));
    seamPages.set(browser, page);
  }
  return page;
}

/** The content script's test seam, asked from an extension page (README, "Test seam"). */
export async function marksIn(browser: ExtensionBrowser, tabId: number): Promise<SeamMark[]> {
  return (await seamPage(browser)).evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'marks' }).catch(() => [])`);
}
/** The bench's part of the seam: the current article's scans. */
export async function scanIn(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<{ mainThreadMs: number; finished: number; running: number } | null> {
  return (await seamPage(browser)).evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'scan' }).catch(() => null)`);
}
export async function cardIn(browser: ExtensionBrowser, tabId: number): Promise<SeamCard> {
  return (await seamPage(browser)).evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'card' })`);
}

/** Polls the seam until `ready(marks)`; returns the marks. */
export async function waitForMarks(
  browser: ExtensionBrowser,
  tabId: number,
  ready: (marks: SeamMark[]) => boolean = (m) => m.length > 0,
  timeoutMs = 15_000,
): Promise<SeamMark[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const marks = await marksIn(browser, tabId);
    if (ready(marks)) return marks;
    if (Date.now() > deadline) throw new Error(`marks not as expected in time: ${JSON.stringify(marks)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The viewport box (first line) of the first occurrence of `text` (whitespace-folded) inside the element `selector` picks. */
export function textBox(page: Page, selector: string, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(selector)});
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = []; let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
    const at = all.replace(/\\s/g, ' ').indexOf(${JSON.stringify(text)});
    if (at < 0) throw new Error('text not found');
    const [node, start] = nodes.filter(([, s]) => s <= at).pop();
    const range = document.createRange();
    range.setStart(node, at - start);
    range.setEnd(node, Math.min(node.data.length, at - start + ${JSON.stringify(text)}.length));
    const r = range.getClientRects()[0]; // its first line, should it wrap
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  })()`);
}

/** Moves the real mouse onto `text` in `#id`. */
export async function hoverText(page: Page, selector: string, text: string): Promise<void> {
  const box = await textBox(page, selector, text);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 2 });
}
