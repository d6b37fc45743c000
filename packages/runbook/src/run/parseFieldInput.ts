import type { Field } from '../types';
import type { FieldValue } from './runEvent';
import { validateFieldValue } from './validateFieldValue';

export type ParsedFieldInput = { ok: true; value: FieldValue } | { ok: false; message: string };

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);

/**
 * Text typed by a person (terminal prompt, `--input key=value`, a form field) -> a typed value,
 * validated. The CLI and the site both use this, so a value means the same in both.
 * Choice fields also accept the option's 1-based number or its label.
 */
export function parseFieldInput(field: Field, text: string): ParsedFieldInput {
  const trimmed = text.trim();
  let value: FieldValue = trimmed;
  if (field.type === 'boolean') {
    const lower = trimmed.toLowerCase();
    if (YES.has(lower)) value = true;
    else if (NO.has(lower)) value = false;
    else return { ok: false, message: `"${field.label}" must be yes or no.` };
  } else if (field.type === 'number') {
    const n = trimmed === '' ? Number.NaN : Number(trimmed);
    if (!Number.isFinite(n)) return { ok: false, message: `"${field.label}" must be a number.` };
    value = n;
  } else if (field.type === 'choice') {
    const options = field.options ?? [];
    const byNumber = /^\d+$/.test(trimmed) ? options[Number(trimmed) - 1] : undefined;
    const byLabel = options.find((o) => o.label.toLowerCase() === trimmed.toLowerCase());
    value = options.some((o) => o.value === trimmed) ? trimmed : (byNumber?.value ?? byLabel?.value ?? trimmed);
  }
  const problem = validateFieldValue(field, value);
  return problem === undefined ? { ok: true, value } : { ok: false, message: problem };
}
