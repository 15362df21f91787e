// The one message protocol between content scripts / popup and the background.
// Content scripts never open IndexedDB (theirs would be the page's); they ask here.
import type { EntityType, Release } from './types';

/** A mention found in one text block: UTF-16 offsets into that block's text. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  /** False for entities that count for ranking but are never marked (generic topics). */
  highlight: boolean;
}

/** What a page has said so far, carried across analyzeText calls (lib/matcher/mentions). */
export interface PageNames {
  /** Entities whose full name the page gave: their surnames may stand alone after it. */
  fullNames: string[];
  /**
   * The page is on our ground: it says "Treasury" or "sanctions", or named someone or something
   * that stands on its own. Until then a full name shared by many ("John Smith") is not ours.
   */
  anchored: boolean;
}

/** What the content script learns about the page and sends for ranking. */
export interface PageContext {
  /** How many times each entity was mentioned on the page (marked or not). */
  entityCounts: Record<string, number>;
  /** Counts of index terms found in the page text (from analyzeText). */
  terms: Record<string, number>;
  /** Publication date of the page, YYYY-MM-DD, when it states one. */
  date?: string;
  /** Pages without a date: the latest past year their text mentions (lib/ranking/dates `textEra`). */
  era?: number;
  /** Pages without a date: the days their text names, YYYY-MM-DD, in order (lib/ranking/dates `namedDates`). */
  namedDates?: string[];
}

/** A release as the UI shows it, with why it fits this page. */
export interface RankedRelease {
  release: Pick<Release, 'id' | 'url' | 'title' | 'date' | 'kind'>;
  score: number;
  /** Human-readable reasons: "names Bessent, Reeves · critical minerals · 1 day before this article". */
  reasons: string[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  /** Role line for the popover header, e.g. "Secretary of the Treasury". */
  role?: string;
}

export interface EntityReleases {
  entity: EntitySummary;
  /** Best releases for this page that name the entity, best first. */
  releases: RankedRelease[];
  /** False: nothing fits the page closely; `releases` are the entity's most recent instead. */
  confident: boolean;
}

export interface PageRanking {
  /** Confident page-level matches, best first (empty when nothing fits closely). */
  page: RankedRelease[];
  byEntity: Record<string, EntityReleases>;
  /** The page stated no date: ranking used content alone. */
  undated: boolean;
}

export interface Requests {
  /** Find mentions in text blocks, in page order. `page` carries what the page said before. */
  analyzeText: {
    req: { blocks: string[]; page: PageNames };
    res: { mentions: Mention[][]; page: PageNames; terms: Record<string, number> };
  };
  rankPage: { req: PageContext; res: PageRanking };
  /** Save or unsave. Answers only the new state: a page never learns what was saved before. */
  setSaved: { req: { id: string; saved: boolean }; res: { saved: boolean } };
}

export type RequestType = keyof Requests;
export interface Message<T extends RequestType = RequestType> {
  type: T;
  payload: Requests[T]['req'];
}

/** Who sent a request: the tab, and the page in it (for "saved from"). */
export interface Sender {
  tabId?: number;
  tabTitle?: string;
  tabUrl?: string;
}

type Handlers = {
  [T in RequestType]: (
    payload: Requests[T]['req'],
    sender: Sender,
  ) => Promise<Requests[T]['res']> | Requests[T]['res'];
};

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      cb: (message: unknown, sender: { tab?: { id?: number; title?: string; url?: string }; id?: string; url?: string }) => Promise<unknown> | undefined,
    ): void;
  };
  id?: string;
}

/** Typed request to the background. */
export async function request<T extends RequestType>(
  runtime: Runtime,
  type: T,
  payload: Requests[T]['req'],
): Promise<Requests[T]['res']> {
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
    const from: Sender = { tabId: sender.tab?.id, tabTitle: sender.tab?.title, tabUrl: sender.tab?.url ?? (sender.tab ? sender.url : undefined) };
    return Promise.resolve()
      .then(() => handler(message.payload, from))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
