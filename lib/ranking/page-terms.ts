// The page side of term matching: which index terms a page's text uses, and how often.
// Uses the same tokenizer as the index build (lib/text/tokens.ts), so both sides meet.
import { tokenize } from '../text/tokens';

/** The index's term vocabulary; terms of two words are written with one space ("supply chain"). */
export interface Vocabulary {
  has(term: string): boolean;
}

/** Counts of vocabulary terms (single tokens and adjacent pairs) in `text`. */
export function pageTerms(text: string, vocab: Vocabulary): Record<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => {
    if (vocab.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  };
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    add(token);
    const next = tokens[i + 1];
    if (next !== undefined) add(`${token} ${next}`);
  });
  return Object.fromEntries(counts);
}
