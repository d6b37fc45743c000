// Types of the generated data module estimatorRest.js (scripts/compileDictionaries.mjs).
import type { StoredWordTable } from '../dictionaryData';

declare const data: StoredWordTable;
export default data;
