// The Saved tab with the real extension: export, then import into a fresh profile gives the
// same list; 5,000 saved releases render as one page of rows; a card's save records the page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, waitForIndex, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await waitForIndex(browser);
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

async function openSaved(b: ExtensionBrowser) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await page.getByRole('tab', { name: /Saved/ }).click();
  return page;
}

const titles = (page: Awaited<ReturnType<typeof openSaved>>) => page.locator('.ps-saved .ps-release-title').allTextContents();

/** Saved rows written straight into the extension's database (as version 2 stores them). */
function putSaved(b: ExtensionBrowser, count: number) {
  return b.worker.evaluate(`new Promise((done, fail) => {
    const open = indexedDB.open('primary-source');
    open.onsuccess = () => {
      const tx = open.result.transaction('saved', 'readwrite');
      for (let i = 0; i < ${count}; i++) {
        const id = 'zz' + String(i).padStart(5, '0');
        tx.objectStore('saved').put({ id, title: 'Generated release ' + i, url: 'https://home.treasury.gov/news/press-releases/' + id,
          date: '2020-01-01', kind: 'press-release', savedAt: 1000 + i, note: '' });
      }
      tx.oncomplete = () => (open.result.close(), done(true));
      tx.onerror = () => fail(tx.error);
    };
    open.onerror = () => fail(open.error);
  })`);
}

describe('saved releases', () => {
  it('exports JSON that a fresh profile imports as the same list', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Search' }).click();
    for (const id of ['sb0356', 'sb0360']) {
      await popup.getByRole('searchbox').fill(id);
      await popup
        .getByRole('button', { name: /^Save for later: / })
        .first()
        .click();
      await popup
        .getByRole('button', { name: /^Saved: / })
        .first()
        .waitFor();
    }
    await popup.getByRole('tab', { name: /Saved/ }).click();
    await popup.getByRole('button', { name: /^Add a note: .*Reeves/ }).click();
    await popup.getByRole('textbox', { name: /^Note on/ }).fill('for the UK story');
    await popup.getByRole('button', { name: 'Export JSON' }).focus(); // blur saves the note
    await popup.getByText('for the UK story').waitFor();
    const before = await titles(popup);
    expect(before).toHaveLength(2);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = await download.path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported).items.map((i: { id: string }) => i.id)).toEqual(['sb0360', 'sb0356']);

    const fresh = await launchWithExtension();
    try {
      await waitForIndex(fresh);
      const other = await openSaved(fresh);
      await other
        .locator('input[type=file]')
        .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from('{"oops": ') });
      await other.getByText(/not JSON/).waitFor();
      expect(await titles(other)).toEqual([]);
      await other.locator('input[type=file]').setInputFiles(file);
      await other.getByText('Imported 2 releases.').waitFor();
      expect(await titles(other)).toEqual(before);
      await other.getByText('for the UK story').waitFor();
      // Importing again adds nothing.
      await other.locator('input[type=file]').setInputFiles(file);
      await other.getByText('Imported 0 releases; 2 already saved.').waitFor();
      expect(await titles(other)).toEqual(before);
    } finally {
      await fresh.close();
      removeProfile(fresh.profileDir);
    }
    await popup.close();
  });

  it('shows 5,000 saved releases one page at a time', async () => {
    await putSaved(browser, 5000);
    const popup = await openSaved(browser);
    await popup.getByText(/^5,00\d saved, newest first$/).waitFor({ timeout: 15_000 });
    expect(await popup.locator('.ps-saved > li').count()).toBe(50);
    expect(await popup.locator('.ps-popup *').count()).toBeLessThan(1500);
    await popup.getByRole('button', { name: /^Show 50 more of/ }).click();
    expect(await popup.locator('.ps-saved > li').count()).toBe(100);
    await popup.close();
  });
});
