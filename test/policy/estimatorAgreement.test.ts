/**
 * The default estimator against zxcvbn 4.4.2 itself (the devDependency `zxcvbn`, a reference we
 * did not write), issue 11 item 4: on a fixed corpus of 600 passwords (fixtures/estimatorCorpus.txt,
 * made once by bench/corpus.ts passwordCorpus with seed 7: common, mutated, random, keyboard,
 * date and passphrase passwords in turn) the scores agree at least 97 % of the time and we never
 * rate more than 0.5 % of them 3-4 where zxcvbn says 0-2; and on the cases issue 11 found broken
 * (the +5 guesses margin, 4-, 5- and 7-digit dates, year-first two-digit years, l33t readings,
 * dvorak and Mac keypad walks) the guesses are zxcvbn's own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultEstimator, type PasswordEstimator } from '@stepwise/policy';

const require = createRequire(import.meta.url);
const zxcvbn = require('zxcvbn') as (password: string, inputs?: string[]) => { score: number; guesses_log10: number };
// zxcvbn 4.4.2 centres year guesses on the clock's year, ours on a constant (2025): pin it.
(require('zxcvbn/lib/scoring') as { REFERENCE_YEAR: number }).REFERENCE_YEAR = 2025;

const corpus = readFileSync(new URL('fixtures/estimatorCorpus.txt', import.meta.url), 'utf8').split('\n').filter((p) => p.length > 0);

let estimator: PasswordEstimator;
beforeAll(async () => {
  estimator = await loadDefaultEstimator();
});

describe('agreement with zxcvbn 4.4.2', () => {
  it('scores the fixed 600-password corpus as zxcvbn does at least 97 % of the time', () => {
    expect(corpus).toHaveLength(600);
    const differing = corpus.filter((p) => estimator.estimate(p, []).score !== zxcvbn(p).score);
    // Measured: 595 of 600 agree (99.2 %), none in the dangerous direction; fails on the code before
    // the port (12 of these 14 tests did); see packages/policy/README.md "Agreement with zxcvbn".
    expect(differing.length / corpus.length).toBeLessThanOrEqual(0.03);
  });

  it('rates at most 0.5 % of the corpus 3-4 where zxcvbn says 0-2', () => {
    const dangerous = corpus.filter((p) => zxcvbn(p).score <= 2 && estimator.estimate(p, []).score >= 3);
    expect(dangerous.length / corpus.length).toBeLessThanOrEqual(0.005);
  });

  // Each was scored differently before (issue 11); each is one of the causes named there.
  const cases: [string, string][] = [
    ['the +5 margin: 8 random characters are 10^8 + 1 guesses, a 2', 'xK#9vQ2m'],
    ['the +5 margin, 6 characters', 'q8#Lz!'],
    ['a 4-digit date (d m yy)', '1590'],
    ['a 5-digit date', '21186'],
    ['a 7-digit date', '2111986'],
    ['a year-first two-digit year', '861121'],
    ['a date after a word', 'summer040390'],
    ['l33t: 1 read as l', 'he11o'],
    ['l33t: 7 read as t and 1 as i', 'k1773n'],
    ['l33t: several look-alikes', 'p@$$w0rd'],
    ['a dvorak walk', 'aoeuidhtns'],
    ['a Mac keypad walk', '=/*-987'],
    // Indexes are UTF-16 units throughout: an astral character before look-alikes once misaligned them.
    ['look-alikes after an astral character', '\u{1F600}p@$$w0rd!'],
  ];
  for (const [cause, password] of cases) {
    it(`${cause}: ${JSON.stringify(password)} gets zxcvbn's guesses and score`, () => {
      const ours = estimator.estimate(password, []);
      const theirs = zxcvbn(password);
      expect(ours.score).toBe(theirs.score);
      expect(ours.guessesLog10).toBeCloseTo(theirs.guesses_log10, 1);
    });
  }
});
