// What the matcher finds on a page, as it crosses to the content script and to ranking.

/** A mention found in one text block: UTF-16 offsets into that block's text. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  /** False for entities that count for ranking but are never marked (generic topics). */
  highlight: boolean;
}

/** What a page has said so far, carried across analyzeText calls (lib/matcher/mentions). */
export interface PageSoFar {
  /** Entities whose full name the page gave: their surnames may stand alone after it. */
  fullNames: string[];
  /**
   * The page is on our ground: it says "Treasury" or "sanctions", or named someone or something
   * that stands on its own. Until then a full name shared by many ("John Smith") is not ours.
   */
  onTopic: boolean;
}
