import type { PolicyDocument } from '../types';
import { adParameters, adSettings, psQuote } from './adSettings';
import { resolveExportOptions, type ExportOptions, type PolicyExport } from './types';

/**
 * An AD fine-grained password policy (a Password Settings Object): New-ADFineGrainedPasswordPolicy
 * with its precedence, then Add-ADFineGrainedPasswordPolicySubject for the groups it applies to
 * (Microsoft Learn, ActiveDirectory module reference). Fine-grained policies are not Group Policy,
 * so there is no secedit form.
 */
export function exportAdFineGrained(policy: PolicyDocument, options: ExportOptions = {}): PolicyExport {
  const resolved = resolveExportOptions(policy, options);
  const { settings: own, fidelity, platformNotes } = adSettings(policy, { maxMinLength: 255, minLengthCap: 'A fine-grained policy allows at most 255.', maxHistory: 1024 });
  // Name, precedence and subjects are deployment: part of the settings (and so of drift) only when given.
  const settings = {
    ...(options.fineGrainedName !== undefined ? { Name: options.fineGrainedName } : {}),
    ...(options.precedence !== undefined ? { Precedence: options.precedence } : {}),
    ...own,
    ...(options.appliesTo !== undefined ? { AppliesTo: options.appliesTo } : {}),
  };
  const subjects = resolved.appliesTo.length > 0 ? resolved.appliesTo.map(psQuote).join(',') : "'<group sAMAccountName>'";
  const script = [
    `# Exported by Stepwise from policy ${policy.id} ${policy.version}: an AD fine-grained password policy.`,
    '# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).',
    '# Precedence: the lowest value wins when several policies apply to a user.',
    'Import-Module ActiveDirectory',
    `New-ADFineGrainedPasswordPolicy -Name ${psQuote(resolved.fineGrainedName)} -Precedence ${resolved.precedence} ${adParameters(own).join(' ')}`,
    `Add-ADFineGrainedPasswordPolicySubject -Identity ${psQuote(resolved.fineGrainedName)} -Subjects ${subjects}`,
    '',
  ].join('\n');
  return { target: 'ad-fine-grained', policyId: policy.id, settings, files: [{ name: 'New-ADFineGrainedPasswordPolicy.ps1', content: script }], fidelity, platformNotes };
}
