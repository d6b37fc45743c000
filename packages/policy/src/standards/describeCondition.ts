import { isFieldCondition, type Condition, type FieldCondition, type Scalar } from './types';

/** The comparison in words, without the field: `>= 15`, `between 1 and 10 (or not set)`. */
export function describeComparison(condition: FieldCondition): string {
  const text = comparisonText(condition);
  if (condition.op === 'present' || condition.op === 'absent') return text;
  if (condition.ifAbsent === 'pass') return `${text} (or not set)`;
  return text;
}

/**
 * A condition in one line, for auditors and the CLI:
 * `rules.length.min >= 15 unless lifecycle.mfaRequired == true`.
 */
export function describeCondition(condition: Condition): string {
  if (isFieldCondition(condition)) return `${condition.field} ${describeComparison(condition)}`;
  if ('all' in condition) return condition.all.length === 1 ? describeCondition(condition.all[0]!) : condition.all.map((c) => group(c)).join(' and ');
  if ('any' in condition) return condition.any.length === 1 ? describeCondition(condition.any[0]!) : condition.any.map((c) => group(c)).join(' or ');
  if ('not' in condition) return `not ${group(condition.not)}`;
  return `${group(condition.require)} unless ${group(condition.unless)}`;
}

function group(condition: Condition): string {
  const text = describeCondition(condition);
  const compound = !isFieldCondition(condition) && !(('all' in condition && condition.all.length === 1) || ('any' in condition && condition.any.length === 1));
  return compound ? `(${text})` : text;
}

function comparisonText(condition: FieldCondition): string {
  const value = condition.value;
  switch (condition.op) {
    case 'present':
      return 'is set';
    case 'absent':
      return 'is not set';
    case 'between': {
      const [low, high] = Array.isArray(value) ? value : [];
      return `between ${show(low)} and ${show(high)}`;
    }
    case 'in':
      return `one of ${(Array.isArray(value) ? value : [value]).map(show).join(', ')}`;
    case 'includes':
      return `includes ${show(value as Scalar)}`;
    default:
      return `${condition.op} ${show(value as Scalar)}`;
  }
}

function show(value: Scalar | undefined): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
