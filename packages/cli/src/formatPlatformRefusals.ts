import type { PlatformRefusal } from '@stepwise/policy';

/** Lines for `stepwise check` when a password the policy accepts is still refused by a system that enforces it (issue 12). Pure. */
export function formatPlatformRefusals(refusals: readonly PlatformRefusal[]): string {
  if (refusals.length === 0) return '';
  const lines = ['But the systems this policy is enforced by would still refuse it:'];
  for (const r of refusals) {
    lines.push(`  ${r.title}${r.condition ? `, ${r.condition}` : ''}:`);
    for (const reason of r.reasons) lines.push(`    - ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}
