// The 200-release sync in Chromium: the built extension, "Check now" against local fakes of
// the GitHub API and raw host serving the corpus's newest 200 releases under new identifiers
// (the bundled index already holds the real ones). Time to searchable (the answer to syncNow
// comes after the batch's transaction) beside reloading the whole bundled index (install to
// ready), and long tasks on an open tab meanwhile. Needs ../shared/treasury.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../indexer/index-files';
import { splitNewest } from '../lib/sync/replay-helpers';
import { indexLoadedCheck, launchWithExtension, removeProfile, servePages, waitForIndex } from '../tests/e2e/harness';
import { fakeRepo, serveGitHubApi, serveRaw } from '../tests/fakes/hosts';
import { type BenchEntry, lowerIsBetter } from './report';

const corpus = fileURLToPath(new URL('../../shared/treasury', import.meta.url));

export async function benchSync(): Promise<BenchEntry[]> {
  if (!existsSync(corpus)) {
    console.log(`  skipped: no corpus at ${corpus}`);
    return [];
  }
  const { newest } = splitNewest(readCorpus(corpus), 200);
  // New identifiers: "sb0356" becomes "sb0356u", so every file is a release the index lacks.
  const files = newest.map((f) => [`content/${f.path}`, f.source.replace(/^(url: .*\/[^/\s]+)\s*$/m, '$1u')] as const);
  const repo = fakeRepo({ files: new Map(files) });
  const hosts = await Promise.all([serveGitHubApi(repo), serveRaw(repo)]);
  const { origin, server } = await servePages();
  const browser = await launchWithExtension();
  try {
    const installMs = await browser.worker.evaluate<number>(indexLoadedCheck);
    await waitForIndex(browser);
    const reloadMs = installMs || (await browser.worker.evaluate<number>(indexLoadedCheck));
    await browser.worker.evaluate(
      `chrome.storage.local.set({ syncBases: ${JSON.stringify({ githubApi: hosts[0]!.url, githubRaw: hosts[1]!.url })} })`,
    );
    const tab = await browser.context.newPage();
    await tab.addInitScript(
      `window.__longTasks = 0; new PerformanceObserver((l) => { window.__longTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true });`,
    );
    await tab.goto(`${origin}/minerals-ministerial.html`);
    await tab.locator('[data-ps-entity]').first().waitFor({ timeout: 15_000 });
    const before = await tab.evaluate<number>('window.__longTasks');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const started = Date.now();
    const status = await popup.evaluate<{ added: number; lastError?: string }>(
      `chrome.runtime.sendMessage({ type: 'syncNow', payload: {} }).then((a) => a.value)`,
    );
    const syncMs = Date.now() - started;
    if (status.added !== 200) throw new Error(`sync added ${status.added} releases, not 200 (${status.lastError ?? 'no error'})`);
    const longTasks = (await tab.evaluate<number>('window.__longTasks')) - before;
    return [
      lowerIsBetter('sync 200 releases to searchable (Chromium)', 'ms', syncMs, 'reloading the whole bundled index', Math.round(reloadMs)),
      lowerIsBetter('tasks over 50 ms on an open tab during the sync', 'tasks', longTasks, 'budget', 0),
    ];
  } finally {
    await browser.close();
    removeProfile(browser.profileDir);
    server.close();
    await Promise.all(hosts.map((h) => h.close()));
  }
}
