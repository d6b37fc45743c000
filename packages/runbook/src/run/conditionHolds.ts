import type { Condition } from '../types';
import type { FieldValue } from './runEvent';

/**
 * Whether a `when` holds for a run: the variant is listed (if `variant` is given) and every
 * named input has one of its listed values. No condition always holds.
 */
export function conditionHolds(when: Condition | undefined, variant: string | null, inputs: Readonly<Record<string, FieldValue>>): boolean {
  if (!when) return true;
  if (when.variant && (variant === null || !when.variant.includes(variant))) return false;
  for (const [inputId, values] of Object.entries(when.inputs ?? {})) {
    const value = Object.hasOwn(inputs, inputId) ? inputs[inputId] : undefined;
    if (value === undefined || !values.includes(value)) return false;
  }
  return true;
}
