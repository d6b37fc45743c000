import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { evaluatePassword, loadEvaluationResources, type EvaluateOptions, type PasswordEvaluation, type ResolvedPolicy } from '@stepwise/policy';

let resources: EvaluateOptions;
let shipped: ResolvedPolicy[];

beforeAll(async () => {
  resources = await loadEvaluationResources();
  shipped = loadShippedPolicies();
});

/** Any Unicode text, long by repetition (up to 100,000 code units), with a random tail. */
const hostile = fc
  .tuple(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('!', 'qwerty', '1234567890', '😀', 'é', '\u0000', ' ')), fc.integer({ min: 1, max: 100_000 }), fc.string({ unit: 'binary', maxLength: 20 }))
  .map(([unit, times, tail]) => (unit.length === 0 ? tail : unit.repeat(Math.max(1, Math.floor(Math.min(times, 100_000) / unit.length))) + tail).slice(0, 100_000));

function expectWellFormed(result: PasswordEvaluation, policy: ResolvedPolicy): void {
  expect(typeof result.ok).toBe('boolean');
  expect(result.policy).toBe(policy.id);
  expect(Number.isInteger(result.length) && result.length >= 0).toBe(true);
  expect(result.rules.length).toBeGreaterThan(0);
  for (const rule of result.rules) {
    expect(typeof rule.rule).toBe('string');
    expect(typeof rule.ok).toBe('boolean');
    expect(['error', 'warning']).toContain(rule.severity);
    expect(rule.message.length).toBeGreaterThan(0);
  }
  // ok is exactly "no error-severity rule failed".
  expect(result.ok).toBe(result.rules.every((r) => r.ok || r.severity === 'warning'));
  if (result.strength) expect([0, 1, 2, 3, 4]).toContain(result.strength.score);
  expect(Array.isArray(result.feedback.suggestions)).toBe(true);
}

describe('evaluatePassword on arbitrary Unicode up to 100,000 characters (issue 7; security reference items 5, 6 and 13)', () => {
  it('returns a well-formed result for every shipped policy and never echoes the password', () => {
    fc.assert(
      fc.property(hostile, fc.nat(), (password, pick) => {
        const policy = shipped[pick % shipped.length]!;
        const result = evaluatePassword(password, policy, { userName: 'jdoe', displayName: 'Jane Doe' }, resources);
        expectWellFormed(result, policy);
        // The whole password never appears in the result (short ones could collide with its words).
        if (password.length >= 12) expect(JSON.stringify(result)).not.toContain(JSON.stringify(password).slice(1, -1));
      }),
      { seed: 7_2026, numRuns: 60 },
    );
  });

  it('length rules see the whole password: the length reported is the full count of code points', () => {
    fc.assert(
      fc.property(hostile, (password) => {
        const policy = shipped.find((p) => p.normalization === 'none') ?? shipped[0]!;
        const result = evaluatePassword(password, policy, {}, resources);
        const normalized = policy.normalization === 'NFKC' ? password.normalize('NFKC') : policy.normalization === 'none' ? password : password.normalize('NFC');
        expect(result.length).toBe([...normalized].length);
      }),
      { seed: 7_2027, numRuns: 40 },
    );
  });
});

describe('feedback', () => {
  it('gives each piece of advice once, however many rules and the estimator give it', () => {
    const policy = shipped.find((p) => p.id === 'exchange-org')!;
    const { suggestions } = evaluatePassword('Summer2024!', policy, { userName: 'jdoe' }, resources).feedback;
    const keys = suggestions.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    expect(suggestions.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
