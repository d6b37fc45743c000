import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHIPPED_POLICIES, shippedPresets as packagedPresets } from '@stepwise/policy';
import { shippedPresets } from '../../packages/policy/scripts/compileShippedPolicies.mjs';

describe('the shipped presets module (default parents of loadPolicy)', () => {
  it('holds policy/*.yaml as written (without examples), the same policies the package ships as files', () => {
    expect(SHIPPED_POLICIES).toEqual(shippedPresets());
    expect(SHIPPED_POLICIES.map((p) => p.id)).toContain('nist-800-63b-4-single-factor');
    expect(SHIPPED_POLICIES.every((p) => p.examples === undefined)).toBe(true);
    // The documents loadPolicy resolves against and the preset files loadProject loads are one set.
    expect(SHIPPED_POLICIES.map((p) => p.id).sort()).toEqual(packagedPresets.policies.map((f) => (parse(f.text) as { id: string }).id).sort());
  });
});
