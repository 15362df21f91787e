// The one Tab stop we add to a page: a "Primary Source" control (out of sight until focused)
// that opens a list of the page's entities in reading order, each opening its card. The
// `commands` shortcut opens the same list.
import type { Mark } from '@/lib/dom/annotate';
import type { MarkLayer } from '@/lib/dom/marks';
import { pageScheme } from '@/lib/dom/scheme';
import type { PageRanking } from '@/lib/messages';
import type { UiHost } from './host';
import type { Card } from './popover';

export interface Panel {
  /** Opens the list and focuses its first entry (the shortcut). */
  show(): void;
}

export function setUpPanel(signal: AbortSignal, ui: UiHost, layer: MarkLayer, card: Card, ranking: () => PageRanking | null): Panel {
  const doc = ui.host.ownerDocument;
  const control = doc.createElement('button');
  control.type = 'button';
  control.className = 'ps-control';
  control.textContent = 'Primary Source';
  control.setAttribute('aria-expanded', 'false');
  control.setAttribute('aria-controls', 'ps-panel');
  const list = doc.createElement('ul');
  list.id = 'ps-panel';
  list.className = 'ps-panel';
  list.setAttribute('aria-label', 'Officials and topics on this page');
  list.hidden = true;
  control.dataset.scheme = list.dataset.scheme = pageScheme(doc.body);
  ui.root.append(list, control);

  /** Each entity once, at its first mark in reading order. */
  function entries(): Mark[] {
    const seen = new Set<string>();
    return layer.inOrder().filter((m) => !seen.has(m.entityId) && !!ranking()?.byEntity[m.entityId] && (seen.add(m.entityId), true));
  }

  function hide(restoreFocus: boolean) {
    list.hidden = true;
    control.setAttribute('aria-expanded', 'false');
    if (restoreFocus) control.focus();
  }

  function show() {
    const items = entries().map((mark) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = ranking()?.byEntity[mark.entityId]?.entity.name ?? mark.text;
      button.addEventListener('click', (e) => {
        if (!e.isTrusted) return;
        mark.block.scrollIntoView({ block: 'center' });
        card.open(mark, button);
      });
      const li = doc.createElement('li');
      li.append(button);
      return li;
    });
    if (items.length === 0) items.push(Object.assign(doc.createElement('li'), { textContent: 'Nothing marked on this page.' }));
    list.replaceChildren(...items);
    list.hidden = false;
    control.setAttribute('aria-expanded', 'true');
    (list.querySelector('button') ?? control).focus();
  }

  control.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      if (list.hidden) show();
      else hide(true);
    },
    { signal },
  );
  // Escape in the list (the card, when open, takes Escape first) goes back to the control.
  ui.root.addEventListener(
    'keydown',
    (e) => {
      const key = e as KeyboardEvent;
      if (key.isTrusted && key.key === 'Escape' && !list.hidden && !card.state().open) hide(true);
    },
    { signal },
  );
  // Focus leaving our UI altogether folds the list away.
  ui.root.addEventListener(
    'focusout',
    (e) => {
      const next = (e as FocusEvent).relatedTarget;
      if (!(next instanceof Node && ui.root.contains(next)) && !card.state().open) hide(false);
    },
    { signal },
  );

  return { show };
}
