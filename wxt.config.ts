import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import type { IndexManifest } from './lib/release/types';

// The bundled index ships as plain files the background fetches (browser.runtime.getURL),
// not as a module: no tab and no service-worker wake-up parses megabytes of script.
const indexDir = resolve(__dirname, 'assets/index');
// Drawn in scripts/icon.svg, rendered by scripts/icons.mjs.
const icons = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));
// The word lists the extraction reads, fetched by the background only when it ingests updates.
const lexiconDir = resolve(__dirname, 'assets/lexicon');

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Primary Source',
    description: 'Links the officials and policy topics a news page names to the official U.S. Treasury releases behind the story.',
    // activeTab: the popup reads the current tab's site only when the reader opens it.
    // alarms: the update check (lib/sync). The GitHub hosts answer cross-origin requests, so
    // they need no host permission; the newsroom does, asked for when the reader turns it on.
    // contextMenus: "Search Primary Source for '…'" on selected text.
    permissions: ['storage', 'activeTab', 'alarms', 'contextMenus'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://home.treasury.gov/*'] }
      : { optional_host_permissions: ['https://home.treasury.gov/*'] }),
    icons,
    // The badge counts releases that match the page; the tooltip says so (set per tab).
    action: { default_title: 'Primary Source', default_icon: icons },
    // The card is an extension page framed in the article (entrypoints/card). A dynamic URL
    // (Chrome) changes every session, so a page cannot probe for it to detect the extension.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      // Alt+Shift+P opens the popup; Alt+Shift+L lists the page's names (the one in-page control).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open Primary Source',
      },
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'List the officials and topics marked on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          // WXT carries only the title and popup over to MV2's browser_action.
          browser_action: { default_title: 'Primary Source', default_icon: icons },
          browser_specific_settings: {
            gecko: {
              id: 'primary-source@primary-source.dev',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              // Nothing is collected: page text never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Only the files the index manifest lists: a stale file left by an older index layout
    // (a 9.7 MB releases.json) must not ship.
    'build:publicAssets': (_wxt, files) => {
      const manifest = JSON.parse(readFileSync(resolve(indexDir, 'manifest.json'), 'utf8')) as IndexManifest;
      const { search, ...tables } = manifest.files;
      for (const name of ['manifest.json', ...Object.values(tables).flat(), search.meta, ...search.docs, ...search.postings]) {
        files.push({ absoluteSrc: resolve(indexDir, name), relativeDest: `index/${name}` });
      }
      for (const name of readdirSync(lexiconDir).filter((n) => n.endsWith('.txt'))) {
        files.push({ absoluteSrc: resolve(lexiconDir, name), relativeDest: `lexicon/${name}` });
      }
    },
  },
});
