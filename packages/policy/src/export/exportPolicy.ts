import type { PolicyDocument } from '../types';
import { exportAdDefaultDomain } from './exportAdDefaultDomain';
import { exportAdFineGrained } from './exportAdFineGrained';
import { exportEntra } from './exportEntra';
import { exportKeycloak } from './exportKeycloak';
import { exportPwquality } from './exportPwquality';
import type { ExportOptions, ExportTarget, PolicyExport } from './types';

const EXPORTERS: Record<ExportTarget, (policy: PolicyDocument, options: ExportOptions) => PolicyExport> = {
  'ad-default-domain': exportAdDefaultDomain,
  'ad-fine-grained': exportAdFineGrained,
  entra: exportEntra,
  pwquality: exportPwquality,
  keycloak: exportKeycloak,
};

/**
 * A resolved policy as the settings of one enforcing system, the files that apply them, and a
 * fidelity report for every rule and lifecycle setting. Pure: the caller writes the files.
 */
export function exportPolicy(policy: PolicyDocument, target: ExportTarget, options: ExportOptions = {}): PolicyExport {
  return EXPORTERS[target](policy, options);
}
