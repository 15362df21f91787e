// Pages rendered by React 19 and Vue 3 that rename, hide, conditionally render and re-render
// marked text. The extension never touches their nodes, so the frameworks keep working: no
// page error, the page not blank, and the marks follow the new text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openTab, useExtensionWithPages, waitForMarks, type SeamMark } from './harness';

const require = createRequire(import.meta.url);

/** The React app, bundled now (never committed); Vue's prebuilt global build as it ships. */
async function apps(): Promise<Record<string, string>> {
  const react = await build({
    entryPoints: [resolve(import.meta.dirname, 'apps/react-app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return {
    '/react-app.js': react.outputFiles[0]!.text,
    '/vue.global.js': readFileSync(require.resolve('vue/dist/vue.global.prod.js'), 'utf8'),
  };
}

const env = useExtensionWithPages(apps);

const where = (marks: SeamMark[]) => marks.map((m) => `${m.id}:${m.entity}:${m.text}`);

for (const framework of ['react', 'vue']) {
  describe(`a ${framework} app`, () => {
    it('keeps working while it renames, hides, removes and re-renders marked text, and the marks follow', async () => {
      const { page, tabId } = await openTab(env.browser, `${env.origin}/${framework}-app.html`);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const app = (call: string) => page.evaluate(`window.__app.${call}`);
      let marks = await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'counter'));
      expect(where(marks)).toEqual([
        'lead:person:scott-bessent:Treasury Secretary Scott Bessent',
        'lead:topic:critical-minerals:critical minerals',
        'cond:person:rachel-reeves:Chancellor Rachel Reeves',
        'styled:org:sinaloa-cartel:Sinaloa Cartel',
        'counter:person:rachel-reeves:Rachel Reeves',
      ]);

      // Rename: the old mark must not stay on the new name.
      await app(`rename('Chancellor Rachel Reeves')`);
      marks = await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'lead' && x.entity === 'person:rachel-reeves'));
      expect(marks.filter((m) => m.id === 'lead').map((m) => m.entity)).not.toContain('person:scott-bessent');

      // Conditional render off and on again.
      await app('toggle()');
      await waitForMarks(env.browser, tabId, (m) => !m.some((x) => x.id === 'cond'));
      await app('toggle()');
      await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'cond'));

      // Hidden by style, then shown.
      await app('hide()');
      await waitForMarks(env.browser, tabId, (m) => !m.some((x) => x.id === 'styled'));
      await app('hide()');
      await waitForMarks(env.browser, tabId, (m) => m.some((x) => x.id === 'styled'));

      // Re-renders of the same paragraph: still exactly one mark there.
      for (let i = 0; i < 5; i++) await app('tick()');
      marks = await waitForMarks(env.browser, tabId, (m) => m.filter((x) => x.id === 'counter').length === 1);
      await page.waitForTimeout(1500);
      marks = await waitForMarks(env.browser, tabId, (m) => m.filter((x) => x.id === 'counter').length === 1);

      expect(errors).toEqual([]);
      expect(await page.locator('#counter').textContent()).toMatch(/asked 5 times/);
      expect(await page.locator('#lead').textContent()).toBe('Chancellor Rachel Reeves hosted finance ministers on critical minerals.');
      expect(await page.evaluate(() => document.querySelectorAll('#root p').length)).toBe(4);
      await page.close();
    });
  });
}
