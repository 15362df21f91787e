// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { EntityReleases, RankedRelease } from '@/lib/messages';
import { renderPopover } from './popover-view';

function release(n: number, title = `Release ${n}`): RankedRelease {
  return {
    release: { id: `r${n}`, url: `https://home.treasury.gov/news/press-releases/r${n}`, title, date: '2026-01-12', kind: 'readout' },
    score: 10 - n,
    reasons: [`reason ${n}`],
  };
}

function entry(count: number, confident = true): EntityReleases {
  return {
    entity: { id: 'person:scott-bessent', type: 'person', name: 'Scott Bessent', role: 'Secretary of the Treasury' },
    releases: Array.from({ length: count }, (_, i) => release(i + 1)),
    confident,
  };
}

const render = (e: EntityReleases, undated = false, onSave = vi.fn(async (_id: string, saved: boolean) => saved)) =>
  renderPopover(document, { entry: e, undated, onSave });

const visibleTitles = (body: HTMLElement) =>
  [...body.querySelectorAll<HTMLLIElement>('.ps-release')].filter((li) => !li.hidden).map((li) => li.querySelector('a')!.textContent);

describe('renderPopover', () => {
  it('names the entity and links each release to its official page, in a new tab', () => {
    const body = render(entry(2));
    expect(body.getAttribute('role')).toBe('dialog');
    expect(body.querySelector(`#${body.getAttribute('aria-labelledby')}`)?.textContent).toBe('Scott Bessent');
    expect(body.textContent).toContain('Secretary of the Treasury');
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://home.treasury.gov/news/press-releases/r1',
      'https://home.treasury.gov/news/press-releases/r2',
    ]);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true);
    expect(body.querySelector('.ps-release-meta')?.textContent).toBe('Jan 12, 2026 · Readout');
    expect(body.querySelector('.ps-release-reasons')?.textContent).toBe('reason 1');
  });

  it('shows three releases, and the rest on request', () => {
    const body = render(entry(5));
    const more = body.querySelector<HTMLButtonElement>('.ps-more')!;
    expect(visibleTitles(body)).toEqual(['Release 1', 'Release 2', 'Release 3']);
    expect([more.textContent, more.getAttribute('aria-expanded')]).toEqual(['2 more', 'false']);
    more.click();
    expect(visibleTitles(body)).toHaveLength(5);
    expect([more.textContent, more.getAttribute('aria-expanded')]).toEqual(['Fewer', 'true']);
    more.click();
    expect(visibleTitles(body)).toHaveLength(3);
    expect(render(entry(3)).querySelector('.ps-more')).toBeNull();
  });

  it('says so when nothing fits the page closely, and gives no reasons then', () => {
    const body = render(entry(2, false));
    expect(body.querySelector('.ps-notice')?.textContent).toBe(
      'No release matches this article closely. Most recent releases naming Scott Bessent:',
    );
    expect(body.querySelector('.ps-release-reasons')).toBeNull();
    expect(render(entry(1), true).textContent).toContain('This page states no date');
    expect(render(entry(0)).textContent).toContain('No releases found.');
  });

  it('starts unsaved, and a click the page makes does not save', () => {
    const onSave = vi.fn(async (_id: string, saved: boolean) => saved);
    const body = render(entry(1), false, onSave);
    const save = body.querySelector<HTMLButtonElement>('.ps-save')!;
    expect(save.getAttribute('aria-pressed')).toBe('false');
    expect(save.getAttribute('aria-label')).toBe('Save for later: Release 1');
    save.click(); // not a trusted event
    save.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSave).not.toHaveBeenCalled();
    expect(save.getAttribute('aria-pressed')).toBe('false');
  });

  it('puts text in as text, never as markup', () => {
    const e = entry(0);
    e.releases = [release(1, '<img src=x onerror="alert(1)"> Sanctions')];
    const body = render(e);
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('a')?.textContent).toBe('<img src=x onerror="alert(1)"> Sanctions');
  });

  it('names the release the article is about, with its excerpt and one reason, when the ranking is sure', () => {
    const e = entry(2);
    Object.assign(e.releases[0]!, { why: 'Quoted in this article' });
    Object.assign(e.releases[0]!.release, { lede: 'Secretary Bessent hosted a ministerial.' });
    const body = render(e);
    expect(body.querySelector('.ps-about h2')?.textContent).toBe('The release this article is about');
    expect(body.querySelector('.ps-about .ps-lede')?.textContent).toBe('Secretary Bessent hosted a ministerial.');
    expect(body.querySelector('.ps-about .ps-release-reasons')?.textContent).toBe('Quoted in this article');
    // Related releases are compact: title and date only.
    expect(body.querySelector('.ps-list .ps-release-meta')?.textContent).toBe('Jan 12, 2026');
    expect(render(entry(2, false)).querySelector('.ps-about')).toBeNull();
  });

  it('labels the fallback list by what it is', () => {
    const e = Object.assign(entry(2, false), { fallback: 'before-article' as const });
    expect(render(e).querySelector('.ps-notice')?.textContent).toBe(
      'No release matches this article closely. Releases naming Scott Bessent before this article:',
    );
  });

  it('shows what was saved, and ignores clicks while the card is not visibly on screen', () => {
    const onSave = vi.fn(async (_id: string, saved: boolean) => saved);
    const body = renderPopover(document, { entry: entry(2), undated: false, saved: new Set(['r2']), onSave, mayAct: () => false });
    const buttons = [...body.querySelectorAll('.ps-save')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(buttons.map((b) => b.hasAttribute('disabled'))).toEqual([false, false]);
  });
});
