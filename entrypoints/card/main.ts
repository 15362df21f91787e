// The card frame: an extension page inside the reader's tab, so the page can neither read
// nor change what it shows, nor click it by script. Its data comes from the background for
// the one-time token in its URL; it saves only on the reader's own clicks while it can be
// seen, and has been for a moment (a page cannot slide it under its own button).
import { browser } from 'wxt/browser';
import { renderPopover } from '@/components/popover-view';
import { type CardFrameNote, request } from '@/lib/messages';
import '@/components/popover.css';
import './card.css';

/** A click counts only after the card has been fully visible this long. */
const MIN_VISIBLE_MS = 500;

const box = document.querySelector<HTMLElement>('.ps-popover')!;
const note = (n: CardFrameNote) => void request(browser.runtime, 'cardFrame', n).catch(() => undefined);

// Each button counts as visible while wholly on screen, unobscured, unfaded, untransformed
// (IntersectionObserver v2 where the browser has it; elsewhere while on screen at all).
const visibleSince = new Map<Element, number>();
const visibility = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible ?? entry.isIntersecting;
      if (!visible) visibleSince.delete(entry.target);
      else if (!visibleSince.has(entry.target)) visibleSince.set(entry.target, performance.now());
    }
  },
  { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
);
const mayAct = (button: Element) => performance.now() - (visibleSince.get(button) ?? Infinity) >= MIN_VISIBLE_MS;

document.documentElement.addEventListener('pointerenter', () => note({ pointer: true }));
document.documentElement.addEventListener('pointerleave', () => note({ pointer: false }));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') note({ close: true });
});

async function show(): Promise<void> {
  const token = location.hash.slice(1);
  const data = await request(browser.runtime, 'cardData', { token });
  box.dataset.scheme = data.scheme;
  document.documentElement.style.colorScheme = data.scheme;
  box.replaceChildren(
    renderPopover(document, {
      entry: data.entry,
      undated: data.undated,
      saved: new Set(data.saved),
      mayAct,
      onSave: async (id, saved) => (await request(browser.runtime, 'setSaved', { id, saved })).saved,
    }),
  );
  box.hidden = false;
  for (const button of box.querySelectorAll('button')) visibility.observe(button);
  new ResizeObserver(() => note({ height: Math.ceil(box.getBoundingClientRect().height) })).observe(box);
  if (data.focus) box.querySelector<HTMLElement>('a[href], button')?.focus();
}

show().catch((error: unknown) => {
  box.hidden = false;
  box.textContent = 'This card could not be loaded.';
  console.error('Primary Source:', error);
});
