import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS, exportPolicy, importPolicy, loadPolicy, settingValue, type ExportTarget, type PolicyDocument, type PolicyExport } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { adPolicyJson } from './adPolicyJson';

/** The file of an export that the target itself would give back to `stepwise import`. */
function nativeFile(exported: PolicyExport): string {
  if (exported.target === 'ad-default-domain' || exported.target === 'ad-fine-grained') return adPolicyJson(exported.settings);
  return exported.files[0]!.content;
}

/** Booleans that are off compare equal to a setting left out (a rule not written is not enforced). */
const normal = (value: unknown) => (value === false ? undefined : value);

describe('export then import gives back every setting the fidelity report calls exact (or exact for ASCII)', () => {
  for (const policy of loadShippedPolicies()) {
    for (const target of EXPORT_TARGETS) {
      it(`${policy.id} via ${target}`, () => {
        const exported = exportPolicy(policy, target);
        const blacklist = exported.target === 'keycloak' ? exported.files[1]?.content : undefined;
        const imported = importPolicy(target as ExportTarget, nativeFile(exported), `${target}.native`, blacklist !== undefined ? { blacklist } : {});
        expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // The imported YAML is a valid policy.
        const reloaded = loadPolicy(imported.yaml!, 'imported.yaml');
        expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const back = reloaded.policy as PolicyDocument;
        const exact = exported.fidelity.filter((e) => (e.fidelity === 'exact' || e.exactForAscii === true) && e.native !== undefined);
        for (const entry of exact) expect(normal(settingValue(back, entry.setting)), `${entry.setting}`).toEqual(normal(settingValue(policy, entry.setting)));
      });
    }
  }
});
