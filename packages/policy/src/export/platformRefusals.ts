import { codePointLength, normalizePassword } from '../evaluate/normalizePassword';
import { checkComposition } from '../rules/checkComposition';
import { checkContext } from '../rules/checkContext';
import type { EnforcementSystem, PasswordContext, PolicyDocument } from '../types';
import { AD_MAX_PASSWORD_LENGTH } from './adSettings';
import { exportPolicy } from './exportPolicy';
import { ENFORCEMENT_SYSTEM_TITLES } from './enforcementMatrix';
import { ENTRA_MAX_LENGTH, ENTRA_MIN_LENGTH } from './exportEntra';

export interface PlatformRefusal {
  system: EnforcementSystem;
  title: string;
  /** Why the system refuses the password. Never the password. */
  reasons: string[];
  /** Set when the refusal depends on how the system is configured (for example AD complexity left on). */
  condition?: string;
}

/**
 * What the systems a policy is enforced by refuse whatever the policy says: Entra's fixed rules
 * for cloud accounts (8 to 256 printable ASCII characters, 3 of 4 classes; Microsoft Learn,
 * concept-sspr-policy), AD's 256-character limit and its complexity when the policy's export
 * does not turn it off or it is left on (on by default), libpwquality's palindrome check. A
 * password the policy accepts may still be refused there (issue 12: an all-lowercase passphrase).
 */
export function platformRefusals(password: string, policy: PolicyDocument, context: PasswordContext = {}, systems: readonly EnforcementSystem[] = policy.enforcement?.systems ?? []): PlatformRefusal[] {
  const normalized = normalizePassword(password, policy.normalization ?? 'NFC');
  const length = codePointLength(normalized);
  const out: PlatformRefusal[] = [];
  for (const system of systems) {
    const reasons: string[] = [];
    let condition: string | undefined;
    if (system === 'entra-cloud') {
      if (length < ENTRA_MIN_LENGTH) reasons.push(`Entra requires at least ${ENTRA_MIN_LENGTH} characters.`);
      if (length > ENTRA_MAX_LENGTH) reasons.push(`Entra accepts at most ${ENTRA_MAX_LENGTH} characters.`);
      const composition = checkComposition(normalized, { classes: 'ascii', minClasses: 3, allowed: 'printable-ascii' });
      if (!composition.ok) reasons.push(`Entra complexity: ${composition.message}`);
    }
    if (system === 'ad-default-domain' || system === 'ad-fine-grained') {
      if (length > AD_MAX_PASSWORD_LENGTH) reasons.push(`AD accepts at most ${AD_MAX_PASSWORD_LENGTH} characters.`);
      const complexity = [checkComposition(normalized, { classes: 'ad', minClasses: 3 }), checkContext(normalized, context, { accountName: true, displayName: true })].filter((r) => !r.ok);
      if (complexity.length > 0) {
        reasons.push(...complexity.map((r) => `AD complexity: ${r.message}`));
        if (exportPolicy(policy, system).settings.ComplexityEnabled === false) condition = 'if "Password must meet complexity requirements" is on (the AD default; this policy\'s export turns it off)';
      }
    }
    if (system === 'pwquality') {
      const lower = normalized.toLowerCase();
      if (lower.length > 0 && lower === [...lower].reverse().join('')) reasons.push('pwquality always refuses palindromes.');
    }
    if (reasons.length > 0) out.push({ system, title: ENFORCEMENT_SYSTEM_TITLES[system], reasons, ...(condition ? { condition } : {}) });
  }
  return out;
}
