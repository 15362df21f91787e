// A single-page app: it re-renders text the extension marked, and navigates without reloading.
import { expect, it } from 'vitest';
import { marksIn, openTab, useExtensionWithPages, waitForMarks } from './harness';

const env = useExtensionWithPages();

it('follows a page that renders its marked text again in new nodes', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/app.html`);
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'first'));
  await expect.poll(() => page.evaluate<number>('window.__rerenders'), { timeout: 10_000 }).toBe(8);
  // Each re-render replaced the marked node; the mark follows the new one.
  await waitForMarks(env.browser, tabId, (m) => m.filter((x) => x.id === 'fighty').length === 1, 5_000);
  expect(await page.locator('#fighty').innerHTML()).toBe('Scott Bessent will travel to Tokyo next week.');
  await page.close();
});

it('rescans after in-app navigation, with the new article’s own state', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/app.html`);
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'first'));
  await page.evaluate('window.openArticle()');
  // "Bessent" alone was fine on the first article, which named him in full; not on this one.
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'second'));
  await page.waitForTimeout(1000);
  expect((await marksIn(env.browser, tabId)).map((m) => m.text)).toEqual(['Chancellor Rachel Reeves']);
  await page.close();
});
