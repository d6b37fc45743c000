// Types of the generated data module commonPasswords.js (scripts/compileDictionaries.mjs).
import type { CommonPasswordData } from '../dictionaryData';

declare const data: CommonPasswordData;
export default data;
