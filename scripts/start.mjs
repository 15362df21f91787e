// `npm start`: build the extension and open Chromium with it on the sample article.
// Chromium stays open until you close it (or press Ctrl+C here).
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
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
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'primary-source-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !process.env.DISPLAY,
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
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Primary Source is running in Chromium on the sample article: ${url}`);
if (!process.env.DISPLAY) console.log('No display found: Chromium runs headless. Set DISPLAY to see the window.');
context.on('close', () => process.exit(0));
process.on('SIGINT', () => context.close());
