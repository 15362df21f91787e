import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// The bundled index ships as plain files the background fetches (browser.runtime.getURL),
// not as a module: no tab and no service-worker wake-up parses megabytes of script.
const indexDir = resolve(__dirname, 'assets/index');
// The word lists the extraction reads, fetched by the background only when it ingests updates.
const lexiconDir = resolve(__dirname, 'assets/lexicon');

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Primary Source',
    description:
      'Links the officials and policy topics a news page names to the official U.S. Treasury releases behind the story.',
    // activeTab: the popup reads the current tab's site only when the reader opens it.
    // alarms: the update check (lib/sync). The GitHub hosts answer cross-origin requests, so
    // they need no host permission; the newsroom does, asked for when the reader turns it on.
    permissions: ['storage', 'activeTab', 'alarms'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://home.treasury.gov/*'] }
      : { optional_host_permissions: ['https://home.treasury.gov/*'] }),
    action: { default_title: 'Primary Source' },
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
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'List the officials and topics marked on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'primary-source@primary-source.dev',
              strict_min_version: '128.0',
              // Nothing is collected: page text never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(indexDir)) {
        files.push({ absoluteSrc: resolve(indexDir, name), relativeDest: `index/${name}` });
      }
      for (const name of readdirSync(lexiconDir)) {
        files.push({ absoluteSrc: resolve(lexiconDir, name), relativeDest: `lexicon/${name}` });
      }
    },
  },
});
