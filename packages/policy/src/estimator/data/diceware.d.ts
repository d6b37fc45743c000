// Types of the generated data module diceware.js (scripts/compileDictionaries.mjs).
import type { DicewareData } from '../dictionaryData';

declare const data: DicewareData;
export default data;
