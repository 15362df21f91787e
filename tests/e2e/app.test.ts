// A single-page app: it re-renders text the extension marked, and navigates without reloading.
import { expect, it } from 'vitest';
import { useExtensionWithPages } from './harness';

const env = useExtensionWithPages();

it('does not fight a page that keeps re-rendering its text', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.origin}/app.html`);
  await page.locator('#first [data-ps-entity]').first().waitFor({ timeout: 15_000 });
  // The page undoes each mark in #fighty; the extension gives up after a few tries.
  await page.waitForTimeout(4000);
  const rerenders = await page.evaluate<number>('window.__rerenders');
  await page.waitForTimeout(2000);
  expect(rerenders).toBeGreaterThan(0);
  expect(rerenders).toBeLessThanOrEqual(4);
  expect(await page.evaluate<number>('window.__rerenders')).toBe(rerenders);
  await page.close();
});

it('rescans after in-app navigation, with the new article’s own state', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.origin}/app.html`);
  await page.locator('#first [data-ps-entity]').first().waitFor({ timeout: 15_000 });
  await page.evaluate('window.openArticle()');
  await page.locator('#second [data-ps-entity="person:rachel-reeves"]').waitFor({ timeout: 15_000 });
  // "Bessent" alone was fine on the first article, which named him in full; not on this one.
  await expect
    .poll(() => page.locator('#second [data-ps-entity]').evaluateAll((els) => els.map((el) => el.textContent)), { timeout: 5_000 })
    .toEqual(['Chancellor Rachel Reeves']);
  await page.close();
});
