import { closestMatch } from '@stepwise/core';

/** The command meant by a mistyped one: a unique prefix ("val" -> "validate"), else the closest by edit distance. */
export function suggestCommand(typed: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((name) => name.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  return closestMatch(typed, [...known]);
}
