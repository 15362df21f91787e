// Saving from a page's card records the page it was saved from (the background reads the
// sender's tab); the popup's Saved tab shows it. Reaches the card as article.test.ts does.
import { describe, expect, it } from 'vitest';
import { useExtensionWithPages } from './harness';

const env = useExtensionWithPages();
const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';

describe('saved from a card', () => {
  it('keeps the page title and address, and the popup lists it with them', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/minerals-ministerial.html`);
    await page.locator('[data-ps-entity="person:scott-bessent"]').first().hover({ timeout: 15_000 });
    const save = page.locator('primary-source-popover .ps-save').first();
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');

    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Saved/ }).click();
    const item = popup.locator('.ps-saved > li').first();
    await expect.poll(() => item.locator('.ps-release-title').getAttribute('href')).toBe(FOUNDING);
    const from = item.locator('.ps-release-meta a');
    await expect(from.textContent()).resolves.toBe('Finance ministers meet in Washington on mineral supply chains — The Sample Ledger');
    await expect(from.getAttribute('href')).resolves.toBe(`${env.origin}/minerals-ministerial.html`);
    await popup.close();
    await page.close();
  });
});
