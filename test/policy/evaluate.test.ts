import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { evaluatePassword, evaluatePasswordAsync, loadDefaultEstimator, loadEvaluationResources, type EvaluateOptions, type ResolvedPolicy } from '@stepwise/policy';

let resources: EvaluateOptions;
let shipped: ResolvedPolicy[];
beforeAll(async () => {
  resources = await loadEvaluationResources();
  shipped = loadShippedPolicies();
});

describe('privacy: the result never contains the password', () => {
  it('for a sentinel against every shipped policy, with context', () => {
    const sentinel = 'S3ntinel-Value';
    for (const policy of shipped) {
      const result = evaluatePassword(sentinel, policy, { displayName: 'Erin M. Hagens', organization: 'Contoso', userName: 'ehagens' }, resources);
      const text = JSON.stringify(result);
      expect(text).not.toContain('S3ntinel');
      expect(text.toLowerCase()).not.toContain('sentinel');
    }
  });

  it('for arbitrary passwords (property)', () => {
    // Framed with a character no message uses, so a password that happens to be a word of the
    // result's own vocabulary ("length") does not count as a leak.
    const policy = shipped.find((p) => p.id === 'entra-default')!;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).map((s) => `§${s}§`), (password) => {
        const result = evaluatePassword(password, policy, {}, resources);
        return !JSON.stringify(result).includes(JSON.stringify(password).slice(1, -1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the estimator (security reference item 5)', () => {
  it('loads lazily, once, and scores like zxcvbn on familiar cases', async () => {
    const a = await loadDefaultEstimator();
    expect(await loadDefaultEstimator()).toBe(a);
    expect(a.estimate('password', []).score).toBe(0);
    expect(a.estimate('correcthorsebatterystaple', []).score).toBe(4);
    expect(a.estimate('qwertyuiop', []).feedback.warning).toBeDefined();
    expect(a.estimate('ehagens2024', ['ehagens']).guessesLog10).toBeLessThan(a.estimate('ehagens2024', []).guessesLog10);
  });

  it('sees at most 256 code points, and counts the rest conservatively', () => {
    const policy = shipped.find((p) => p.id === 'nist-800-63b-4-single-factor')!;
    const repeated = evaluatePassword('a'.repeat(100_000), policy, {}, resources);
    expect(repeated.length).toBe(100_000);
    expect(repeated.strength).toMatchObject({ estimated: 256, beyondWindow: 99_744 });
    expect(repeated.strength!.score).toBeLessThan(4);
    const head = 'correct horse battery staple '.repeat(9).slice(0, 256);
    const tail = 'x8#Lq2!vZ0pR7@mN';
    const withTail = evaluatePassword(head + tail, policy, {}, resources).strength!;
    const headOnly = evaluatePassword(head, policy, {}, resources).strength!;
    expect(withTail.guessesLog10).toBeGreaterThan(headOnly.guessesLog10 + tail.length - 3);
  });

  it('stays bounded on long hostile input (property: always returns, every rule reported)', () => {
    const policy = shipped.find((p) => p.id === 'ad-default')!;
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 1, max: 50 }), (unit, times) => {
        const result = evaluatePassword(unit.repeat(times), policy, {}, resources);
        return result.rules.length === Object.keys(policy.rules ?? {}).length;
      }),
      { numRuns: 30 },
    );
  });

  it('evaluatePasswordAsync loads what it needs', async () => {
    const policy = shipped.find((p) => p.id === 'exchange-org')!;
    const result = await evaluatePasswordAsync('Granite-Lantern-Orbit-42', policy);
    expect(result.strength?.score).toBeGreaterThanOrEqual(3);
  });
});
