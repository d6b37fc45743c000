import { parseFieldInput, type Field, type FieldValue } from '@stepwise/runbook';

/**
 * Typed text -> typed values through the engine's `parseFieldInput`. Empty fields are left out:
 * whether they were required is the engine's call (`startRun`, `applyAction`), not ours.
 */
export function parseFields(fields: readonly Field[], texts: Record<string, string>): { values: Record<string, FieldValue>; errors: Record<string, string> } {
  const values: Record<string, FieldValue> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = texts[field.id] ?? '';
    if (text.trim() === '') continue;
    const parsed = parseFieldInput(field, text);
    if (parsed.ok) values[field.id] = parsed.value;
    else errors[field.id] = parsed.message;
  }
  return { values, errors };
}
