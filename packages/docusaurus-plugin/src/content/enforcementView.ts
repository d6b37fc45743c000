import { ENFORCEMENT_SYSTEM_TITLES, enforcementMatrix, EXPORT_TARGETS, exportPolicy, type PolicyDocument } from '@stepwise/policy';
import type { EnforcementView } from './types';

const TARGET_TITLES: Record<string, string> = {
  'ad-default-domain': 'AD default domain policy',
  'ad-fine-grained': 'AD fine-grained policy',
  entra: 'Microsoft Entra ID',
  pwquality: 'pwquality (Linux)',
  keycloak: 'Keycloak',
};

/** The policy page's "where this policy can be enforced": the engine's export fidelity per target, and the matrix of its own systems. */
export function enforcementView(policy: PolicyDocument): EnforcementView {
  const targets = EXPORT_TARGETS.map((target) => {
    const exported = exportPolicy(policy, target);
    const count = (f: string) => exported.fidelity.filter((e) => e.fidelity === f).length;
    return {
      target,
      title: TARGET_TITLES[target] ?? target,
      counts: { exact: count('exact'), approximate: count('approximate'), notEnforceable: count('not-enforceable') },
      entries: exported.fidelity.map((e) => ({ setting: e.setting, fidelity: e.fidelity, detail: e.detail })),
      notes: exported.platformNotes,
    };
  });
  const view: EnforcementView = { targets };
  if (policy.enforcement) {
    const matrix = enforcementMatrix(policy);
    view.systems = {
      titles: matrix.systems.map((s) => ENFORCEMENT_SYSTEM_TITLES[s]),
      rows: matrix.rows.map((r) => ({ setting: r.setting, cells: r.cells.map((c) => ({ fidelity: c.fidelity, detail: c.detail })), guidanceOnly: r.guidanceOnly })),
      ...(policy.enforcement.notes ? { notes: policy.enforcement.notes } : {}),
    };
  }
  return view;
}
