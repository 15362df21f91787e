// The card's content, as plain DOM. It is rendered inside the card frame (an extension page in
// the reader's tab, entrypoints/card), which the page can neither read nor script. Text goes
// in as text, never markup.
import type { EntityReleases, RankedRelease } from '@/lib/messages';
import { formatDate, kindLabel, saveLabel } from './format';

/** Related releases shown before "More". */
const RELATED_SHOWN = 2;
const TITLE_ID = 'ps-popover-title';

export interface PopoverProps {
  entry: EntityReleases;
  undated: boolean;
  /** Ids of the entry's releases the reader saved. */
  saved?: ReadonlySet<string>;
  onSave(id: string, saved: boolean): Promise<boolean>;
  /** Whether a click on `button` may act now (it is visible and has been for a moment). */
  mayAct?(button: Element): boolean;
}

// Optional fields the ranking adds (seams.md): read when present.
type Ranked = RankedRelease & { why?: string; release: RankedRelease['release'] & { lede?: string } };
type Entry = EntityReleases & { fallback?: 'before-article' | 'newest' };

type Child = Node | string | false | undefined;

/** An element with attributes and children; false and undefined children are left out. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c !== false && c !== undefined));
  return element;
}

/** The card for one entity: the release this article is about when the ranking is sure, else the entity's releases. */
export function renderPopover(doc: Document, props: PopoverProps): HTMLElement {
  const entry = props.entry as Entry;
  const { entity, confident } = entry;
  const releases = entry.releases as Ranked[];
  const body = el(
    doc,
    'div',
    { class: 'ps-popover-body', role: 'dialog', 'aria-labelledby': TITLE_ID },
    el(
      doc,
      'header',
      {},
      el(doc, 'div', { id: TITLE_ID, class: 'ps-entity-name' }, entity.name),
      entity.role && el(doc, 'div', { class: 'ps-muted' }, entity.role),
    ),
  );
  if (releases.length === 0) {
    body.append(el(doc, 'p', { class: 'ps-muted' }, 'No releases found.'));
  } else if (confident) {
    const [about, ...related] = releases;
    body.append(
      el(
        doc,
        'section',
        { class: 'ps-about', 'aria-labelledby': 'ps-about-label' },
        el(doc, 'h2', { id: 'ps-about-label', class: 'ps-label' }, 'The release this article is about'),
        releaseItem(doc, 'div', about!, true, props),
      ),
    );
    if (props.undated) body.append(el(doc, 'p', { class: 'ps-muted' }, 'This page states no date: ranked on content alone.'));
    if (related.length > 0) body.append(el(doc, 'h2', { class: 'ps-label' }, 'Related'), list(doc, related, props));
  } else {
    const which =
      entry.fallback === 'before-article'
        ? `Releases naming ${entity.name} before this article:`
        : `Most recent releases naming ${entity.name}:`;
    body.append(el(doc, 'p', { class: 'ps-notice' }, 'No release matches this article closely. ', which), list(doc, releases, props));
  }
  body.append(el(doc, 'footer', { class: 'ps-muted' }, 'Official releases from home.treasury.gov'));
  return body;
}

/** Releases compactly (title, date), the first few shown and the rest behind "More". */
function list(doc: Document, releases: Ranked[], props: PopoverProps): DocumentFragment {
  const items = releases.map((r, i) => {
    const item = releaseItem(doc, 'li', r, false, props);
    item.hidden = i >= RELATED_SHOWN;
    return item;
  });
  const fragment = doc.createDocumentFragment();
  fragment.append(el(doc, 'ul', { class: 'ps-list' }, ...items));
  if (releases.length > RELATED_SHOWN) {
    // Hidden, not removed: the first items keep their save state and focus when the list grows.
    const more = el(
      doc,
      'button',
      { type: 'button', class: 'ps-more', 'aria-expanded': 'false' },
      `${releases.length - RELATED_SHOWN} more`,
    );
    more.addEventListener('click', () => {
      const expanded = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(expanded));
      more.textContent = expanded ? 'Fewer' : `${releases.length - RELATED_SHOWN} more`;
      for (const [i, item] of items.entries()) item.hidden = !expanded && i >= RELATED_SHOWN;
    });
    fragment.append(more);
  }
  return fragment;
}

/** A release: its title links to the official page in a new tab; the main one adds kind, excerpt and why. */
function releaseItem<K extends 'li' | 'div'>(
  doc: Document,
  tag: K,
  { release, reasons, why }: Ranked,
  full: boolean,
  props: PopoverProps,
): HTMLElementTagNameMap[K] {
  const reason = why ?? reasons[0];
  return el(
    doc,
    tag,
    { class: full ? 'ps-release ps-release-main' : 'ps-release' },
    el(doc, 'a', { class: 'ps-release-title', href: release.url, target: '_blank', rel: 'noopener noreferrer' }, release.title),
    el(
      doc,
      'div',
      { class: 'ps-release-meta' },
      el(doc, 'time', { datetime: release.date }, formatDate(release.date)),
      full && ` · ${kindLabel(release.kind)}`,
    ),
    full && release.lede && el(doc, 'p', { class: 'ps-lede' }, release.lede),
    full && reason && el(doc, 'div', { class: 'ps-release-reasons' }, reason),
    saveToggle(
      doc,
      release.title,
      props.saved?.has(release.id) ?? false,
      (saved) => props.onSave(release.id, saved),
      props.mayAct ?? (() => true),
    ),
  );
}

/**
 * Save / unsave, answering only the reader's own clicks while the card can be seen. The button
 * is never disabled, so focus stays on it, and it says "Saved" in place.
 */
function saveToggle(
  doc: Document,
  title: string,
  initially: boolean,
  change: (saved: boolean) => Promise<boolean>,
  mayAct: (button: Element) => boolean,
): HTMLButtonElement {
  const state = { saved: initially, error: false, busy: false };
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
    if (!event.isTrusted || state.busy || !mayAct(button)) return;
    state.busy = true;
    state.error = false;
    change(!state.saved)
      .then(
        (saved) => void (state.saved = saved),
        () => void (state.error = true),
      )
      .finally(() => {
        state.busy = false;
        show();
      });
  });
  show();
  return button;
}
