// Node: the word lists of assets/lexicon/ read from disk and handed to the extraction.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { provideWordLists, type WordLists } from '../lib/corpus/lexicon';

export function readWordLists(): WordLists {
  // A path, not import.meta.url: under happy-dom tests that is not a file URL.
  const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../assets/lexicon', file), 'utf8');
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
