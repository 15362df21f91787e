import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isEnabledOn, migrateSettings, saveSettings, settingsItem, siteOf } from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('moves settings from storage.sync to storage.local once, keeping fields it does not know', async () => {
    await browser.storage.sync.set({ settings: { markPolicy: 'all', disabledSites: ['a.example'], updates: false, newsroom: true } });
    await migrateSettings();
    expect(await settingsItem.getValue()).toEqual({ markPolicy: 'all', disabledSites: ['a.example'], updates: false, newsroom: true });
    expect(await browser.storage.sync.get('settings')).toEqual({});
    // Once local settings exist, an old sync copy never overwrites them.
    await browser.storage.sync.set({ settings: { markPolicy: 'page', disabledSites: [] } });
    await migrateSettings();
    expect((await settingsItem.getValue()).markPolicy).toBe('all');
  });

  it('keeps a copy in storage.sync only when the reader chose to sync', async () => {
    await saveSettings({ markPolicy: 'block', disabledSites: ['b.example'], syncSettings: true });
    expect(await browser.storage.sync.get('settings')).toEqual({
      settings: { markPolicy: 'block', disabledSites: ['b.example'], syncSettings: true },
    });
    await saveSettings({ markPolicy: 'block', disabledSites: ['b.example'], syncSettings: false });
    expect(await browser.storage.sync.get('settings')).toEqual({});
    expect((await browser.storage.local.get('settings')).settings).toMatchObject({ disabledSites: ['b.example'] });
  });

  it('pauses everywhere', () => {
    expect(isEnabledOn({ markPolicy: 'block', disabledSites: [] }, 'news.example')).toBe(true);
    expect(isEnabledOn({ markPolicy: 'block', disabledSites: [], paused: true }, 'news.example')).toBe(false);
  });

  it('reads a site as typed', () => {
    expect(siteOf(' https://News.Example/story ')).toBe('news.example');
    expect(siteOf('www.example.org')).toBe('www.example.org');
    expect(siteOf('not a site')).toBeUndefined();
  });
});
