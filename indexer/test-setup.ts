// Vitest setup: unit tests run the extraction in Node, with the word lists from disk.
import { useWordListsFromDisk } from './word-lists';

useWordListsFromDisk();
