// A page built the way news sites build them: names split across inline elements, text that
// arrives late, an editable comment box, a script holding names, and a lifestyle column about
// champagne. Exactly these marks, no more, and the page's DOM exactly as the page made it.
import { expect, it } from 'vitest';
import { marksIn, openTab, useExtensionWithPages, waitForMarks } from './harness';

const env = useExtensionWithPages();

it('marks exactly what a careful reader would link', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/hard-cases.html`);
  const before = await page.evaluate(() => document.getElementById('story')!.innerHTML.replace(/<div id="late">.*<\/div>/s, ''));
  // The late paragraph arrives after 800 ms; its mark proves the page was watched.
  const marks = await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'late-paragraph'));
  expect(marks.map((m) => [m.id, m.text, m.entity])).toEqual([
    ['split-link', 'Scott Bessent', 'person:scott-bessent'],
    ['split', 'Rachel Reeves', 'person:rachel-reeves'],
    ['later', 'Bessent', 'person:scott-bessent'],
    ['later', 'rare-earth elements', 'topic:rare-earth-elements'],
    ['late-paragraph', 'Sinaloa Cartel', 'org:sinaloa-cartel'],
  ]);
  // A split name is one mark; the page's nodes are untouched, the link still goes where it went.
  expect(await page.evaluate(() => document.getElementById('story')!.innerHTML.replace(/<div id="late">.*<\/div>/s, ''))).toBe(before);
  expect(await page.locator('#split-link').getAttribute('href')).toBe('/people/bessent');
  expect(await page.locator('#comment-box').innerHTML()).toBe('I think Scott Bessent is right about critical minerals.');
  await page.close();
});

it('leaves a page with nothing to say untouched, namesakes of officials included', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/plain.html`);
  // The content script has run: a page it marks gets marks within a second or two.
  await page.waitForTimeout(2500);
  expect(await marksIn(env.browser, tabId)).toEqual([]);
  // Nothing that tells the page we are here: no host, no style, no highlight, no performance entry.
  expect(
    await page.evaluate(() => [
      document.querySelector('primary-source') === null,
      document.adoptedStyleSheets.length,
      CSS.highlights.size,
      performance.getEntriesByType('measure').length,
    ]),
  ).toEqual([true, 0, 0, 0]);
  await page.close();
});

it('stops marking, and removes every mark, when the reader turns the site off', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/hard-cases.html`);
  await waitForMarks(env.browser, tabId);
  // What the popup's site switch writes (the switch itself has a unit test).
  const setDisabledSites = (sites: string[]) =>
    env.browser.worker.evaluate(`chrome.storage.local.set({ settings: { markPolicy: 'block', disabledSites: ${JSON.stringify(sites)} } })`);
  await setDisabledSites(['127.0.0.1']);
  await waitForMarks(env.browser, tabId, (m) => m.length === 0, 5_000);
  expect(
    await page.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length, document.querySelector('primary-source')]),
  ).toEqual([0, 0, null]);
  expect(await page.locator('#split').textContent()).toContain('Scott Bessent');
  await setDisabledSites([]);
  await waitForMarks(env.browser, tabId, (m) => m.length > 0, 10_000);
  await page.close();
});
