// The extension's messages to the tab. The test seam: marks are ranges, not elements, so tests (and the bench) ask the content
// script what it marked and what its card shows. Only the extension itself may ask — its
// worker or pages (no sender.tab): a page, or another extension, never gets an answer.
import { browser } from 'wxt/browser';
import type { Mark } from '@/lib/dom/annotate';
import type { CardFrameNote } from '@/lib/messages';
import type { CardState } from './popover';

export interface SeamMark {
  entity: string;
  text: string;
  /** The id of the closest ancestor element that has one, or ''. */
  id: string;
}

/** For the bench: the page's scans so far. */
export interface ScanState {
  /** Main-thread time of the current article's scans (collecting and marking), ms. */
  mainThreadMs: number;
  finished: number;
  running: number;
}

export interface Seam {
  marks(): Mark[];
  card(): CardState;
  scan(): ScanState;
  /** The `commands` shortcut: open the panel. */
  panel(): void;
  /** The card frame's note (its height, or close), passed on by the background. */
  fromFrame(note: CardFrameNote): void;
}

function describe(mark: Mark): SeamMark {
  const first = mark.pieces[0]!.node.parentElement;
  return { entity: mark.entityId, text: mark.text, id: first?.closest('[id]')?.id ?? '' };
}

const closed: CardState = { open: false, entity: '', releases: [] };

/** Answers until `signal` aborts; `current()` is the running scan's seam, if any. */
export function serveSeam(signal: AbortSignal, current: () => Seam | undefined): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    const seam = current();
    if (type === 'marks') respond((seam?.marks() ?? []).map(describe));
    else if (type === 'card') respond(seam?.card() ?? closed);
    else if (type === 'scan') respond(seam?.scan() ?? null);
    else if (type === 'panel') respond(void seam?.panel());
    else if (type === 'cardFrame') respond(void seam?.fromFrame((message as { note: CardFrameNote }).note));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
