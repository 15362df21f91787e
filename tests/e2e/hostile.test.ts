// Pages that try to read, change, open or click our UI. The card is an extension frame in a
// closed shadow root, opened only by the reader's own input, and saving needs a trusted click on
// a button that has been visibly on screen for a moment.
import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { cardIn, hoverText, openTab, textBox, useExtensionWithPages, waitForMarks } from './harness';

const env = useExtensionWithPages();

async function article(init?: string): Promise<{ page: Page; tabId: number }> {
  const opened = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`, init);
  await waitForMarks(env.browser, opened.tabId, (m) => m.length >= 4);
  return opened;
}

async function openCard(page: Page, tabId: number): Promise<Frame> {
  await hoverText(page, 'article', 'Scott Bessent');
  await expect.poll(() => cardIn(env.browser, tabId).then((c) => c.open), { timeout: 5_000 }).toBe(true);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/card.html')), { timeout: 5_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/card.html'))!;
  await frame.locator('.ps-save').first().waitFor();
  return frame;
}

async function savedUrls(): Promise<string[]> {
  const popup = await env.browser.context.newPage();
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: /Saved/ }).click();
  await popup.waitForTimeout(300);
  const urls = await popup.locator('.ps-release-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await popup.close();
  return urls as string[];
}

it('gives the page no way into our UI, nor our id in a message', async () => {
  const { page } = await article(`
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
    const attach = Element.prototype.attachShadow;
    window.__roots = [];
    Element.prototype.attachShadow = function (init) { const r = attach.call(this, { ...init, mode: 'open' }); window.__roots.push(r); return r; };
  `);
  const seen = await page.evaluate(() => {
    const host = document.documentElement.lastElementChild as HTMLElement;
    const w = window as unknown as { __messages: string[]; __roots: ShadowRoot[] };
    return {
      tag: host.tagName,
      shadow: host.shadowRoot === null,
      patched: w.__roots.length,
      messages: w.__messages,
      frames: document.querySelectorAll('iframe').length,
    };
  });
  expect(seen).toEqual({ tag: 'PRIMARY-SOURCE', shadow: true, patched: 0, messages: [], frames: 0 });
  expect(JSON.stringify(seen.messages)).not.toContain(env.browser.extensionId);
  await page.close();
});

it('does not open the card for the page: not by focus(), synthetic events, or a fake old mark', async () => {
  const { page, tabId } = await article();
  const at = await textBox(page, 'article', 'Scott Bessent');
  await page.evaluate(
    ([x, y]) => {
      const target = document.elementFromPoint(x!, y!)!;
      for (const type of ['pointerover', 'pointermove', 'mouseover', 'focusin']) {
        target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y }));
        document.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y }));
      }
      const fake = document.createElement('ps-mark');
      fake.setAttribute('data-ps-entity', 'person:scott-bessent');
      fake.setAttribute('data-ps-mention', 'x"]');
      fake.tabIndex = 0;
      fake.textContent = 'Scott Bessent';
      document.querySelector('article')!.append(fake);
      fake.focus();
      for (const el of document.querySelectorAll<HTMLElement>('*')) el.focus?.();
    },
    [at.x + 5, at.y + at.height / 2],
  );
  await page.waitForTimeout(1000);
  expect((await cardIn(env.browser, tabId)).open).toBe(false);
  await page.close();
});

for (const [harm, script] of [
  [
    'fades our card nearly transparent under its own button',
    `
    const host = document.documentElement.lastElementChild;
    host.style.setProperty('opacity', '0.02', 'important');
    const bait = Object.assign(document.createElement('button'), { textContent: 'Claim your prize' });
    bait.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;pointer-events:none;z-index:2147483647;font-size:40px;opacity:0.9';
    document.body.append(bait);`,
  ],
  [
    'covers the card with an overlay that lets clicks through',
    `
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;background:white;pointer-events:none;z-index:2147483647';
    document.documentElement.append(cover);`,
  ],
] as const) {
  it(`does not save when the page ${harm}`, async () => {
    const before = await savedUrls();
    const { page, tabId } = await article();
    const frame = await openCard(page, tabId);
    await page.evaluate(script);
    await page.waitForTimeout(800);
    const save = frame.locator('.ps-save').first();
    const box = (await save.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(800);
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    expect(await savedUrls()).toEqual(before);
    await page.close();
  });
}

it('does not save or unsave on Enter after the page moves focus around', async () => {
  const before = await savedUrls();
  const { page, tabId } = await article();
  await openCard(page, tabId);
  await page.evaluate(() => {
    (document.documentElement.lastElementChild as HTMLElement).focus();
    for (const el of document.querySelectorAll<HTMLElement>('a, button, [tabindex]')) el.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.waitForTimeout(800);
  expect(await savedUrls()).toEqual(before);
  await page.close();
});

it('is not upset by page-made look-alikes of old mark attributes', async () => {
  const errors: string[] = [];
  const { page: p, tabId } = await openTab(env.browser, `${env.origin}/minerals-ministerial.html`);
  p.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await p.evaluate(() => {
    const span = document.createElement('span');
    span.setAttribute('data-ps-mention', 'x"]');
    span.setAttribute('data-ps-entity', "'] , *");
    span.textContent = ' Treasury Secretary Scott Bessent again.';
    document.querySelector('article p')!.append(span);
  });
  await waitForMarks(env.browser, tabId, (m) => m.filter((x) => x.entity === 'person:scott-bessent').length >= 1);
  await p.waitForTimeout(1500);
  expect(errors).toEqual([]);
  await p.close();
});
