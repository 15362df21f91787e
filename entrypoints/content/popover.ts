// The card: shown for a mark on hover (hit-testing the pointer against the marks' ranges: marks
// are not elements) or from the panel by keyboard. It is an extension-origin frame
// (entrypoints/card) in our closed-shadow host, positioned next to its mark by Floating UI,
// never over it. The frame gets its content from the background for a one-time token; only the
// reader's own (trusted) input opens it.
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { CardFrameNote, EntityReleases, PageRanking } from '@/lib/messages';
import { isCurrent, type Mark } from '@/lib/dom/annotate';
import type { MarkLayer } from '@/lib/dom/marks';
import { pageScheme } from '@/lib/dom/scheme';
import type { UiHost } from './host';

const HOVER_INTENT_MS = 300;
const LEAVE_GRACE_MS = 250;

export interface CardDeps {
  ui: UiHost;
  layer: MarkLayer;
  ranking(): PageRanking | null;
  /** A one-time token for the frame (openCard). */
  token(entityId: string, focus: boolean, scheme: 'light' | 'dark'): Promise<string>;
  /** The frame's URL, without its token. */
  frameUrl: string;
}

/** What the card shows, for the test seam. */
export interface CardState {
  open: boolean;
  entity: string;
  releases: { url: string; title: string; thisArticle: boolean }[];
}

export interface Card {
  /** Opens for `mark`; with `focusFrom`, focus moves into the card and Escape returns it there. */
  open(mark: Mark, focusFrom?: HTMLElement): boolean;
  close(restoreFocus?: boolean): void;
  /** The page changed: a card whose mark is gone closes. */
  refresh(): void;
  /** What the frame said, through the background. */
  fromFrame(note: CardFrameNote): void;
  /** The ranking arrived or changed: a mark hovered before it had nothing to show, now may. */
  rankingChanged(): void;
  state(): CardState;
}

/** A mark as Floating UI's reference: its first piece's box, scrolling with its block. */
function reference(mark: Mark): VirtualElement {
  return {
    getBoundingClientRect: () => mark.ranges[0]!.getBoundingClientRect(),
    getClientRects: () => mark.ranges[0]!.getClientRects(),
    contextElement: mark.block,
  };
}

/** Frame height until it reports its content's. */
const FIRST_HEIGHT = 160;

export function setUpCard(signal: AbortSignal, { ui, layer, ranking, token, frameUrl }: CardDeps): Card {
  const doc = ui.host.ownerDocument;
  let box = doc.createElement('iframe');
  let maxHeight = Infinity;
  let contentHeight = FIRST_HEIGHT;
  const fit = () => void (box.style.height = `${Math.min(contentHeight, maxHeight)}px`);

  let current: Mark | null = null;
  let entry: EntityReleases | null = null;
  let returnTo: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  function close(restoreFocus = false) {
    clearTimeout(timer);
    if (!current) return;
    current = entry = null;
    onFrame = false;
    stopAutoUpdate?.();
    box.remove();
    const target = returnTo;
    returnTo = null;
    if (restoreFocus) target?.focus();
  }

  function open(mark: Mark, focusFrom?: HTMLElement): boolean {
    clearTimeout(timer);
    const found = ranking()?.byEntity[mark.entityId];
    if (!found) return false; // nothing to say: stay invisible
    if (mark === current) return true; // already open: keep its state and focus
    close();
    current = mark;
    entry = found;
    returnTo = focusFrom ?? null;
    const scheme = pageScheme(mark.block);
    // A fresh frame per card: a frame's token is good once.
    box = doc.createElement('iframe');
    box.className = 'ps-card';
    box.title = `Primary Source: ${found.entity.name}`;
    box.dataset.scheme = scheme;
    contentHeight = FIRST_HEIGHT;
    maxHeight = Infinity;
    fit();
    ui.root.prepend(box);
    void token(mark.entityId, !!focusFrom, scheme).then(
      (t) => {
        if (current !== mark) return;
        box.src = `${frameUrl}#${t}`;
        if (focusFrom) box.focus();
      },
      () => current === mark && close(),
    );
    stopAutoUpdate?.();
    const ref = reference(mark);
    stopAutoUpdate = autoUpdate(ref, box, () => {
      void computePosition(ref, box, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on its side of the mark: its top stays on screen.
          size({ padding: 8, apply: ({ availableHeight }) => ((maxHeight = Math.max(120, availableHeight)), fit()) }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (middlewareData.hide?.referenceHidden && !returnTo) return close(); // scrolled away
        Object.assign(box.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
      });
    });
    return true;
  }

  // Hover: which mark is under the pointer, checked at most once a frame.
  let hovered: Mark | 'card' | undefined;
  let queued: PointerEvent | undefined;
  /** The pointer is on the card's frame (a move queued before it got there must not close it). */
  let onFrame = false;
  const onPointer = (e: PointerEvent) => {
    queued = undefined;
    // The page hears moves only off the frame: one outside it means the pointer has left.
    const r = box.getBoundingClientRect();
    const inFrame = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (onFrame && inFrame) return;
    onFrame = false;
    if (current && e.composedPath().includes(box)) {
      hovered = 'card';
      return clearTimeout(timer);
    }
    const mark = layer.at(doc, e.clientX, e.clientY);
    if (mark === hovered) return;
    hovered = mark;
    if (mark) schedule(() => open(mark), mark === current ? 0 : HOVER_INTENT_MS);
    else if (current && !returnTo) schedule(() => close(), LEAVE_GRACE_MS);
    else if (!current) clearTimeout(timer);
  };
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || e.pointerType === 'touch') return;
      if (!queued) requestAnimationFrame(() => queued && onPointer(queued));
      queued = e;
    },
    { capture: true, passive: true, signal },
  );
  // Escape from anywhere closes it, and focus goes back where it was (the panel), not to a mark.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!(e.isTrusted && e.key === 'Escape' && current)) return;
      e.stopPropagation(); // this Escape was for the card
      close(true);
    },
    { capture: true, signal },
  );
  // Opened by keyboard: focus moving on past the card (Tab after its last link) closes it.
  const focusMoved = (e: Event) => {
    if (current && returnTo && e.isTrusted && !e.composedPath().includes(box)) close();
  };
  ui.root.addEventListener('focusin', focusMoved, { signal });
  doc.addEventListener('focusin', (e) => e.target !== ui.host && focusMoved(e), { capture: true, signal });
  signal.addEventListener('abort', () => close());

  return {
    open,
    close,
    refresh() {
      if (current && !isCurrent(current)) close();
    },
    rankingChanged() {
      if (!current && hovered && hovered !== 'card') open(hovered);
    },
    fromFrame({ height, close: closing, pointer }) {
      if (!current) return;
      if (closing) close(true);
      else if (pointer !== undefined) {
        // The page hears no pointer moves over the frame: the frame says when it has the pointer.
        onFrame = pointer;
        hovered = pointer ? 'card' : undefined;
        if (pointer) clearTimeout(timer);
        else if (!returnTo) schedule(() => close(), LEAVE_GRACE_MS);
      } else if (height !== undefined && height > 0) {
        contentHeight = height + 2; // its border
        fit();
      }
    },
    state() {
      const releases = entry?.releases ?? [];
      return {
        open: current !== null,
        entity: current?.entityId ?? '',
        releases: releases.map(({ release }, i) => ({
          url: release.url,
          title: release.title,
          thisArticle: !!entry?.confident && i === 0,
        })),
      };
    },
  };
}
