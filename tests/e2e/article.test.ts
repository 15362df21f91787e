// A news article on a local page, the built extension in real Chromium: marks, the card by
// hover and by keyboard, saving, the badge, and accessibility. Marks are ranges, not elements,
// and the card is an extension frame in a closed shadow root: the test seam (README) tells
// what is marked and shown, and the card is driven through its frame as the reader would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardIn, hoverText, openTab, textBox, useExtensionWithPages, waitForMarks } from './harness';

const FOUNDING = 'https://home.treasury.gov/news/press-releases/sb0356';
const env = useExtensionWithPages();

/** The open card's frame (an extension page). */
async function cardFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/card.html')), { timeout: 5_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/card.html'))!;
  await frame.locator('.ps-release-title').first().waitFor({ timeout: 5_000 });
  return frame;
}

/** The frame's box in the page (the iframe element is in a closed shadow root). */
async function frameBox(frame: Frame) {
  return (await (await frame.frameElement()).boundingBox())!;
}

describe('a news article about the critical-minerals ministerial', () => {
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`));
    await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
  });

  it('marks the officials and topics it names, without changing the page', async () => {
    const marks = await waitForMarks(env.browser, tabId);
    const ids = marks.map((m) => m.entity);
    expect(ids).toContain('person:scott-bessent');
    expect(ids).toContain('person:rachel-reeves');
    expect(ids).toContain('topic:critical-minerals');
    expect(ids).toContain('topic:rare-earth-elements');
    expect(marks.find((m) => m.entity === 'person:scott-bessent')?.text).toBe('Treasury Secretary Scott Bessent');
    // Nothing of ours inside the page's content: our one host is the last child of <html>.
    expect(await page.evaluate(() => document.body.querySelectorAll('*').length)).toBe(
      await page.evaluate(() => document.body.querySelectorAll('header, header *, article, article *').length),
    );
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('PRIMARY-SOURCE');
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot)).toBeNull();
  });

  it('opens the card on hover, with the founding release as the one the article is about', async () => {
    await hoverText(page, 'article', 'Scott Bessent');
    await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 5_000 }).toBe(true);
    const card = await cardIn(env.browser, tabId);
    expect(card.entity).toBe('person:scott-bessent');
    expect(card.releases[0]).toMatchObject({ url: FOUNDING, thisArticle: true });
    expect(card.releases.slice(1).every((r) => !r.thisArticle)).toBe(true);
    const frame = await cardFrame(page);
    expect(await frame.locator('.ps-release-title').first().getAttribute('href')).toBe(FOUNDING);
    expect(await frame.locator('.ps-about h2').textContent()).toBe('The release this article is about');
    expect(await frame.locator('.ps-release-reasons').first().textContent()).toMatch(/\S/);
  });

  it('never covers its mark, stays in the viewport, at most 320 px wide and half the viewport high', async () => {
    await hoverText(page, 'article', 'Scott Bessent');
    const frame = await cardFrame(page);
    const m = await textBox(page, 'article', 'Treasury Secretary Scott Bessent');
    const b = await frameBox(frame);
    const overlaps = m.x < b.x + b.width && b.x < m.x + m.width && m.y < b.y + b.height && b.y < m.y + m.height;
    expect(overlaps).toBe(false);
    const viewport = page.viewportSize()!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
    expect(b.width).toBeLessThanOrEqual(320);
    expect(b.height).toBeLessThanOrEqual(viewport.height / 2 + 1);
  });

  it('has no serious or critical accessibility violations in the card', async () => {
    await hoverText(page, 'article', 'Scott Bessent');
    const frame = await cardFrame(page);
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await frame.evaluate(axeSource);
    const violations = await frame.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: object, o: object): Promise<{ violations: { id: string; impact: string }[] }> } })
        .axe;
      // The frame is a fragment of the page: page-level rules (landmarks, h1, title) are the page's.
      const result = await axe.run(document, {
        rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
      });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('saves from the card, keeping focus and saying "Saved" in place, and the popup lists it', async () => {
    await hoverText(page, 'article', 'Scott Bessent');
    const frame = await cardFrame(page);
    const save = frame.locator('.ps-save').first();
    await page.waitForTimeout(700); // the card accepts clicks once it has been visible a moment
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await save.textContent()).toContain('Saved');
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('ps-save'))).toBe(true);
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
});
