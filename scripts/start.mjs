// `npm start`: build the extension and open Chromium with it on the sample article, then say
// what it marked and where a screenshot of the page is. Chromium stays open until you close it
// or press Ctrl+C here; its temporary profile is removed either way.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const article = readFileSync(join(root, 'tests/e2e/pages/minerals-ministerial.html'));
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const extensionDir = join(root, '.output/chrome-mv3');
const profileDir = mkdtempSync(join(tmpdir(), 'primary-source-'));
const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ],
});
let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await context.close().catch(() => {});
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);

// The extension's own test seam (README, "Test seam"): the marks in document order, asked
// from one of its pages, as the e2e tests do (the seam answers the extension only).
const extensionId = new URL(worker.url()).host;
const seam = await context.newPage();
await seam.goto(`chrome-extension://${extensionId}/options.html`);
const marks = () =>
  seam.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const found = await chrome.tabs.sendMessage(tab.id, { type: 'marks' }).catch(() => undefined);
      if (Array.isArray(found) && found.length > 0) return found;
    }
    return [];
  });
let found = [];
for (let tries = 0; tries < 60 && found.length === 0; tries++) {
  await new Promise((done) => setTimeout(done, 250));
  found = await marks();
}
await seam.close();
await page.bringToFront();
const screenshot = join(tmpdir(), 'primary-source-start.png');
await page.screenshot({ path: screenshot, fullPage: true });

console.log(`\nPrimary Source is running in Chromium on the sample article: ${url}`);
console.log(
  found.length === 0 ? 'Nothing was marked (see the browser console).' : `It marked ${found.length} mentions of officials and topics:`,
);
for (const mark of found) console.log(`  ${mark.text}  →  ${mark.entity}`);
console.log(`A screenshot of the page is at ${screenshot}`);
if (headless) console.log('No display found (DISPLAY is unset): Chromium runs headless.');
console.log('Press Ctrl+C to stop; the temporary browser profile is removed.');
