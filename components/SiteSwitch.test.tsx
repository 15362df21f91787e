// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '@/lib/store/settings';
import { SiteSwitch } from './SiteSwitch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => fakeBrowser.reset());

async function render(hostname: string) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => createRoot(container).render(<SiteSwitch hostname={hostname} />));
  return container.querySelector('input')!;
}

describe('SiteSwitch', () => {
  it('turns the current site off and on again, keeping the others', async () => {
    await settingsItem.setValue({ markPolicy: 'page', disabledSites: ['other.example'] });
    const box = await render('news.example');
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(await settingsItem.getValue()).toEqual({ markPolicy: 'page', disabledSites: ['news.example', 'other.example'] });
    await act(async () => box.click());
    expect((await settingsItem.getValue()).disabledSites).toEqual(['other.example']);
  });

  it('shows a site already turned off as unchecked', async () => {
    await settingsItem.setValue({ markPolicy: 'block', disabledSites: ['news.example'] });
    expect((await render('news.example')).checked).toBe(false);
  });
});
