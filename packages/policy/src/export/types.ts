import type { Range } from '@stepwise/core';
import type { PolicyDocument } from '../types';

/** The systems a policy can be exported to (docs/policy-authors/enforcement/). */
export type ExportTarget = 'ad-default-domain' | 'ad-fine-grained' | 'entra' | 'pwquality' | 'keycloak';

export const EXPORT_TARGETS: readonly ExportTarget[] = ['ad-default-domain', 'ad-fine-grained', 'entra', 'pwquality', 'keycloak'];

/**
 * How faithfully a target enforces one setting of the policy:
 * - exact: the target refuses exactly the passwords Stepwise refuses for this setting;
 * - approximate: it enforces something close, `detail` says what changes;
 * - not-enforceable: the target has no such setting; Stepwise can only give it as guidance.
 */
export type Fidelity = 'exact' | 'approximate' | 'not-enforceable';

export interface FidelityEntry {
  /** The policy setting, as a dotted path: `rules.length.min`, `lifecycle.history`, `rules.patterns.no-year`. */
  setting: string;
  fidelity: Fidelity;
  /** What the target does instead (approximate), or why it cannot (not-enforceable). */
  detail: string;
  /** The target's own setting names that carry it (`MinPasswordLength`, `minlen`). */
  native?: string[];
  /**
   * The mapping is exact for passwords of printable ASCII, approximate beyond (the target counts
   * bytes or UTF-16 units where Stepwise counts code points). Only set with `approximate`.
   */
  exactForAscii?: boolean;
}

/** One native setting's value, as the target spells it (numbers, booleans, strings, lists of terms). */
export type NativeValue = string | number | boolean | string[];

/** A target's settings by native name, in the order the target documents them. */
export type NativeSettings = Record<string, NativeValue>;

export interface ExportFile {
  /** Suggested file name (`pwquality.conf`, `Set-PasswordPolicy.ps1`). */
  name: string;
  content: string;
}

/** What a target export returns: its settings, the files that apply them, and the fidelity report. */
export interface PolicyExport {
  target: ExportTarget;
  policyId: string;
  settings: NativeSettings;
  files: ExportFile[];
  fidelity: FidelityEntry[];
  /** What the target enforces beyond the policy (platform limits), in plain words. */
  platformNotes: string[];
}

/** Options of the exports; defaults in `resolveExportOptions`. */
export interface ExportOptions {
  /** Fine-grained password policy: its name (default "Stepwise-<policy id>"). */
  fineGrainedName?: string;
  /** Fine-grained password policy precedence, lower wins (default 10). */
  precedence?: number;
  /** Groups (or users) the fine-grained policy applies to (default none: the script leaves a placeholder). */
  appliesTo?: string[];
  /**
   * AD default domain policy: "Relax minimum password length limits" is enabled, so up to 128
   * characters can be required (Windows Server 2022 and later). Default false: at most 14.
   */
  relaxMinimumLength?: boolean;
  /** Entra: what the on-premises DC agent does with the banned list (default enforce). */
  onPremisesMode?: 'enforce' | 'audit' | 'off';
}

export type ResolvedExportOptions = Required<Omit<ExportOptions, 'fineGrainedName'>> & { fineGrainedName: string };

export function resolveExportOptions(policy: PolicyDocument, options: ExportOptions = {}): ResolvedExportOptions {
  return {
    fineGrainedName: options.fineGrainedName ?? `Stepwise-${policy.id}`,
    precedence: options.precedence ?? 10,
    appliesTo: options.appliesTo ?? [],
    relaxMinimumLength: options.relaxMinimumLength ?? false,
    onPremisesMode: options.onPremisesMode ?? 'enforce',
  };
}

/** Native settings read back from a target's own file, with where each one was found. */
export interface ParsedNative {
  settings: NativeSettings;
  /** Source range of each setting found, by native name. */
  ranges: Record<string, Range>;
}
