// One-time tokens for card frames: the content script gets one for an entity, the frame
// redeems it once. Kept in memory: a card is opened and loaded within the same wake-up.

export interface CardRequest {
  tabId: number;
  entityId: string;
  focus: boolean;
  scheme: 'light' | 'dark';
}

/** A token not redeemed within this time is forgotten. */
const TOKEN_TTL_MS = 30_000;

export function cardTokens() {
  const issued = new Map<string, CardRequest & { at: number }>();
  return {
    issue(request: CardRequest): string {
      const now = Date.now();
      for (const [token, { at }] of issued) if (now - at > TOKEN_TTL_MS) issued.delete(token);
      const token = crypto.randomUUID();
      issued.set(token, { ...request, at: now });
      return token;
    },
    /** The request, once, and only in the tab it was issued for. */
    redeem(token: string, tabId: number | undefined): CardRequest | undefined {
      const found = issued.get(token);
      issued.delete(token);
      return found && found.tabId === tabId && Date.now() - found.at <= TOKEN_TTL_MS ? found : undefined;
    },
  };
}
