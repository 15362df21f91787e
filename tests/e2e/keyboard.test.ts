// The card and panel by keyboard, the card's size on a phone, and its colour scheme.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { cardIn, hoverText, openTab, textBox, useExtensionWithPages, waitForMarks } from './harness';

const env = useExtensionWithPages();

/** What has focus: our host (its inside is closed to the page), or the page's element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.tagName === 'PRIMARY-SOURCE' ? 'ours' : el === document.body || !el ? 'body' : `${el.tagName}:${el.textContent}`;
  });

it('adds one Tab stop, which lists the entities in reading order; Escape closes and gives focus back', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  const marks = await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
  await page.waitForTimeout(500); // the ranking
  const pageStops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, [tabindex]').length);
  const stops: string[] = [];
  for (let i = 0; i < pageStops + 4 && !stops.includes('ours'); i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now !== 'body' && !stops.includes(now)) stops.push(now);
  }
  expect(stops).toHaveLength(pageStops + 1);
  expect(stops.at(-1)).toBe('ours');

  await page.keyboard.press('Enter'); // the panel opens, focus on its first entry
  await page.keyboard.press('Enter'); // that entry's card opens, focus inside it
  await expect.poll(() => cardIn(env.browser, tabId), { timeout: 5_000 }).toMatchObject({ open: true, entity: marks[0]!.entity });
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f.url().includes('/card.html'))
          ?.evaluate(() => document.activeElement?.className ?? '') ?? '',
      { timeout: 5_000 },
    )
    .toBe('ps-release-title');

  await page.keyboard.press('Escape');
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 5_000 }).toBe(false);
  expect(await focused(page)).toBe('ours');
  await page.waitForTimeout(700);
  expect((await cardIn(env.browser, tabId)).open).toBe(false); // and it does not reopen
  await page.keyboard.press('Escape'); // the panel closes; focus stays on the control
  expect(await focused(page)).toBe('ours');

  // Tab through the card and out of it: it closes behind the reader.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 5_000 }).toBe(true);
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f.url().includes('/card.html'))
          ?.evaluate(() => document.activeElement?.className ?? '') ?? '',
      { timeout: 5_000 },
    )
    .toBe('ps-release-title');
  for (let i = 0; i < 20 && (await cardIn(env.browser, tabId)).open; i++) await page.keyboard.press('Tab');
  expect((await cardIn(env.browser, tabId)).open).toBe(false);
  expect(await focused(page)).toBe('ours');
  await page.close();
});

it('closes a hovered card on Escape without moving focus', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
  await hoverText(page, 'article', 'Rachel Reeves');
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 5_000 }).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open)).toBe(false);
  expect(await focused(page)).toBe('body');
  await page.close();
});

it('keeps a hovered card open while the pointer is on it, and closes it when the pointer leaves', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
  await hoverText(page, 'article', 'Scott Bessent');
  await expect.poll(() => page.frames().some((f) => f.url().includes('/card.html')), { timeout: 5_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/card.html'))!;
  const b = (await (await frame.frameElement()).boundingBox())!;
  await page.mouse.move(b.x + 20, b.y + 20, { steps: 5 });
  await page.waitForTimeout(600);
  expect((await cardIn(env.browser, tabId)).open).toBe(true);
  await page.mouse.move(b.x + b.width + 40, b.y + b.height + 40, { steps: 5 });
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 3_000 }).toBe(false);
  await page.close();
});

it('fits a phone: at most 320 px wide and half the screen high, beside its mark; light on a white page in dark mode', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
  await hoverText(page, 'article', 'Scott Bessent');
  await expect.poll(() => page.frames().some((f) => f.url().includes('/card.html')), { timeout: 5_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/card.html'))!;
  await frame.locator('.ps-release-title').first().waitFor();
  await page.waitForTimeout(300); // its height, reported by the frame
  const b = (await (await frame.frameElement()).boundingBox())!;
  const m = await textBox(page, 'article', 'Treasury Secretary Scott Bessent');
  expect(b.width).toBeLessThanOrEqual(320);
  expect(b.height).toBeLessThanOrEqual(844 / 2);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(390);
  expect(m.y + m.height <= b.y || b.y + b.height <= m.y).toBe(true);
  expect(await frame.locator('.ps-popover').getAttribute('data-scheme')).toBe('light');
  await page.close();
});
