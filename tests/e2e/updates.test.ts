// Updates in the built extension: "Check now" against local fakes of the GitHub API and raw
// host adds releases, a page about one of them gets marks and a confident link, the popup's
// search finds it, and a second check costs one conditional request. Fixture-sized: three
// releases written for the test (the 200-release replay runs in Node, lib/sync/replay.integration.test.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRepo, type FakeHost, serveGitHubApi, serveNewsroom, serveRaw } from '../fakes/hosts';
import { cardIn, hoverText, openTab, useExtensionWithPages, waitForMarks } from './harness';
import { UPDATE_RELEASES } from './update-fixtures';

const env = useExtensionWithPages();
const repo = fakeRepo({ files: new Map(Object.entries(UPDATE_RELEASES)) });
let hosts: FakeHost[] = [];
let noCors: FakeHost;

beforeAll(async () => {
  hosts = await Promise.all([serveGitHubApi(repo), serveRaw(repo)]);
  noCors = await serveNewsroom(new Map([['/x', '<p>page</p>']]));
  const bases = JSON.stringify({ githubApi: hosts[0]!.url, githubRaw: hosts[1]!.url });
  await env.browser.worker.evaluate(`chrome.storage.local.set({ syncBases: ${bases} })`);
});
afterAll(() => Promise.all([...hosts, noCors].map((h) => h.close())));

async function popup(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  return page;
}

async function checkNow(page: Page) {
  await page.getByRole('button', { name: 'Check now' }).click();
  await page.getByRole('button', { name: 'Check now' }).waitFor({ timeout: 30_000 });
}

describe('updates from the official repository', () => {
  it('needs no host permission for the GitHub hosts: they answer cross-origin requests', async () => {
    const manifest = (await env.browser.worker.evaluate('chrome.runtime.getManifest()')) as {
      host_permissions?: string[];
      optional_host_permissions?: string[];
    };
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://home.treasury.gov/*']);
    // In Chrome the content script's match patterns already give the extension host access to
    // every http(s) site, so a background fetch cannot show what CORS alone allows. A web page
    // can: from another origin, the API request with our headers (a preflight for
    // If-None-Match) and the raw read go through; a host without CORS headers stays closed.
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/plain.html`);
    const read = (url: string, headers: Record<string, string> = {}) =>
      page.evaluate(
        `fetch(${JSON.stringify(url)}, { headers: ${JSON.stringify(headers)} }).then((r) => String(r.status), () => 'blocked')`,
      );
    const api = `${hosts[0]!.url}/repos/${repo.repo}/commits/main`;
    expect(await read(api, { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28', 'If-None-Match': '"x"' })).toBe(
      '200',
    );
    expect(await read(`${hosts[1]!.url}/${repo.repo}/${repo.head}/content/news/readouts/2026-03-12-sb0905.md`)).toBe('200');
    expect(await read(`${noCors.url}/x`)).toBe('blocked');
    repo.log.length = 0;
    repo.rateRemaining = 60;
    await page.close();
  });

  it('"Check now" adds the new releases and says so', async () => {
    const page = await popup();
    await checkNow(page);
    await expect
      .poll(() => page.locator('.ps-updates').textContent(), { timeout: 30_000 })
      .toMatch(/Up to date as of .* last check added 3 releases/);
    expect(repo.log.filter((l) => l.startsWith('raw')).length).toBe(3);
    await page.close();
  });

  it('a page about a new release gets marks for a name only the update gave, and a confident link', async () => {
    const { page, tabId } = await openTab(env.browser, `${env.origin}/update-article.html`);
    await waitForMarks(env.browser, tabId, (marks) => marks.some((m) => m.entity === 'person:oriana-velastegui'));
    await expect
      .poll(() => env.browser.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`), { timeout: 10_000 })
      .not.toBe('');
    await hoverText(page, 'body', 'Oriana Velastegui');
    await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 10_000 }).toBe(true);
    const card = await cardIn(env.browser, tabId);
    expect(card.entity).toBe('person:oriana-velastegui');
    expect(card.releases[0]).toMatchObject({ url: 'https://home.treasury.gov/news/press-releases/sb0901', thisArticle: true });
    await page.close();
  });

  it('the popup search finds a fetched release', async () => {
    const page = await popup();
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('Halvorsen Maritime');
    await expect
      .poll(() => page.locator('.ps-release-title').first().getAttribute('href'), { timeout: 10_000 })
      .toBe('https://home.treasury.gov/news/press-releases/sb0901');
    await page.close();
  });

  it('a second check with nothing new costs one conditional request (304)', async () => {
    repo.log.length = 0;
    const page = await popup();
    await checkNow(page);
    await expect.poll(() => page.locator('.ps-updates').textContent(), { timeout: 30_000 }).toMatch(/last check added 0 releases/);
    expect(repo.log).toEqual([`api GET /repos/${repo.repo}/commits/main 304`]);
    await page.close();
  });
});
