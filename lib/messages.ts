// The one message protocol between content scripts / popup and the background. It only
// combines the types each layer owns (matcher, ranking, sync). Content scripts never open
// IndexedDB (theirs would be the page's); they ask here.
import type { Mention, PageNames } from './matcher/types';
import type { PageContext, PageRanking } from './ranking/types';
import type { SyncStatus } from './sync/service';

export type { Mention, PageNames } from './matcher/types';
export type { EntityReleases, EntitySummary, PageContext, PageRanking, RankedRelease } from './ranking/types';

export interface Requests {
  /** Find mentions in text blocks, in page order. `page` carries what the page said before. */
  analyzeText: {
    req: { blocks: string[]; page: PageNames };
    res: { mentions: Mention[][]; page: PageNames; terms: Record<string, number> };
  };
  rankPage: { req: PageContext; res: PageRanking };
  /** Save or unsave. Answers only the new state: a page never learns what was saved before. */
  setSaved: { req: { id: string; saved: boolean }; res: { saved: boolean } };
  // Updates (issue 9, lib/sync): the state the popup shows, and "Check now".
  syncStatus: { req: Record<string, never>; res: SyncStatus };
  syncNow: { req: Record<string, never>; res: SyncStatus };
}

export type RequestType = keyof Requests;
export interface Message<T extends RequestType = RequestType> {
  type: T;
  payload: Requests[T]['req'];
}

type Handlers = {
  [T in RequestType]: (
    payload: Requests[T]['req'],
    sender: { tabId?: number },
  ) => Promise<Requests[T]['res']> | Requests[T]['res'];
};

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      cb: (message: unknown, sender: { tab?: { id?: number }; id?: string }) => Promise<unknown> | undefined,
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
    const handler = handlers[message.type] as (p: unknown, s: { tabId?: number }) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, { tabId: sender.tab?.id }))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
