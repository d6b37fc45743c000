import type { PolicyDocument } from '../types';
import { adParameters, adSettings } from './adSettings';
import { resolveExportOptions, type ExportOptions, type NativeSettings, type PolicyExport } from './types';

/**
 * The AD default domain password policy: a Set-ADDefaultDomainPasswordPolicy script
 * (https://learn.microsoft.com/en-us/powershell/module/activedirectory/set-addefaultdomainpasswordpolicy)
 * and the same settings as a secedit security template `[System Access]` section, for the
 * Default Domain Policy GPO (Microsoft Learn, "Password Policy" security policy settings).
 */
export function exportAdDefaultDomain(policy: PolicyDocument, options: ExportOptions = {}): PolicyExport {
  const resolved = resolveExportOptions(policy, options);
  const { settings, fidelity, platformNotes } = adSettings(policy, {
    maxMinLength: resolved.relaxMinimumLength ? 128 : 14,
    minLengthCap: resolved.relaxMinimumLength ? 'With "Relax minimum password length limits" the default domain policy allows at most 128.' : 'The default domain policy allows at most 14 without "Relax minimum password length limits" (Windows Server 2022); use a fine-grained policy (ad-fine-grained) or --relax-minimum-length.',
    maxHistory: 24,
  });
  const script = [
    `# Exported by Stepwise from policy ${policy.id} ${policy.version}: the AD default domain password policy.`,
    '# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.',
    'Import-Module ActiveDirectory',
    '$domain = (Get-ADDomain).DNSRoot',
    `Set-ADDefaultDomainPasswordPolicy -Identity $domain ${adParameters(settings).join(' ')}`,
    '',
  ].join('\n');
  return {
    target: 'ad-default-domain',
    policyId: policy.id,
    settings,
    files: [
      { name: 'Set-ADDefaultDomainPasswordPolicy.ps1', content: script },
      { name: 'GptTmpl.inf', content: renderSystemAccessInf(policy.id, settings, resolved.relaxMinimumLength) },
    ],
    fidelity,
    platformNotes,
  };
}

/** secedit INF names of the [System Access] section, by AD property. */
const INF_NAMES: Record<string, string> = {
  MinPasswordAge: 'MinimumPasswordAge',
  MaxPasswordAge: 'MaximumPasswordAge',
  MinPasswordLength: 'MinimumPasswordLength',
  ComplexityEnabled: 'PasswordComplexity',
  PasswordHistoryCount: 'PasswordHistorySize',
  LockoutThreshold: 'LockoutBadCount',
  LockoutObservationWindow: 'ResetLockoutCount',
  LockoutDuration: 'LockoutDuration',
  ReversibleEncryptionEnabled: 'ClearTextPassword',
};

/** A security template for `secedit /configure /db secedit.sdb /cfg GptTmpl.inf /areas SECURITYPOLICY`. */
export function renderSystemAccessInf(policyId: string, settings: NativeSettings, relax: boolean): string {
  const lines = ['[Unicode]', 'Unicode=yes', '[System Access]'];
  for (const [name, value] of Object.entries(settings)) {
    const inf = INF_NAMES[name];
    if (inf) lines.push(`${inf} = ${typeof value === 'boolean' ? (value ? 1 : 0) : value}`);
  }
  // RelaxMinimumPasswordLengthLimits is a registry-backed security option (REG_DWORD 1).
  if (relax) lines.push('[Registry Values]', 'MACHINE\\System\\CurrentControlSet\\Control\\SAM\\RelaxMinimumPasswordLengthLimits=4,1');
  lines.push('[Version]', 'signature="$CHICAGO$"', 'Revision=1', `; Exported by Stepwise from policy ${policyId}.`);
  return `${lines.join('\r\n')}\r\n`;
}
