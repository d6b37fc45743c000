import type { SequenceMatch } from './match';

const MAX_DELTA = 5;

/** Runs of code units with a constant step of at most 5 (abc, 6543, acegi), as zxcvbn's sequence_match. */
export function matchSequence(password: string): SequenceMatch[] {
  const out: SequenceMatch[] = [];
  if (password.length === 1) return out;
  const push = (i: number, j: number, delta: number) => {
    if (j - i > 1 || Math.abs(delta) === 1) {
      if (delta !== 0 && Math.abs(delta) <= MAX_DELTA) out.push({ pattern: 'sequence', i, j, first: password[i]!, ascending: delta > 0 });
    }
  };
  let i = 0;
  let lastDelta: number | null = null;
  for (let k = 1; k < password.length; k++) {
    const delta = password.charCodeAt(k) - password.charCodeAt(k - 1);
    if (lastDelta === null) lastDelta = delta;
    if (delta === lastDelta) continue;
    push(i, k - 1, lastDelta);
    i = k - 1;
    lastDelta = delta;
  }
  push(i, password.length - 1, lastDelta ?? 0);
  return out;
}
