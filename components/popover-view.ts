// The popover's content, as plain DOM rather than React. It lives in the pages the reader
// opens, where the content script runs on every one: with React in it, each page paid about
// 17 ms of script and 0.3 MB of heap before anything was marked (README, "Per-tab cost").
// The extension's own pages (popup, options) stay React. Text goes in as text, never markup.
import type { EntityReleases, RankedRelease } from '@/lib/messages';
import { formatDate, kindLabel, saveLabel } from './format';

const SHOWN = 3;
const TITLE_ID = 'ps-popover-title';

export interface PopoverProps {
  entry: EntityReleases;
  undated: boolean;
  onSave(id: string, saved: boolean): Promise<boolean>;
}

type Child = Node | string | false | undefined;

/** An element with attributes and children; false and undefined children are left out. */
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c !== false && c !== undefined));
  return element;
}

/** The releases for one marked mention, best for this page first. */
export function renderPopover(doc: Document, { entry, undated, onSave }: PopoverProps): HTMLElement {
  const { entity, releases, confident } = entry;
  const items = releases.map((r, i) => {
    const item = releaseItem(doc, r, confident, onSave);
    item.hidden = i >= SHOWN;
    return item;
  });
  const body = el(
    doc,
    'div',
    { class: 'ps-popover-body', role: 'dialog', 'aria-labelledby': TITLE_ID },
    el(doc, 'header', {}, el(doc, 'div', { id: TITLE_ID, class: 'ps-entity-name' }, entity.name), entity.role && el(doc, 'div', { class: 'ps-muted' }, entity.role)),
    !confident && el(doc, 'p', { class: 'ps-notice' }, `No release matches this article closely. Most recent releases naming ${entity.name}:`),
    confident && undated && el(doc, 'p', { class: 'ps-muted' }, 'This page states no date: ranked on content alone.'),
    releases.length === 0 ? el(doc, 'p', { class: 'ps-muted' }, 'No releases found.') : el(doc, 'ul', { class: 'ps-list' }, ...items),
  );
  if (releases.length > SHOWN) {
    // Hidden, not removed: the first items keep their save state and focus when the list grows.
    const more = el(doc, 'button', { type: 'button', class: 'ps-more', 'aria-expanded': 'false' }, `${releases.length - SHOWN} more`);
    more.addEventListener('click', () => {
      const expanded = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(expanded));
      more.textContent = expanded ? 'Fewer' : `${releases.length - SHOWN} more`;
      items.forEach((item, i) => (item.hidden = !expanded && i >= SHOWN));
    });
    body.append(more);
  }
  body.append(el(doc, 'footer', { class: 'ps-muted' }, 'Official releases from home.treasury.gov'));
  return body;
}

/** A release as a list entry: the title links to its official page, in a new tab. */
function releaseItem(doc: Document, { release, reasons }: RankedRelease, showReasons: boolean, onSave: PopoverProps['onSave']): HTMLLIElement {
  return el(
    doc,
    'li',
    { class: 'ps-release' },
    el(doc, 'a', { class: 'ps-release-title', href: release.url, target: '_blank', rel: 'noopener noreferrer' }, release.title),
    el(doc, 'div', { class: 'ps-release-meta' }, el(doc, 'time', { datetime: release.date }, formatDate(release.date)), ` · ${kindLabel(release.kind)}`),
    showReasons && reasons.length > 0 && el(doc, 'div', { class: 'ps-release-reasons' }, reasons.join(' · ')),
    saveToggle(doc, release.title, (saved) => onSave(release.id, saved)),
  );
}

/**
 * Save / unsave. It starts unsaved whatever was saved before, so a page reading the open
 * shadow root never learns what the reader saved; it answers only to the reader's own clicks.
 */
function saveToggle(doc: Document, title: string, change: (saved: boolean) => Promise<boolean>): HTMLButtonElement {
  const state = { saved: false, error: false };
  const star = el(doc, 'span', { 'aria-hidden': 'true' });
  const words = doc.createTextNode('');
  const button = el(doc, 'button', { type: 'button', class: 'ps-save' }, star, words);
  const show = () => {
    button.setAttribute('aria-pressed', String(state.saved));
    button.setAttribute('aria-label', `${saveLabel(state)}: ${title}`);
    star.textContent = state.saved ? '★ ' : '☆ ';
    words.data = saveLabel(state);
  };
  button.addEventListener('click', (event) => {
    // A page can dispatch synthetic clicks into an open shadow root: only the reader saves.
    if (!event.isTrusted || button.disabled) return;
    button.disabled = true;
    state.error = false;
    change(!state.saved)
      .then(
        (saved) => void (state.saved = saved),
        () => void (state.error = true),
      )
      .finally(() => {
        button.disabled = false;
        show();
      });
  });
  show();
  return button;
}
