/** Fixed, documented exit codes (docs/cli.md). */
export const EXIT = {
  /** Clean: no findings at or above the failing severity; password accepted; record valid. */
  ok: 0,
  /** Findings: diagnostics at or above --fail-severity; password rejected; record invalid. */
  findings: 1,
  /** Usage error, unreadable input or internal error. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
