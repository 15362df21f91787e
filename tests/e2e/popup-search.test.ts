// The popup's search with the real bundled index: typos, a remembered sentence, the right-click
// search, the keyboard, and axe-core on the options page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionBrowser } from './harness';

const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';
let browser: ExtensionBrowser;

// The search reads only files shipped in the package: no need to wait for IndexedDB.
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

async function open(path = 'popup.html') {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

const firstHref = (page: Awaited<ReturnType<typeof open>>) => page.locator('.ps-release-title').first().getAttribute('href');

describe('popup search', () => {
  it('finds the expected release first for a misspelled query, and says why', async () => {
    const popup = await open();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').fill('bessent convenes finance ministrial critcal minerals');
    await expect.poll(() => firstHref(popup), { timeout: 15_000 }).toBe(FOUNDING);
    const marked = await popup.locator('.ps-release').first().locator('.ps-release-title mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['Bessent', 'Convenes', 'Finance', 'Ministerial', 'Critical', 'Minerals']));
    await expect(popup.getByRole('status').first().textContent()).resolves.toMatch(/^\d[\d,]* releases?/);
    await popup.close();
  });

  it('finds a release by a sentence of its text', async () => {
    const popup = await open();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup
      .getByRole('searchbox')
      .fill('attendees expressed a strong, shared desire to quickly address key vulnerabilities in critical minerals supply chains');
    await expect.poll(() => firstHref(popup), { timeout: 15_000 }).toBe(FOUNDING);
    await popup.close();
  });

  it('says what to do for an empty or one-letter query', async () => {
    const popup = await open();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await expect.poll(() => popup.locator('.ps-count').textContent(), { timeout: 15_000 }).toMatch(/Type a title, a name/);
    await popup.getByRole('searchbox').fill('a');
    await expect.poll(() => popup.locator('.ps-count').textContent()).toMatch(/at least two letters/);
    await popup.close();
  });

  it('moves through results with the arrow keys and saves with S', async () => {
    const popup = await open();
    await popup.getByRole('tab', { name: 'Search' }).click();
    const box = popup.getByRole('searchbox');
    await box.fill('sb0356');
    await expect.poll(() => firstHref(popup), { timeout: 15_000 }).toBe(FOUNDING);
    await box.press('ArrowDown');
    expect(await popup.evaluate(`document.activeElement.getAttribute('href')`)).toBe(FOUNDING);
    await popup.keyboard.press('s');
    await popup.getByRole('button', { name: /^Saved: Secretary Bessent Convenes/ }).waitFor({ timeout: 10_000 });
    await popup.close();
  });

  it('offers "Search Primary Source for …" on selected text, which opens the search with it', async () => {
    // The menu item exists (update fails for an unknown id); headless Chromium has no context
    // menu to click, so the page the click opens is opened as the background would.
    await expect(browser.worker.evaluate(`chrome.contextMenus.update('primary-source-search', {}).then(() => true)`)).resolves.toBe(true);
    const path = await browser.worker.evaluate<string>(
      `chrome.runtime.getURL('/popup.html?q=' + encodeURIComponent('critcal minerals ministerial'))`,
    );
    const page = await browser.context.newPage();
    await page.goto(path);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('critcal minerals ministerial');
    await expect.poll(() => firstHref(page), { timeout: 15_000 }).toBe(FOUNDING);
    await page.close();
  });

  it('has no serious or critical accessibility violations on the options page', async () => {
    const options = await open('options.html');
    await options.getByRole('heading', { name: 'Primary Source settings' }).waitFor();
    await options.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // Nothing changes until "Save changes"; then it says so.
    await options.getByLabel('Pause on every site').check();
    await expect(browser.worker.evaluate(`chrome.storage.local.get('settings').then((s) => s.settings?.paused ?? false)`)).resolves.toBe(
      false,
    );
    await options.getByRole('button', { name: 'Save changes' }).click();
    await options.getByText('Changes saved.').waitFor();
    await expect(browser.worker.evaluate(`chrome.storage.local.get('settings').then((s) => s.settings.paused)`)).resolves.toBe(true);
    await options.close();
  });
});
