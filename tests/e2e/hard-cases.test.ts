// A page built the way news sites build them: names split across inline elements, text that
// arrives late, an editable comment box, a script holding names, and a lifestyle column about
// champagne. Exactly these marks, no more.
import { expect, it } from 'vitest';
import { useExtensionWithPages } from './harness';

const env = useExtensionWithPages();

it('marks exactly what a careful reader would link', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.origin}/hard-cases.html`);
  // The late paragraph arrives after 800 ms; its mark proves the page was watched.
  await page.locator('#late-paragraph [data-ps-entity]').waitFor({ timeout: 15_000 });
  const marks = await page.locator('[data-ps-entity]').evaluateAll((els) =>
    els.map((el) => [el.closest('[id]')!.id, el.textContent, el.getAttribute('data-ps-entity')]),
  );
  expect(marks).toEqual([
    ['split-link', 'Scott', 'person:scott-bessent'],
    ['split', 'Rachel', 'person:rachel-reeves'],
    ['later', 'Bessent', 'person:scott-bessent'],
    ['later', 'rare-earth elements', 'topic:rare-earth-elements'],
    ['late-paragraph', 'Sinaloa Cartel', 'org:sinaloa-cartel'],
  ]);
  // A split name is one mention in several pieces; the link still goes where it went.
  expect(await page.locator('#split ps-mark').allTextContents()).toEqual(['Scott', 'Bessent', 'Rachel', 'Reeves']);
  expect(await page.locator('#split-link').getAttribute('href')).toBe('/people/bessent');
  // Typing in the comment box is left alone.
  expect(await page.locator('#comment-box ps-mark, #reply ps-mark').count()).toBe(0);
  await page.close();
});

it('leaves a page with nothing to say untouched, namesakes of officials included', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.origin}/plain.html`);
  // The content script has run: a page it marks gets marks within a second or two.
  await page.waitForTimeout(2500);
  expect(await page.locator('ps-mark').count()).toBe(0);
  expect(await page.locator('primary-source-popover').count()).toBe(0);
  await page.close();
});

it('stops marking, and unwraps, when the reader turns the site off', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.origin}/hard-cases.html`);
  await page.locator('[data-ps-entity]').first().waitFor({ timeout: 15_000 });
  // What the popup's site switch writes (the switch itself has a unit test).
  const setDisabledSites = (sites: string[]) =>
    env.browser.worker.evaluate(`chrome.storage.local.set({ settings: { markPolicy: 'block', disabledSites: ${JSON.stringify(sites)} } })`);
  await setDisabledSites(['127.0.0.1']);
  await expect.poll(() => page.locator('ps-mark').count(), { timeout: 5_000 }).toBe(0);
  expect(await page.locator('#split').textContent()).toContain('Scott Bessent');
  await setDisabledSites([]);
  await page.locator('[data-ps-entity]').first().waitFor({ timeout: 10_000 });
  await page.close();
});
