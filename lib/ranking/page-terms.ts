// The page side of term matching: which index terms a page's text uses, and how often.
// Uses the same tokenizer as the index build (lib/text/tokens.ts), so both sides meet.
import { countTokens } from '../text/tokens';

/** The index's term vocabulary (the keys of its document-frequency table). */
export interface Vocabulary {
  has(term: string): boolean;
}

/** Counts of vocabulary terms in `text`. */
export function pageTerms(text: string, vocab: Vocabulary): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [term, count] of countTokens(text)) if (vocab.has(term)) counts[term] = count;
  return counts;
}
