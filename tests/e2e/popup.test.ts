// The toolbar popup with the real bundled index: search, save, and saved releases that
// survive a browser restart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, waitForIndex, type ExtensionBrowser } from './harness';

const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await waitForIndex(browser);
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

async function openPopup() {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

describe('popup', () => {
  it('finds a release by a misspelled query and links its official page', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').fill('finance ministerial critcal minerals');
    const first = popup.locator('.ps-release-title').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe(FOUNDING);
    await expect(first.getAttribute('target')).resolves.toBe('_blank');
    // Chrome gives extension pages 75% text; the popup sets its own.
    expect(await popup.evaluate(`getComputedStyle(document.querySelector('.ps-release-title')).fontSize`)).toBe('14px');
    await popup.close();
  });

  it('has no serious or critical accessibility violations on any of its tabs', async () => {
    const popup = await openPopup();
    await popup.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const serious = () =>
      popup.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    expect(await serious()).toEqual([]);
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').fill('critical minerals');
    await popup.locator('.ps-release-title').first().waitFor({ timeout: 10_000 });
    expect(await serious()).toEqual([]);
    await popup.getByRole('tab', { name: /Saved/ }).click();
    expect(await serious()).toEqual([]);
    await popup.close();
  });

  it('finds releases by the topics they name, not by look-alike words', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').fill('rare earth');
    // No release title says "rare earth"; the founding release names rare earth elements.
    await expect.poll(() => popup.locator('.ps-release-title').first().getAttribute('href'), { timeout: 10_000 }).toBe(FOUNDING);
    await popup.close();
  });

  it('searches once the index is in when opened right after install', async () => {
    const fresh = await launchWithExtension();
    try {
      const popup = await fresh.context.newPage();
      await popup.goto(`chrome-extension://${fresh.extensionId}/popup.html`);
      await popup.getByRole('tab', { name: 'Search' }).click();
      await popup.getByRole('searchbox').fill('sb0356');
      await expect.poll(() => popup.locator('.ps-release-title').first().getAttribute('href'), { timeout: 20_000 }).toBe(FOUNDING);
    } finally {
      await fresh.close();
      removeProfile(fresh.profileDir);
    }
  });

  it('keeps a saved release after the browser restarts', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('searchbox').fill('sb0356');
    await popup.getByRole('button', { name: /^Save for later: Secretary Bessent Convenes/ }).click();
    await popup.getByRole('button', { name: /^Saved: Secretary Bessent Convenes/ }).waitFor();
    await popup.close();

    const profile = browser.profileDir;
    await browser.close();
    browser = await launchWithExtension(profile);

    const again = await openPopup();
    await again.getByRole('tab', { name: /Saved/ }).click();
    const saved = again.locator('.ps-release-title');
    await expect.poll(() => saved.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([FOUNDING]);
    await again.close();
  });
});
