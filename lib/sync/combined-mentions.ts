// Pages are matched with the bundled automaton and, when updates brought new names, the small
// second one compiled for them (lib/store/fetched.ts). Where both find something at one place the
// bundled entity wins, as the strongest entity wins within one automaton.
import type { Matcher } from '../matcher/matcher';
import { findMentions } from '../matcher/mentions';
import type { Mention, PageSoFar } from '../matcher/types';

export function findMentionsWith(bundled: Matcher, extra: Matcher | undefined, blocks: readonly string[], page: PageSoFar) {
  const first = findMentions(bundled, blocks, page);
  if (!extra) return first;
  // The second automaton starts from what the page said so far, "Treasury" included.
  const second = findMentions(extra, blocks, { ...page, onTopic: first.page.onTopic });
  const mentions = first.mentions.map((own, i) => {
    const more = (second.mentions[i] ?? []).filter((m) => !own.some((o) => m.start < o.end && o.start < m.end));
    return more.length === 0 ? own : [...own, ...more].sort((a: Mention, b: Mention) => a.start - b.start);
  });
  return {
    mentions,
    page: {
      fullNames: [...new Set([...first.page.fullNames, ...second.page.fullNames])],
      onTopic: first.page.onTopic || second.page.onTopic,
    },
  };
}
