import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { evaluatePassword, generatePassword, loadEvaluationResources, randomIndex, type EvaluateOptions, type ResolvedPolicy } from '@stepwise/policy';

let resources: EvaluateOptions;
let shipped: ResolvedPolicy[];
beforeAll(async () => {
  resources = await loadEvaluationResources();
  shipped = loadShippedPolicies();
  expect(shipped.length).toBeGreaterThanOrEqual(9);
});

/** A seeded byte source, so fast-check can shrink; the CLI passes node:crypto randomBytes. */
const seeded = (seed: number) => {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    const out = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[k] = s & 0xff;
    }
    return out;
  };
};

describe('generatePassword', () => {
  it('always passes the policy it was generated for (property, every shipped policy, both kinds)', async () => {
    for (const policy of shipped) {
      for (const kind of ['passphrase', 'random'] as const) {
        await fc.assert(
          fc.asyncProperty(fc.integer(), async (seed) => {
            const generated = await generatePassword(policy, { kind, random: seeded(seed), ...resources });
            return evaluatePassword(generated.password, policy, {}, resources).ok;
          }),
          { numRuns: 8 },
        );
      }
    }
  });

  it('uses the random source given, and honours length and words', async () => {
    const policy = shipped.find((p) => p.id === 'nist-800-63b-4-single-factor')!;
    const a = await generatePassword(policy, { kind: 'random', length: 24, random: seeded(7), ...resources });
    const b = await generatePassword(policy, { kind: 'random', length: 24, random: seeded(7), ...resources });
    expect(a.password).toBe(b.password);
    expect([...a.password]).toHaveLength(24);
    const phrase = await generatePassword(policy, { kind: 'passphrase', words: 6, random: (n) => randomBytes(n), ...resources });
    expect(phrase.password.split('-').length).toBeGreaterThanOrEqual(6);
    expect(phrase.entropyBits).toBeGreaterThan(70);
  });

  it('gives up with an explanation when the policy cannot be met', async () => {
    const impossible = { id: 'impossible', title: 'I', version: '1.0.0', summary: 's', rules: { patterns: [{ id: 'never', description: 'Must be only digits.', pattern: '^[0-9]+$', mode: 'require' as const }] } };
    await expect(generatePassword(impossible, { kind: 'random', random: seeded(1), maxAttempts: 5 })).rejects.toThrow(/pattern:never \(5\)/);
  });
});

describe('randomIndex', () => {
  it('is unbiased: rejection sampling discards the top remainder', () => {
    // With n = 3, 2^32 mod 3 = 1, so 0xFFFFFFFF must be rejected and the next draw used.
    const draws = [new Uint8Array([255, 255, 255, 255]), new Uint8Array([0, 0, 0, 5])];
    expect(randomIndex(3, () => draws.shift()!)).toBe(2);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let k = 0; k < 6000; k++) counts[randomIndex(6, (n) => randomBytes(n))]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});
