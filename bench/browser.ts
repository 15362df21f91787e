// Figures only a real browser gives: how long from install until the bundled index is in
// IndexedDB and the extension is ready, and what the content script costs a page: main-thread
// time, long tasks, script time and heap. Each figure is reported beside its budget (the
// issue's target) or the same page without the extension.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { indexLoadedCheck, launchWithExtension, marksIn, removeProfile, scanIn, tabIds, waitForIndex } from '../tests/e2e/harness';
import { benchPages } from './pages';
import { type BenchEntry, lowerIsBetter } from './report';

const INSTALL_BUDGET_MS = 3000;

/** Install (a fresh profile) to a ready database, timed by the service worker's clock from its start. */
async function installToReady(): Promise<number> {
  const browser = await launchWithExtension();
  try {
    // The worker's own clock when the index is in: ms since the worker started.
    for (;;) {
      const readyAt = await browser.worker.evaluate<number>(indexLoadedCheck);
      if (readyAt) return readyAt;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await browser.close();
    removeProfile(browser.profileDir);
  }
}

export async function benchBrowser(runs = 3): Promise<BenchEntry[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await installToReady());
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  return [lowerIsBetter('install to ready database (Chromium, median of 3)', 'ms', Math.round(median), 'budget', INSTALL_BUDGET_MS)];
}

interface PageCost {
  mainThreadMs: number;
  /** Tasks over 50 ms while the page loaded and the extension scanned it. */
  longTasks: number;
  marks: number;
  /** The page's JS heap after a full collection (content scripts share the page's heap), bytes. */
  heapBytes: number;
  /** Time spent compiling and running script in the page (CDP ScriptDuration), ms. */
  scriptMs: number;
}

/**
 * Main-thread cost of the content script on a page, and the page's long tasks, with the
 * extension or (`withExtension` false) in a plain browser as the baseline.
 */
async function pageCost(path: string, html: string, withExtension = true): Promise<PageCost> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await launchWithExtension(undefined, withExtension);
  try {
    if (withExtension) await waitForIndex(browser);
    // Tabs before the page's (the seam's own extension page opens here, not after: the page stays in front).
    const before = withExtension ? await tabIds(browser) : [];
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(`
      window.__longTasks = 0;
      new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; })
        .observe({ type: 'longtask', buffered: true });
    `);
    await page.goto(`http://127.0.0.1:${port}${path}`);
    let scan = { mainThreadMs: 0, marks: 0 };
    if (withExtension) {
      // The content script's seam (README, "Test seam") says when its first scan is done.
      const tabId = (await tabIds(browser)).find((id) => !before.includes(id))!;
      const deadline = Date.now() + 120_000;
      for (;;) {
        const state = await scanIn(browser, tabId);
        if (state && state.finished > 0 && state.running === 0) {
          scan = { mainThreadMs: state.mainThreadMs, marks: (await marksIn(browser, tabId)).length };
          break;
        }
        if (Date.now() > deadline) throw new Error(`${path}: the scan did not finish`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } else {
      await page.waitForTimeout(3000);
    }
    const inPage = { ...scan, longTasks: await page.evaluate<number>('window.__longTasks') };
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { ...inPage, heapBytes: metric('JSHeapUsedSize'), scriptMs: metric('ScriptDuration') * 1000 };
  } finally {
    await browser.close();
    removeProfile(browser.profileDir);
    server.close();
  }
}

export async function benchPageCost(): Promise<BenchEntry[]> {
  const pages = benchPages();
  // Most pages name nothing: what does the extension cost there, beside the same page without it?
  // The run with the median script time of three: one slow start on a busy machine is no figure.
  const quietPage = async (withExtension: boolean) => {
    const runs: PageCost[] = [];
    for (let i = 0; i < 3; i++) runs.push(await pageCost('/quiet.html', pages['/quiet.html']!, withExtension));
    return runs.sort((a, b) => a.scriptMs - b.scriptMs)[1]!;
  };
  const quiet = await quietPage(true);
  const plainQuiet = await quietPage(false);
  if (quiet.marks !== 0) throw new Error(`the quiet page got ${quiet.marks} marks`);
  const article = await pageCost('/article-50k.html', pages['/article-50k.html']!);
  const blog = await pageCost('/liveblog-2mb.html', pages['/liveblog-2mb.html']!);
  const plainBlog = await pageCost('/liveblog-2mb.html', pages['/liveblog-2mb.html']!, false);
  const many = await pageCost('/paragraphs-50k.html', pages['/paragraphs-50k.html']!);
  const plainMany = await pageCost('/paragraphs-50k.html', pages['/paragraphs-50k.html']!, false);
  console.log(`  50 KB article: ${article.marks} marks; 2 MB live blog: ${blog.marks} marks; 50,000 paragraphs: ${many.marks} marks`);
  return [
    lowerIsBetter(
      'page with nothing to mark: JS heap (median of 3)',
      'bytes',
      quiet.heapBytes,
      'same page, no extension',
      plainQuiet.heapBytes,
    ),
    lowerIsBetter(
      'page with nothing to mark: script time (compile + run, median of 3)',
      'ms',
      round(quiet.scriptMs),
      'same page, no extension',
      round(plainQuiet.scriptMs),
    ),
    lowerIsBetter('50 KB article: content-script main-thread work', 'ms', round(article.mainThreadMs), 'budget', 30),
    // Counts plus one, so that none against none reads as 1 (as good as no extension).
    {
      name: '2 MB live blog: tasks over 50 ms',
      unit: 'tasks',
      value: blog.longTasks,
      baseline: 'same page, no extension',
      baselineValue: plainBlog.longTasks,
      ratio: (plainBlog.longTasks + 1) / (blog.longTasks + 1),
    },
    lowerIsBetter(
      '2 MB live blog: content-script main-thread work',
      'ms',
      round(blog.mainThreadMs),
      '50 KB article × 40',
      round(article.mainThreadMs * 40),
    ),
    {
      name: '50,000 paragraphs: tasks over 50 ms',
      unit: 'tasks',
      value: many.longTasks,
      baseline: 'same page, no extension',
      baselineValue: plainMany.longTasks,
      ratio: (plainMany.longTasks + 1) / (many.longTasks + 1),
    },
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;
