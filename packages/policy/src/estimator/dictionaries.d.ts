// Types of the generated data module dictionaries.js (scripts/compileDictionaries.mjs).
import type { CompiledDictionaries } from './loadDictionaries';

declare const dictionaries: CompiledDictionaries;
export default dictionaries;
