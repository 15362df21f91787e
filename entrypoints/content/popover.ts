// The popover: one open shadow root, moved next to whichever mark it describes so that Tab
// from the mark walks into its links (no focus trap), positioned by Floating UI.
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { renderPopover } from '@/components/popover-view';
import type { PageRanking } from '@/lib/messages';
import { ENTITY_ATTR, firstPiece } from '@/lib/dom/annotate';
import { pageScheme } from '@/lib/dom/scheme';
import css from '@/components/popover.css?inline';

const HOVER_INTENT_MS = 300;
const LEAVE_GRACE_MS = 250;

export interface PopoverDeps {
  ranking(): PageRanking | null;
  save(id: string, saved: boolean): Promise<boolean>;
}

/** The mark an event is about: any piece of a split mention leads to its first piece. */
function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? firstPiece(target) : null;
}

/** Sets up the popover until `signal` aborts (site turned off, or the script invalidated). */
export async function setUpPopover(ctx: ContentScriptContext, signal: AbortSignal, deps: PopoverDeps): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'primary-source-popover',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    mode: 'open',
    onMount(container, _shadow, host) {
      host.setAttribute('data-ps-ui', '');
      container.className = 'ps-popover';
      container.hidden = true;
    },
  });
  ui.mount();
  const { shadowHost: host, uiContainer: box } = ui;
  // The host sits inline in the article: it must take no room there.
  host.style.cssText = 'display:inline;position:static;width:0;height:0;';

  let current: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  function close(returnFocus = false) {
    clearTimeout(timer);
    if (!current) return;
    const mark = current;
    current = null;
    stopAutoUpdate?.();
    box.hidden = true;
    mark.setAttribute('aria-expanded', 'false');
    if (returnFocus) mark.focus();
  }

  function open(mark: HTMLElement) {
    clearTimeout(timer);
    const entityId = mark.getAttribute(ENTITY_ATTR);
    const ranking = deps.ranking();
    const entry = entityId ? ranking?.byEntity[entityId] : undefined;
    if (!entry || !ranking) return; // nothing to say: stay invisible
    if (mark === current && !box.hidden) return; // already open: keep its state and focus
    if (current && current !== mark) current.setAttribute('aria-expanded', 'false');
    current = mark;
    mark.after(host);
    mark.setAttribute('aria-expanded', 'true');
    box.replaceChildren(renderPopover(document, { entry, undated: ranking.undated, onSave: deps.save }));
    box.dataset.scheme = pageScheme(mark);
    box.hidden = false;
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(mark, box, () => {
      void computePosition(mark, box, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on its side of the mark: its top stays on screen.
          size({ padding: 8, apply: ({ availableHeight }) => void (box.style.maxHeight = `${Math.max(160, availableHeight)}px`) }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (middlewareData.hide?.referenceHidden) return close(); // scrolled away
        Object.assign(box.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
      });
    });
  }

  const inside = (node: EventTarget | null) => node instanceof Node && (host.contains(node) || host === node);
  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, fn, { capture: true, signal });

  listen('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark) schedule(() => open(mark), mark === current ? 0 : HOVER_INTENT_MS);
    else if (inside(e.target)) clearTimeout(timer);
  });
  listen('pointerout', (e) => {
    const leaving = markOf(e.target) ?? (inside(e.target) ? host : null);
    if (!leaving || inside(e.relatedTarget) || (current && markOf(e.relatedTarget) === current)) return;
    if (current) schedule(() => close(), LEAVE_GRACE_MS);
    else clearTimeout(timer);
  });
  listen('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  });
  listen('focusout', (e) => {
    if (!current) return;
    const next = e.relatedTarget;
    if (next === current || inside(next)) return;
    close();
  });
  listen('keydown', (e) => {
    if (e.key === 'Escape' && current) {
      const fromInside = inside(e.target) || e.target === current;
      close(fromInside);
    }
  });
  signal.addEventListener('abort', () => {
    close();
    ui.remove();
  });
}
