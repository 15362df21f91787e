// The background: the word lists of assets/lexicon/ ship as package files (wxt.config.ts copies
// them to lexicon/) and are read only when a check has releases to extract, so a wake-up that
// only matches pages never parses 430 KB of text.
import type { WordLists } from '../corpus/lexicon';

export const WORD_LIST_FILES: Record<keyof WordLists, string> = {
  englishWords: 'english-words.txt',
  dictionaryNames: 'dictionary-names.txt',
  commonSurnames: 'common-surnames.txt',
};

export async function readPackagedWordLists(read: (name: string) => Promise<Response>): Promise<WordLists> {
  const entries = await Promise.all(
    Object.entries(WORD_LIST_FILES).map(async ([key, file]) => {
      const response = await read(file);
      if (!response.ok) throw new Error(`Word list ${file} could not be read (${response.status})`);
      return [key, await response.text()] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as WordLists;
}
