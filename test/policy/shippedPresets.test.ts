import { describe, expect, it } from 'vitest';
import { SHIPPED_POLICIES } from '@stepwise/policy';
import { shippedPresets } from '../../packages/policy/scripts/compileShippedPolicies.mjs';

describe('the shipped presets module (default parents of loadPolicy)', () => {
  it('is current with policy/*.yaml: run node packages/policy/scripts/compileShippedPolicies.mjs after editing a policy', () => {
    expect(SHIPPED_POLICIES).toEqual(shippedPresets());
    expect(SHIPPED_POLICIES.map((p) => p.id)).toContain('nist-800-63b-4-single-factor');
    expect(SHIPPED_POLICIES.every((p) => p.examples === undefined)).toBe(true);
  });
});
