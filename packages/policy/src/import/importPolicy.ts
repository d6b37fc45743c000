import { compareDiagnostics, type Diagnostic } from '@stepwise/core';
import type { ExportTarget } from '../export/types';
import type { PolicyDocument } from '../types';
import type { ImportCode } from './codes';
import { nativeToPolicy, readNative } from './readNative';
import { toPolicyYaml } from './toPolicyYaml';

export interface ImportOptions {
  /** Id of the new policy (default `imported-<target>`). */
  id?: string;
  /** Title (default: "Imported from <target>"). */
  title?: string;
  /** Keycloak: the text of the passwordBlacklist file, whose terms the policy string only names. */
  blacklist?: string;
}

export interface ImportedPolicy {
  /** Present unless the file could not be read at all (an error diagnostic says why). */
  document?: PolicyDocument;
  /** The document as policy YAML. */
  yaml?: string;
  diagnostics: Diagnostic<ImportCode>[];
}

const TARGET_NAMES: Record<ExportTarget, string> = {
  'ad-default-domain': 'the AD default domain password policy',
  'ad-fine-grained': 'an AD fine-grained password policy',
  entra: "Microsoft Entra ID's Password Rule Settings",
  pwquality: 'pwquality.conf',
  keycloak: 'a Keycloak realm password policy',
};

/**
 * A target's native settings (`Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json`,
 * `Get-ADFineGrainedPasswordPolicy`, the Entra settings JSON, pwquality.conf, a Keycloak policy
 * string) as a policy. Every setting without an equivalent gets a diagnostic at its line; bad
 * input gives errors with line and column, never a throw.
 */
export function importPolicy(target: ExportTarget, text: string, file: string, options: ImportOptions = {}): ImportedPolicy {
  const read = readNative(target, text, file);
  const diagnostics = [...read.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: diagnostics.sort(compareDiagnostics) };
  const mapped = nativeToPolicy(target, read.native, file, options.blacklist);
  diagnostics.push(...mapped.diagnostics);
  const document: PolicyDocument = {
    id: options.id ?? `imported-${target}`,
    title: options.title ?? `Imported from ${TARGET_NAMES[target]}`,
    version: '0.1.0',
    summary: `The settings of ${TARGET_NAMES[target]} (${file}), imported by stepwise import. Review the rationale and clauses before use.`,
    ...(Object.keys(mapped.rules).length > 0 ? { rules: mapped.rules } : {}),
    ...(Object.keys(mapped.lifecycle).length > 0 ? { lifecycle: mapped.lifecycle } : {}),
  };
  return { document, yaml: toPolicyYaml(document), diagnostics: diagnostics.sort(compareDiagnostics) };
}
