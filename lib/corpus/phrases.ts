// Finds known multi-word names in text, word by word: the build-time scan that tells which
// releases name which organization. (The page-side matcher is lib/matcher; this one favours
// simplicity over speed and runs once per build.)
import { fold } from './names';

const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;

/** Words compared as printed (case matters: "IMF" is not "imf"), accents and quotes folded. */
function words(text: string): string[] {
  return [...fold(text).matchAll(WORD)].map((m) => m[0]);
}

export class PhraseIndex {
  /** First word → phrases (as word lists) starting with it, longest first. */
  private byFirst = new Map<string, { words: string[]; id: string | null }[]>();

  /** A phrase two ids share points to neither: it cannot tell them apart. */
  add(phrase: string, id: string): void {
    const w = words(phrase);
    const first = w[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    const same = list.find((p) => p.words.join(' ') === w.join(' '));
    if (same) {
      if (same.id !== id) same.id = null;
      return;
    }
    list.push({ words: w, id });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Ids whose phrases occur in the text, longest match winning at each position. */
  find(text: string): Set<string> {
    const found = new Set<string>();
    const w = words(text);
    for (let i = 0; i < w.length; i++) {
      const list = this.byFirst.get(w[i]!);
      if (!list) continue;
      for (const p of list) {
        let k = 1;
        while (k < p.words.length && w[i + k] === p.words[k]) k++;
        if (k === p.words.length) {
          if (p.id) found.add(p.id);
          i += k - 1;
          break;
        }
      }
    }
    return found;
  }
}
