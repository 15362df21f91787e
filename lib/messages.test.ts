import { describe, expect, it } from 'vitest';
import { request, serve } from './messages';

/** A runtime whose sendMessage calls the listeners as the browser would. */
function fakeRuntime(senderId = 'self') {
  const listeners: ((m: unknown, s: { id?: string; tab?: { id?: number } }) => Promise<unknown> | undefined)[] = [];
  return {
    id: 'self',
    onMessage: { addListener: (cb: (typeof listeners)[number]) => listeners.push(cb) },
    sendMessage: async (message: unknown) => {
      for (const l of listeners) {
        const answer = l(message, { id: senderId, tab: { id: 7 } });
        if (answer) return answer;
      }
      return undefined;
    },
  };
}

const handlers = {
  analyzeText: () => ({ mentions: [], page: { fullNames: [], onTopic: false }, terms: {} }),
  rankPage: () => ({ page: [], byEntity: {}, undated: true }),
  setSaved: ({ saved }: { id: string; saved: boolean }, sender: { tabId?: number }) => {
    if (sender.tabId !== 7) throw new Error('wrong tab');
    if (!saved) throw new Error('cannot unsave here');
    return { saved };
  },
  syncStatus: () => ({ updates: true, checking: false, added: 0, changed: 0 }),
  syncNow: () => ({ updates: true, checking: false, added: 0, changed: 0 }),
  openCard: () => ({ token: 't' }),
  cardData: () => {
    throw new Error('not in this test');
  },
  cardFrame: () => null,
};

describe('message protocol', () => {
  it('answers typed requests with the sender tab', async () => {
    const runtime = fakeRuntime();
    serve(runtime, handlers);
    await expect(request(runtime, 'setSaved', { id: 'x', saved: true })).resolves.toEqual({ saved: true });
  });

  it('carries handler errors back as errors', async () => {
    const runtime = fakeRuntime();
    serve(runtime, handlers);
    await expect(request(runtime, 'setSaved', { id: 'x', saved: false })).rejects.toThrow('cannot unsave here');
  });

  it('ignores unknown messages and other extensions', async () => {
    const runtime = fakeRuntime();
    serve(runtime, handlers);
    await expect(runtime.sendMessage({ type: 'dropTables' })).resolves.toBeUndefined();
    const foreign = fakeRuntime('someone-else');
    serve(foreign, handlers);
    await expect(request(foreign, 'rankPage', { entityCounts: {}, terms: {} })).rejects.toThrow(/No answer/);
  });
});
