// Types of the generated data module estimatorCore.js (scripts/compileDictionaries.mjs).
import type { EstimatorCoreData } from '../dictionaryData';

declare const data: EstimatorCoreData;
export default data;
