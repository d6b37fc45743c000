import { characterClass } from '../evaluate/characterClass';
import type { RuleResult } from '../evaluate/result';
import type { CharacterClass, RepetitionRule } from '../types';
import { ruleResult } from './ruleResult';

/** Rows of a US keyboard, for straight walks such as `qwerty` or `lkjh` (libpwquality counts these too). */
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POSITION = new Map<string, { row: number; column: number }>();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((key, c) => KEY_POSITION.set(key, { row: r, column: c })));

/** A run's class: as libpwquality, every non-alphanumeric (the space too) is one class, "others" (src/check.c, simple()). */
function runClass(char: string): CharacterClass {
  const found = characterClass(char, 'ad');
  return found === 'none' ? 'symbol' : found;
}

export interface RepetitionMeasure {
  longestRepeat: number;
  longestSequence: number;
  longestClassRun: number;
}

/** libpwquality's maxrepeat, maxsequence and maxclassrepeat, in one linear pass over code points. */
export function measureRepetition(password: string): RepetitionMeasure {
  const chars = Array.from(password);
  let longestRepeat = chars.length > 0 ? 1 : 0;
  let longestSequence = longestRepeat;
  let longestClassRun = longestRepeat;
  let repeat = 1;
  let sequence = 1;
  let sequenceStep = 0;
  let walk = 1;
  let walkStep = 0;
  let classRun = 1;
  let previousClass = chars.length > 0 ? runClass(chars[0]!) : undefined;
  for (let k = 1; k < chars.length; k++) {
    const a = chars[k - 1]!;
    const b = chars[k]!;
    repeat = a === b ? repeat + 1 : 1;
    // Monotonic sequence: code points one apart, in a constant direction (12345, fedcb).
    const step = b.codePointAt(0)! - a.codePointAt(0)!;
    if ((step === 1 || step === -1) && step === sequenceStep) sequence++;
    else sequence = step === 1 || step === -1 ? 2 : 1;
    sequenceStep = step;
    // Keyboard walk: neighbouring keys of one row, in a constant direction (qwerty, poiu).
    const pa = KEY_POSITION.get(a.toLowerCase());
    const pb = KEY_POSITION.get(b.toLowerCase());
    const keyStep = pa && pb && pa.row === pb.row ? pb.column - pa.column : 0;
    if ((keyStep === 1 || keyStep === -1) && keyStep === walkStep) walk++;
    else walk = keyStep === 1 || keyStep === -1 ? 2 : 1;
    walkStep = keyStep;
    const currentClass = runClass(b);
    classRun = currentClass === previousClass ? classRun + 1 : 1;
    previousClass = currentClass;
    if (repeat > longestRepeat) longestRepeat = repeat;
    if (sequence > longestSequence) longestSequence = sequence;
    if (walk > longestSequence) longestSequence = walk;
    if (classRun > longestClassRun) longestClassRun = classRun;
  }
  return { longestRepeat, longestSequence, longestClassRun };
}

export function checkRepetition(password: string, rule: RepetitionRule): RuleResult {
  const m = measureRepetition(password);
  const problems: string[] = [];
  if (rule.maxRepeat !== undefined && m.longestRepeat > rule.maxRepeat) problems.push(`the same character ${m.longestRepeat} times in a row (at most ${rule.maxRepeat})`);
  if (rule.maxSequence !== undefined && m.longestSequence > rule.maxSequence) problems.push(`a sequence or keyboard walk of ${m.longestSequence} characters such as "12345" or "qwerty" (at most ${rule.maxSequence})`);
  if (rule.maxClassRepeat !== undefined && m.longestClassRun > rule.maxClassRepeat) problems.push(`${m.longestClassRun} characters of one kind in a row (at most ${rule.maxClassRepeat})`);
  const measured = { ...m };
  if (problems.length > 0) return ruleResult('repetition', rule, false, `Contains ${problems.join('; ')}.`, { measured, hint: 'Break up repeated characters, sequences and keyboard rows.' });
  return ruleResult('repetition', rule, true, 'No long repeats or sequences.', { measured });
}
