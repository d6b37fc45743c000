import type { PolicyDocument } from '@stepwise/policy';

/** Fields that document a rule rather than change what it enforces. */
const DOCUMENTATION = /\.(clauses|rationale)$/;

/**
 * What one level of an `extends` chain changes, in words: `rules.length.min` set to 15. The value
 * is read from that level's resolved policy, which holds what the level wrote.
 */
export function describeChanges(changed: readonly string[], resolved: PolicyDocument): string[] {
  return changed
    .filter((field) => !DOCUMENTATION.test(field))
    .map((field) => `${field} = ${formatValue(rawValue(resolved, field))}`);
}

/** The value as written (not as enforced: a switched-off rule still shows its settings). */
function rawValue(policy: PolicyDocument, field: string): unknown {
  let value: unknown = policy;
  for (const part of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return value.length > 8 ? `[${value.slice(0, 8).join(', ')}, … ${value.length} in all]` : `[${value.join(', ')}]`;
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  if (value === undefined) return 'unset';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
