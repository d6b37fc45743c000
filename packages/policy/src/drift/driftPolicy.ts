import type { Diagnostic } from '@stepwise/core';
import { exportPolicy } from '../export/exportPolicy';
import type { ExportOptions, ExportTarget, NativeValue } from '../export/types';
import type { ImportCode } from '../import/codes';
import { readNative } from '../import/readNative';
import type { PolicyDocument } from '../types';

/**
 * - match: the target enforces what the policy declares;
 * - drift: it enforces another value;
 * - missing: the policy's export sets it, the target's file does not have it;
 * - undeclared: the target has it, the policy's export does not set it (not drift: shown so an
 *   auditor sees everything the target enforces).
 */
export type DriftVerdict = 'match' | 'drift' | 'missing' | 'undeclared';

export interface DriftEntry {
  /** The target's setting name. */
  setting: string;
  declared?: NativeValue;
  enforced?: NativeValue;
  verdict: DriftVerdict;
}

export interface DriftReport {
  policyId: string;
  target: ExportTarget;
  /** The file the enforced settings were read from. */
  source: string;
  entries: DriftEntry[];
  /** True when no entry drifts or is missing and the file could be read. */
  inSync: boolean;
  summary: Record<DriftVerdict, number>;
  diagnostics: Diagnostic<ImportCode>[];
}

/**
 * Compares what a policy exports to a target with what the target's own file says it enforces,
 * setting by setting. Lists of terms compare as sets, case-insensitively.
 */
export function driftPolicy(policy: PolicyDocument, target: ExportTarget, text: string, file: string, options: ExportOptions = {}): DriftReport {
  const declared = exportPolicy(policy, target, options).settings;
  const read = readNative(target, text, file);
  const enforced = read.native.settings;
  const readable = !read.diagnostics.some((d) => d.severity === 'error');
  const names = [...new Set([...Object.keys(declared), ...(readable ? Object.keys(enforced) : [])])];
  const entries: DriftEntry[] = readable
    ? names.map((setting) => {
        const d = declared[setting];
        const e = enforced[setting];
        const verdict: DriftVerdict = d === undefined ? 'undeclared' : e === undefined ? 'missing' : sameValue(d, e) ? 'match' : 'drift';
        return { setting, ...(d !== undefined ? { declared: d } : {}), ...(e !== undefined ? { enforced: e } : {}), verdict };
      })
    : [];
  const summary: Record<DriftVerdict, number> = { match: 0, drift: 0, missing: 0, undeclared: 0 };
  for (const e of entries) summary[e.verdict]++;
  return { policyId: policy.id, target, source: file, entries, inSync: readable && summary.drift === 0 && summary.missing === 0, summary, diagnostics: read.diagnostics };
}

function sameValue(a: NativeValue, b: NativeValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const set = (v: NativeValue) => [...new Set((Array.isArray(v) ? v : [String(v)]).map((t) => t.toLowerCase()))].sort().join('\n');
    return set(a) === set(b);
  }
  // pwquality writes flags as 0/1.
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b);
  return a === b;
}
