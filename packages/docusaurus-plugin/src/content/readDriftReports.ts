import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readDriftRecord } from '@stepwise/policy';
import type { DriftView } from './types';

/** Committed drift reports are small JSON files; anything larger is not one. */
const MAX_REPORT_SIZE = 1024 * 1024;

/**
 * Reads the drift reports (`stepwise drift --format json --out enforcement/<name>.json`) under a
 * folder of the site, recursively. A missing folder is no reports; a file that is not a report,
 * or names a policy the site does not have, is a problem to print, not a failed build.
 */
export function readDriftReports(siteDir: string, folder: string, policyIds: ReadonlySet<string>): { reports: DriftView[]; problems: string[] } {
  const reports: DriftView[] = [];
  const problems: string[] = [];
  const root = resolve(siteDir, folder);
  const visit = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const stat = statSync(path);
      if (stat.isDirectory()) visit(path);
      if (!stat.isFile() || !entry.endsWith('.json')) continue;
      const file = relative(siteDir, path).split(sep).join('/');
      if (stat.size > MAX_REPORT_SIZE) {
        problems.push(`${file}: over 1 MiB, not a drift report`);
        continue;
      }
      const read = readDriftRecord(readFileSync(path, 'utf8'));
      if ('problem' in read) {
        problems.push(`${file}: ${read.problem}`);
        continue;
      }
      const r = read.record;
      if (!policyIds.has(r.policyId)) problems.push(`${file}: names policy "${r.policyId}", which the site does not have`);
      const show = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? `${v.length} terms` : String(v));
      reports.push({
        policyId: r.policyId,
        target: r.target,
        file,
        source: r.source,
        date: r.date,
        inSync: r.inSync,
        summary: r.summary,
        differences: r.entries.filter((e) => e.verdict === 'drift' || e.verdict === 'missing').map((e) => ({ setting: e.setting, ...(show(e.declared) !== undefined ? { declared: show(e.declared)! } : {}), ...(show(e.enforced) !== undefined ? { enforced: show(e.enforced)! } : {}), verdict: e.verdict })),
      });
    }
  };
  visit(root);
  reports.sort((a, b) => a.policyId.localeCompare(b.policyId) || a.target.localeCompare(b.target) || b.date.localeCompare(a.date));
  return { reports, problems };
}
