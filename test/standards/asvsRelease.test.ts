import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandard } from '@stepwise/policy';

// Numbering and levels as printed in the ASVS v5.0.0 release (OWASP/ASVS tag v5.0.0_release,
// 5.0/en/0x15-V6-Authentication.md). The earlier data had 6.2.8 at L2, 6.2.12 at L3, 6.3.6 as the
// reset notification (it is "email is not an authentication factor") and no 6.4.2-6.4.4 (issue 12).
const RELEASE: Record<string, string> = {
  'A5-6.2.1': 'L1', 'A5-6.2.4': 'L1', 'A5-6.2.5': 'L1', 'A5-6.2.6': 'L1', 'A5-6.2.7': 'L1', 'A5-6.2.8': 'L1',
  'A5-6.2.9': 'L2', 'A5-6.2.10': 'L2', 'A5-6.2.11': 'L2', 'A5-6.2.12': 'L2',
  'A5-6.3.6': 'L3', 'A5-6.3.7': 'L3',
  'A5-6.4.1': 'L1', 'A5-6.4.2': 'L1', 'A5-6.4.3': 'L2', 'A5-6.4.4': 'L2', 'A5-6.4.6': 'L3',
};

describe('OWASP ASVS 5.0.0 clause data', () => {
  const file = join(import.meta.dirname, '../../policy/standards/owasp-asvs.yaml');
  const standard = loadStandard(readFileSync(file, 'utf8'), file).standard!;
  const byId = new Map(standard.clauses.map((c) => [c.id, c]));

  it.each(Object.entries(RELEASE))('%s is at level %s', (id, level) => {
    expect(byId.get(id)?.level).toBe(level);
  });

  it('names 6.3.6 for email and 6.3.7 for the notification after a reset', () => {
    expect(byId.get('A5-6.3.6')!.summary).toMatch(/email is not used/i);
    expect(byId.get('A5-6.3.7')!.summary).toMatch(/notified after updates to authentication details/i);
  });

  it('keeps "or after they are initially used" in 6.4.1 and sets no number of hours', () => {
    const summary = byId.get('A5-6.4.1')!.summary;
    expect(summary).toMatch(/after they are initially used/);
    expect(summary).toMatch(/sets no number of hours/);
  });
});

describe('NIST SP 800-63B-4 normalisation clause', () => {
  it('follows the final text (NFC), and says the drafts differed', () => {
    const file = join(import.meta.dirname, '../../policy/standards/nist-800-63b-4.yaml');
    const norm = loadStandard(readFileSync(file, 'utf8'), file).standard!.clauses.find((c) => c.id === 'N4-norm')!;
    expect(norm.summary).toMatch(/Normalization Form Canonical Composition \(NFC\)/);
    expect(norm.summary).toMatch(/drafts said NFKC or NFKD/);
  });
});
