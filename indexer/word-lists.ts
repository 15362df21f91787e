// Node: the word lists of assets/lexicon/ read from disk and handed to the extraction.
import { readFileSync } from 'node:fs';
import { provideWordLists, type WordLists } from '../lib/corpus/lexicon';

export function readWordLists(): WordLists {
  const read = (file: string) => readFileSync(new URL(`../assets/lexicon/${file}`, import.meta.url), 'utf8');
  return {
    englishWords: read('english-words.txt'),
    dictionaryNames: read('dictionary-names.txt'),
    commonSurnames: read('common-surnames.txt'),
  };
}

/** Call once before any extraction (CLI, bench, unit tests). */
export function useWordListsFromDisk(): void {
  provideWordLists(readWordLists());
}
