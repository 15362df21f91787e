// Saving from a page's card records the page it was saved from (the background reads the
// sender's tab); the popup's Saved tab shows it. Reaches the card's frame as article.test.ts does.
import { describe, expect, it } from 'vitest';
import { hoverText, openTab, useExtensionWithPages, waitForMarks } from './harness';

const env = useExtensionWithPages();
const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';

describe('saved from a card', () => {
  it('keeps the page title and address, and the popup lists it with them', async () => {
    const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
    await waitForMarks(env.browser, tabId, (marks) => marks.some((m) => m.entity === 'person:scott-bessent'));
    await hoverText(page, 'article', 'Scott Bessent');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/card.html')), { timeout: 10_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/card.html'))!;
    const save = frame.locator('.ps-save').first();
    await save.waitFor({ timeout: 5_000 });
    await page.waitForTimeout(700); // the card accepts clicks once it has been visible a moment
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
