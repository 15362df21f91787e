// A news article on a local page, the built extension in real Chromium: marks, the popover by
// hover and by keyboard, saving, the badge, and accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tabIds, useExtensionWithPages } from './harness';

const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';
const env = useExtensionWithPages();

async function openArticle(path = '/minerals-ministerial.html'): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.origin + path);
  await page.locator('[data-ps-entity]').first().waitFor({ timeout: 15_000 });
  return page;
}

const marksOf = (page: Page) =>
  page.locator('[data-ps-entity]').evaluateAll((els) => els.map((el) => [el.textContent!.replace(/\s+/g, ' '), el.getAttribute('data-ps-entity')]));

/** The popover's release links, from its open shadow root. */
const popoverLinks = (page: Page) =>
  page.locator('primary-source-popover .ps-release-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('a news article about the critical-minerals ministerial', () => {
  let page: Page;
  let tabId: number | undefined;
  beforeAll(async () => {
    // Tab URLs are not ours to read (no "tabs" permission): the article's tab is the new one.
    const before = await tabIds(env.browser);
    page = await openArticle();
    tabId = (await tabIds(env.browser)).find((id) => !before.includes(id));
  });

  it('marks the officials and topics it names', async () => {
    const marks = await marksOf(page);
    const ids = marks.map(([, id]) => id);
    expect(ids).toContain('person:scott-bessent');
    expect(ids).toContain('person:rachel-reeves');
    expect(ids).toContain('topic:critical-minerals');
    expect(ids).toContain('topic:rare-earth-elements');
    expect(marks.find(([, id]) => id === 'person:scott-bessent')?.[0]).toBe('Treasury Secretary Scott Bessent');
  });

  it('opens the popover on hover, with the founding release first and why', async () => {
    await page.locator('[data-ps-entity="person:scott-bessent"]').first().hover();
    await expect.poll(() => popoverLinks(page), { timeout: 5_000 }).not.toEqual([]);
    expect((await popoverLinks(page))[0]).toBe(FOUNDING);
    const reasons = await page.locator('primary-source-popover .ps-release-reasons').first().textContent();
    expect(reasons).toMatch(/^names .*Reeves/);
    expect(reasons).toMatch(/critical minerals/i);
    expect(reasons).toMatch(/day before this article/);
  });

  it('opens on keyboard focus and closes on Escape, focus back on the mark', async () => {
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    const mark = page.locator('[data-ps-entity="person:rachel-reeves"]').first();
    await mark.focus();
    const box = page.locator('primary-source-popover .ps-popover');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ps-entity'))).toBe('person:rachel-reeves');
  });

  it('never covers its mark and stays in the viewport', async () => {
    const mark = page.locator('[data-ps-entity="person:scott-bessent"]').first();
    await mark.hover();
    const box = page.locator('primary-source-popover .ps-popover');
    await expect.poll(() => box.isVisible()).toBe(true);
    const [m, b] = [(await mark.boundingBox())!, (await box.boundingBox())!];
    const overlaps = m.x < b.x + b.width && b.x < m.x + m.width && m.y < b.y + b.height && b.y < m.y + m.height;
    expect(overlaps).toBe(false);
    const viewport = page.viewportSize()!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
  });

  it('has no serious or critical accessibility violations with the popover open', async () => {
    await page.locator('[data-ps-entity="person:scott-bessent"]').first().hover();
    await page.locator('primary-source-popover .ps-popover').waitFor({ state: 'visible' });
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run({ include: [['primary-source-popover']] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('saves from the popover, and the popup lists it', async () => {
    await page.locator('[data-ps-entity="person:scott-bessent"]').first().hover();
    const save = page.locator('primary-source-popover .ps-save').first();
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Saved/ }).click();
    await expect.poll(() => popup.locator('.ps-release-title').first().getAttribute('href')).toBe(FOUNDING);
    await popup.close();
  });

  it('lists the releases the page is about in the popup', async () => {
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    const first = popup.locator('.ps-release-title').first();
    await expect.poll(() => first.getAttribute('href')).toBe(FOUNDING);
    expect(await popup.getByText('Named on this page').count()).toBe(1);
    await popup.close();
  });

  it('shows the number of confident matches on the toolbar badge', async () => {
    const badges: string[] = await env.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id! })));
    });
    expect(badges.filter((text) => /^[1-9]\d*$/.test(text))).toHaveLength(1);
  });

  it('never tells a page what was saved, nor saves on the page\'s own clicks', async () => {
    // The founding release was saved above: a fresh page must not learn that, even by reading
    // the open shadow root. (Last, since a second article tab changes the badge count.)
    const other = await openArticle();
    await other.locator('[data-ps-entity="person:scott-bessent"]').first().hover();
    await other.locator('primary-source-popover .ps-save').nth(1).waitFor();
    const seen = await other.evaluate<{ before: string[]; after: string }>(`(async () => {
      const buttons = [...document.querySelector('primary-source-popover').shadowRoot.querySelectorAll('.ps-save')];
      const before = buttons.map((b) => b.getAttribute('aria-pressed'));
      buttons[1].click(); // a synthetic click: isTrusted is false
      await new Promise((done) => setTimeout(done, 500));
      return { before, after: buttons[1].getAttribute('aria-pressed') };
    })()`);
    expect(seen.before.length).toBeGreaterThan(1);
    expect(seen).toEqual({ before: seen.before.map(() => 'false'), after: 'false' });
    await other.close();
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Saved/ }).click();
    await expect.poll(() => popup.locator('.ps-release-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([FOUNDING]);
    await popup.close();
  });
});
