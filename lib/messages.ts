// The one message protocol between content scripts / popup and the background. It only
// combines the types each layer owns (matcher, ranking, sync). Content scripts never open
// IndexedDB (theirs would be the page's); they ask here.
import type { Mention, PageSoFar } from './matcher/types';
import type { EntityReleases, PageContext, PageRanking } from './ranking/types';
import type { SyncStatus } from './sync/service';

export type { Mention, PageSoFar } from './matcher/types';
export type { EntityReleases, EntitySummary, PageContext, PageRanking, RankedRelease } from './ranking/types';

export interface Requests {
  /** Find mentions in text blocks, in page order. `page` carries what the page said before. */
  analyzeText: {
    req: { blocks: string[]; page: PageSoFar };
    res: { mentions: Mention[][]; page: PageSoFar; terms: Record<string, number> };
  };
  rankPage: { req: PageContext; res: PageRanking };
  /** Save or unsave. Answers only the new state: a page never learns what was saved before. */
  setSaved: { req: { id: string; saved: boolean }; res: { saved: boolean } };
  // Updates (issue 9, lib/sync): the state the popup shows, and "Check now".
  syncStatus: { req: Record<string, never>; res: SyncStatus };
  syncNow: { req: Record<string, never>; res: SyncStatus };
  // The card (issue 11): an extension-origin frame in the page. The content script asks for a
  // card and gets a one-time token; the frame presents it and gets the card's data from here,
  // never from the page. Only the frame saves (setSaved answers extension pages only).
  openCard: { req: { entityId: string; focus: boolean; scheme: 'light' | 'dark' }; res: { token: string } };
  cardData: { req: { token: string }; res: CardData };
  /** From the frame: its content's height, or close (Escape inside it); passed on to the tab's content script. */
  cardFrame: { req: CardFrameNote; res: null };
}

export interface CardFrameNote {
  height?: number;
  close?: boolean;
  /** The pointer came onto (true) or left (false) the card: the page hears no moves over a frame. */
  pointer?: boolean;
}

/** What the card frame shows (cardData). */
export interface CardData {
  entry: EntityReleases;
  undated: boolean;
  /** Which of entry.releases the reader saved: read only by the frame, which the page cannot. */
  saved: string[];
  /** Opened by keyboard: focus goes into the card. */
  focus: boolean;
  /** The page's scheme around the mark: the card follows the page, not the system. */
  scheme: 'light' | 'dark';
}

export type RequestType = keyof Requests;
export interface Message<T extends RequestType = RequestType> {
  type: T;
  payload: Requests[T]['req'];
}

/**
 * Who asked: the tab (content scripts and frames in it), the asking document's URL, and the
 * page in the tab (for "saved from").
 */
export interface Sender {
  tabId?: number;
  url?: string;
  tabTitle?: string;
  tabUrl?: string;
}

type Handlers = {
  [T in RequestType]: (payload: Requests[T]['req'], sender: Sender) => Promise<Requests[T]['res']> | Requests[T]['res'];
};

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      cb: (
        message: unknown,
        sender: { tab?: { id?: number; title?: string; url?: string }; id?: string; url?: string },
      ) => Promise<unknown> | undefined,
    ): void;
  };
  id?: string;
}

/** Typed request to the background. */
export async function request<T extends RequestType>(runtime: Runtime, type: T, payload: Requests[T]['req']): Promise<Requests[T]['res']> {
  const answer = (await runtime.sendMessage({ type, payload } satisfies Message<T>)) as
    | { ok: true; value: Requests[T]['res'] }
    | { ok: false; error: string }
    | undefined;
  if (!answer) throw new Error(`No answer to ${type}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/** Serve the protocol: unknown messages and messages from other extensions are ignored. */
export function serve(runtime: Runtime, handlers: Handlers): void {
  runtime.onMessage.addListener((message, sender) => {
    if (!isMessage(message) || !(message.type in handlers)) return undefined;
    if (sender.id !== undefined && runtime.id !== undefined && sender.id !== runtime.id) return undefined;
    const handler = handlers[message.type] as (p: unknown, s: Sender) => unknown;
    const from: Sender = { tabId: sender.tab?.id, url: sender.url, tabTitle: sender.tab?.title, tabUrl: sender.tab?.url };
    return Promise.resolve()
      .then(() => handler(message.payload, from))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
