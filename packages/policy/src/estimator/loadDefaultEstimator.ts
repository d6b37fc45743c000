import { createEstimator } from './createEstimator';
import type { AdjacencyGraph } from './matchSpatial';
import type { PasswordEstimator } from './types';

let pending: Promise<PasswordEstimator> | undefined;

/**
 * The default estimator with the zxcvbn-ts English and common dictionaries. The dictionaries
 * are loaded with `import()` on first call only, so a page that never checks a password never
 * downloads them (stack guide pitfall 3: ~830 KB gzipped for the full set). Memoised.
 */
export function loadDefaultEstimator(): Promise<PasswordEstimator> {
  pending ??= (async () => {
    const [common, en] = await Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]);
    const d = en.dictionary;
    return createEstimator({
      passwords: common.dictionary['passwords-common'],
      words: [d['commonWords-en'], d['wikipedia-en'], d['cardinalNumbers-en'], d['ordinalNumbers-en'], d['daysOfWeek-en'], d['months-en'], d['seasons-en'], d['rainbowColors-en'], d['planets-en'], d['zodiacSigns-en'], d['militaryAlphabet-en']],
      names: [d['firstnames-en'], d['lastnames-en']],
      graphs: { qwerty: common.adjacencyGraphs.qwerty as AdjacencyGraph, keypad: common.adjacencyGraphs.keypad as AdjacencyGraph },
    });
  })();
  return pending;
}
