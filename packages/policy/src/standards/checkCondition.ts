import { closestMatch } from '@stepwise/core';
import type { StandardCode } from './codes';
import { POLICY_FIELDS } from './policyFields';
import type { Scalar } from './types';

/** A problem in a condition, at a path relative to the document root. */
export interface ConditionProblem {
  code: StandardCode;
  message: string;
  path: (string | number)[];
  /** Whether the range should cover the key or the value at `path`. */
  target: 'key' | 'value';
  hint?: string;
}

const FORMS = ['field', 'all', 'any', 'not', 'require'] as const;
const NUMERIC_OPS = new Set(['>=', '<=', '>', '<', 'between']);

/**
 * Checks what the schema cannot: each node has exactly one form, fields exist in the policy
 * schema, and operator, value and field type agree. Runs on schema-valid data only.
 */
export function checkCondition(node: Record<string, unknown>, path: (string | number)[]): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const stack: { node: Record<string, unknown>; path: (string | number)[] }[] = [{ node, path }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const { node: n, path: p } = current;
    const forms = FORMS.filter((f) => Object.hasOwn(n, f) || (f === 'field' && Object.hasOwn(n, 'op')));
    if (forms.length !== 1) {
      problems.push({
        code: 'standard-condition-shape',
        message: forms.length === 0 ? 'The condition has no form: it needs field + op, all, any, not, or require + unless.' : `The condition mixes ${forms.join(', ')}; use one form per node and nest the others.`,
        path: p,
        target: 'value',
        hint: 'Write { field, op, value }, { all: [...] }, { any: [...] }, { not: ... } or { require: ..., unless: ... }.',
      });
      continue;
    }
    const form = forms[0]!;
    const stray = Object.keys(n).filter((k) => !allowedKeys(form).includes(k));
    for (const key of stray) {
      problems.push({ code: 'standard-condition-shape', message: `"${key}" does not belong in a ${form === 'field' ? 'comparison' : `"${form}"`} condition.`, path: [...p, key], target: 'key', hint: `Allowed here: ${allowedKeys(form).join(', ')}.` });
    }
    if (form === 'field') {
      problems.push(...checkComparison(n, p));
    } else if (form === 'all' || form === 'any') {
      (n[form] as Record<string, unknown>[]).forEach((child, i) => stack.push({ node: child, path: [...p, form, i] }));
    } else if (form === 'not') {
      stack.push({ node: n.not as Record<string, unknown>, path: [...p, 'not'] });
    } else {
      if (!Object.hasOwn(n, 'unless')) {
        problems.push({ code: 'standard-condition-shape', message: '"require" needs an "unless" beside it; without one, write the condition directly.', path: [...p, 'require'], target: 'key' });
      } else stack.push({ node: n.unless as Record<string, unknown>, path: [...p, 'unless'] });
      stack.push({ node: n.require as Record<string, unknown>, path: [...p, 'require'] });
    }
  }
  return problems;
}

function allowedKeys(form: (typeof FORMS)[number]): string[] {
  return form === 'field' ? ['field', 'op', 'value', 'ifAbsent'] : form === 'require' ? ['require', 'unless'] : [form];
}

function checkComparison(n: Record<string, unknown>, p: (string | number)[]): ConditionProblem[] {
  const field = n.field;
  const op = n.op;
  if (typeof field !== 'string' || typeof op !== 'string') {
    return [{ code: 'standard-condition-shape', message: `A comparison needs both "field" and "op".`, path: p, target: 'value' }];
  }
  const info = POLICY_FIELDS.get(field);
  if (!info) {
    const suggestion = closestMatch(field, [...POLICY_FIELDS.keys()]);
    return [{ code: 'standard-unknown-field', message: `"${field}" is not a policy field.`, path: [...p, 'field'], target: 'value', hint: suggestion ? `Did you mean "${suggestion}"?` : 'See packages/policy/schema/policy.schema.json for the fields.' }];
  }
  const value = n.value as Scalar | Scalar[] | undefined;
  const at = (code: StandardCode, message: string, hint?: string): ConditionProblem[] => [{ code, message, path: [...p, Object.hasOwn(n, 'value') ? 'value' : 'op'], target: 'value', ...(hint ? { hint } : {}) }];
  if (op === 'present' || op === 'absent') {
    if (value !== undefined) return at('standard-condition-value', `"${op}" takes no value.`);
    if (n.ifAbsent !== undefined) return [{ code: 'standard-condition-shape', message: `"ifAbsent" has no meaning with "${op}".`, path: [...p, 'ifAbsent'], target: 'key' }];
    return [];
  }
  if (value === undefined) return at('standard-condition-value', `"${op}" needs a value.`);
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number' || value[0] > value[1]) {
      return at('standard-condition-value', '"between" needs [low, high]: two numbers, low first.');
    }
  } else if (op === 'in') {
    if (!Array.isArray(value)) return at('standard-condition-value', '"in" needs a list of values.');
  } else if (Array.isArray(value)) {
    return at('standard-condition-value', `"${op}" compares with one value, not a list.`, op === '==' ? 'Use "in" for a choice of values.' : undefined);
  }
  if (op === 'includes') {
    if (info.type !== 'array') return at('standard-condition-type', `"includes" needs a list field; ${field} is a ${info.type}.`);
    if (typeof value !== 'string') return at('standard-condition-type', '"includes" looks for a text item.');
    return [];
  }
  if (NUMERIC_OPS.has(op) && info.type !== 'number') return at('standard-condition-type', `"${op}" compares numbers; ${field} is a ${info.type}.`);
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    const kind = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
    if (kind !== info.type) return at('standard-condition-type', `${field} is a ${info.type}; ${JSON.stringify(v)} is a ${kind}.`);
    if (info.values && !info.values.includes(v)) {
      return at('standard-condition-type', `${JSON.stringify(v)} is never a value of ${field}.`, `Its values: ${info.values.map((x) => JSON.stringify(x)).join(', ')}.`);
    }
  }
  return [];
}
