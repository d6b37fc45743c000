import { describe, expect, it } from 'vitest';
import { findConflicts, unresolvedConflictReferences, type StandardConflict } from '@stepwise/policy';
import { shippedStandards } from './loadShipped';

const standards = shippedStandards();
const conflicts = findConflicts(standards);

function between(x: string, y: string): StandardConflict | undefined {
  return conflicts.find((c) => (c.a.clauseId === x && c.b.clauseId === y) || (c.a.clauseId === y && c.b.clauseId === x));
}

describe('findConflicts', () => {
  it('finds composition conflicts: NIST and ASVS against PCI DSS, CIS, AD and Entra', () => {
    for (const forbids of ['N4-3.1.1.2-5', 'A5-6.2.5']) {
      for (const requires of ['PCI-8.3.6', 'CIS-W-1.1.5', 'AD-complexity', 'EN-classes']) {
        expect(between(forbids, requires), `${forbids} x ${requires}`).toMatchObject({ kind: 'exclusive' });
      }
    }
    expect(between('N4-3.1.1.2-5', 'PCI-8.3.6')?.explanation).toMatch(/letters and digits/);
  });

  it('finds rotation conflicts: NIST and ASVS against PCI DSS 8.3.9, CIS and the AD default', () => {
    for (const forbids of ['N4-3.1.1.2-6', 'A5-6.2.10']) {
      for (const requires of ['PCI-8.3.9', 'CIS-W-1.1.2', 'AD-default-maxage']) {
        expect(between(forbids, requires), `${forbids} x ${requires}`).toMatchObject({ kind: 'exclusive' });
      }
    }
  });

  it('finds the Entra temporary password against ASVS 6.4.1 and PCI DSS 8.3.5', () => {
    expect(between('EN-temp-password', 'A5-6.4.1')).toMatchObject({ kind: 'exclusive', a: { standardId: 'microsoft-entra' }, b: { standardId: 'owasp-asvs' } });
    expect(between('EN-temp-password', 'PCI-8.3.5')).toMatchObject({ kind: 'tension' });
  });

  it('lists each pair once even when both standards declare it', () => {
    const keys = conflicts.map((c) => [c.a.clauseId, c.b.clauseId].sort().join(' x '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(conflicts).toHaveLength(17);
  });

  it('has no conflict naming a clause that no standard defines', () => {
    expect(unresolvedConflictReferences(standards)).toEqual([]);
    expect(unresolvedConflictReferences(standards.filter((s) => s.id !== 'pci-dss-4')).map((r) => r.reference)).toContain('PCI-8.3.6');
  });
});
