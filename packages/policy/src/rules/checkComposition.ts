import { characterClass, isPrintableAscii, type ClassOrNone } from '../evaluate/characterClass';
import type { RuleResult } from '../evaluate/result';
import type { CharacterClass, CompositionRule } from '../types';
import { ruleResult } from './ruleResult';

const CLASS_NAMES: Record<CharacterClass | 'letter', string> = {
  lower: 'lowercase letters',
  upper: 'uppercase letters',
  digit: 'digits',
  symbol: 'symbols',
  other: 'letters without case (such as most Asian scripts)',
  letter: 'letters',
};

const CLASS_INDEX: Record<ClassOrNone, number> = { lower: 0, upper: 1, digit: 2, symbol: 3, other: 4, none: 5 };

/** Character classes present, per-class minimums and the allowed set (AD / Entra / PCI 8.3.6). */
export function checkComposition(password: string, rule: CompositionRule): RuleResult {
  const scheme = rule.classes ?? 'ad';
  // Indexed counts: one monomorphic array instead of a keyed object, for 100,000-character input.
  const tally = [0, 0, 0, 0, 0, 0];
  const checkAllowed = rule.allowed === 'printable-ascii';
  let disallowed = 0;
  for (const char of password) {
    tally[CLASS_INDEX[characterClass(char, scheme)]]!++;
    if (checkAllowed && !isPrintableAscii(char)) disallowed++;
  }
  const counts: Record<CharacterClass, number> = { lower: tally[0]!, upper: tally[1]!, digit: tally[2]!, symbol: tally[3]!, other: tally[4]! };
  // Under the ascii scheme, characters outside ASCII form no class of their own (Entra: 3 of 4).
  const classNames: CharacterClass[] = scheme === 'ascii' ? ['lower', 'upper', 'digit', 'symbol'] : ['lower', 'upper', 'digit', 'symbol', 'other'];
  const present = classNames.filter((c) => counts[c] > 0);
  // `uncounted`: characters no AD category counts (space, currency symbols, non-ASCII digits, emoji).
  const measured = { classes: present.length, ...counts, ...(tally[5]! > 0 ? { uncounted: tally[5]! } : {}) };
  const problems: string[] = [];
  if (disallowed > 0) problems.push(`${disallowed} character${disallowed === 1 ? ' is' : 's are'} outside printable ASCII, which this policy does not accept`);
  if (rule.minClasses !== undefined && present.length < rule.minClasses) {
    const missing = classNames.filter((c) => counts[c] === 0).map((c) => CLASS_NAMES[c]);
    problems.push(`${present.length} of ${classNames.length} character classes used, ${rule.minClasses} needed (missing: ${missing.join(', ')})`);
  }
  for (const [name, minimum] of Object.entries(rule.minimum ?? {}) as [CharacterClass | 'letter', number][]) {
    const have = name === 'letter' ? counts.lower + counts.upper + counts.other : counts[name];
    if (have < minimum) problems.push(`${have} ${CLASS_NAMES[name]}, at least ${minimum} needed`);
  }
  if (problems.length > 0) {
    return ruleResult('composition', rule, false, `${capitalise(problems.join('; '))}.`, { measured, hint: disallowed > 0 ? 'Use only ASCII letters, digits, symbols and spaces.' : 'Add characters of the missing kinds.' });
  }
  return ruleResult('composition', rule, true, `${present.length} character classes used.`, { measured });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
