// Pages that keep changing, and a background that loses its worker or its data: the page is
// still marked, and the card still opens.
import { expect, it } from 'vitest';
import { cardIn, hoverText, openTab, useExtensionWithPages, waitForMarks } from './harness';

/** A long article (several batches to the background), its last paragraph naming someone. */
function bigArticle(): string {
  const filler = 'The committee heard testimony about budgets, ports and the weather for most of the afternoon. '.repeat(6);
  const paragraphs = Array.from({ length: 1000 }, (_, i) => `<p id="p${i}">${filler}</p>`);
  paragraphs.push('<p id="last">Treasury Secretary Scott Bessent closed the session.</p>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

const env = useExtensionWithPages(async () => ({ '/big.html': bigArticle() }));

it('marks a late paragraph on a page that changes every 100 ms, within 2 s', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/ticker.html`);
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'first'));
  await page.evaluate('window.addLate()');
  // The debounce has a maximum wait: the ticker cannot hold the rescan off.
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'late'), 2_000);
  await page.close();
});

it('follows a page that replaces its <body>', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  await waitForMarks(env.browser, tabId);
  await page.evaluate(() => {
    const body = document.createElement('body');
    body.innerHTML = '<p id="swapped">In London, Chancellor Rachel Reeves spoke about critical minerals.</p>';
    document.body.replaceWith(body);
  });
  const marks = await waitForMarks(env.browser, tabId, (m) => m.length > 0 && m.every((x) => x.id === 'swapped'));
  expect(marks.map((m) => m.entity)).toEqual(['person:rachel-reeves', 'topic:critical-minerals']);
  await page.close();
});

it('leaves a CMS block that becomes editable exactly as it was, and drops its marks', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/cms.html`);
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'cms'));
  const before = await page.locator('#cms').innerHTML();
  await page.evaluate('window.editMode()');
  await waitForMarks(env.browser, tabId, (m) => !m.some((x) => x.id === 'cms'));
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await page.waitForTimeout(1500);
  expect(await page.locator('#cms').innerHTML()).toBe(before.replace('Monday.</p>', 'Monday. More.</p>'));
  expect((await waitForMarks(env.browser, tabId, () => true)).filter((x) => x.id === 'cms')).toEqual([]);
  await page.close();
});

it('marks every paragraph of a long page, many batches to the background', async () => {
  const { page, tabId } = await openTab(env.browser, `${env.origin}/big.html`);
  await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'last'), 30_000);
  await page.close();
});

for (const [what, harm] of [
  [
    'its database is deleted',
    `new Promise((done) => { const r = indexedDB.deleteDatabase('primary-source'); r.onsuccess = r.onerror = r.onblocked = () => done(0); })`,
  ],
  [
    'its release table is emptied',
    `new Promise((done) => { const o = indexedDB.open('primary-source'); o.onsuccess = () => { const t = o.result.transaction('releaseBuckets', 'readwrite'); t.objectStore('releaseBuckets').clear(); t.oncomplete = () => (o.result.close(), done(0)); }; })`,
  ],
] as const) {
  it(`still marks and shows releases after ${what}, without restarting the worker`, async () => {
    const worker = env.browser.worker;
    await worker.evaluate(harm);
    const { page, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
    await waitForMarks(env.browser, tabId, (m) => m.length >= 4);
    await hoverText(page, 'article', 'Scott Bessent');
    await expect.poll(async () => (await cardIn(env.browser, tabId)).releases.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(env.browser.worker).toBe(worker);
    await page.close();
  });
}
