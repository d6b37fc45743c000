import type { EnforcementSystem, PolicyDocument } from '../types';
import { declaredSettings } from './declaredSettings';
import { exportPolicy } from './exportPolicy';
import type { ExportTarget, Fidelity, PolicyExport } from './types';

export const ENFORCEMENT_SYSTEM_TITLES: Record<EnforcementSystem, string> = {
  'ad-default-domain': 'AD default domain policy',
  'ad-fine-grained': 'AD fine-grained policy',
  'entra-cloud': 'Entra ID (cloud accounts)',
  'entra-dc-agent': 'Entra Password Protection DC agent',
  pwquality: 'pwquality (Linux)',
  keycloak: 'Keycloak',
};

/** The export each system is configured by. The DC agent enforces the banned lists of the Entra export on AD. */
const SYSTEM_TARGET: Record<EnforcementSystem, ExportTarget> = {
  'ad-default-domain': 'ad-default-domain',
  'ad-fine-grained': 'ad-fine-grained',
  'entra-cloud': 'entra',
  'entra-dc-agent': 'entra',
  pwquality: 'pwquality',
  keycloak: 'keycloak',
};

export interface EnforcementCell {
  system: EnforcementSystem;
  fidelity: Fidelity;
  detail: string;
}

export interface EnforcementRow {
  setting: string;
  cells: EnforcementCell[];
  /** No listed system enforces it, even approximately: Stepwise only as guidance. */
  guidanceOnly: boolean;
}

export interface EnforcementMatrix {
  systems: EnforcementSystem[];
  rows: EnforcementRow[];
  /** What each system enforces beyond the policy (platform limits). */
  platformNotes: { system: EnforcementSystem; notes: string[] }[];
}

/**
 * Per rule and lifecycle setting, which of the systems a policy names (`enforcement.systems`, or
 * the systems given) enforces it and how faithfully: the export fidelity of each, so the page,
 * the report and the export never disagree.
 */
export function enforcementMatrix(policy: PolicyDocument, systems: readonly EnforcementSystem[] = policy.enforcement?.systems ?? []): EnforcementMatrix {
  const exports = new Map<EnforcementSystem, PolicyExport>(systems.map((s) => [s, exportPolicy(policy, SYSTEM_TARGET[s])]));
  const rows = declaredSettings(policy).map((setting) => {
    const cells = systems.map((system): EnforcementCell => {
      const entry = exports.get(system)!.fidelity.find((e) => e.setting === setting)!;
      if (system === 'entra-dc-agent' && !/^rules\.(blocklist|context)\./.test(setting)) {
        return { system, fidelity: 'not-enforceable', detail: 'The DC agent adds only the banned-password check (global and custom lists, names) to AD; the rest comes from the AD policy.' };
      }
      return { system, fidelity: entry.fidelity, detail: entry.detail };
    });
    return { setting, cells, guidanceOnly: cells.every((c) => c.fidelity === 'not-enforceable') };
  });
  const platformNotes = systems.map((system) => ({
    system,
    notes: system === 'entra-dc-agent' ? ['Passwords are checked on the DC when they are set or changed, on top of the AD password policy (length and complexity).'] : exports.get(system)!.platformNotes,
  }));
  return { systems: [...systems], rows, platformNotes };
}
