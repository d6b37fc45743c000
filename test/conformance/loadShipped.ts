import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, loadStandard, resolvePolicies, type PolicySource, type ResolvedPolicy, type Standard } from '@stepwise/policy';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/standards');

/** The shipped standards, each loaded clean (the standards tests check that). */
export function shippedStandards(): Standard[] {
  const dir = join(ROOT, 'policy/standards');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const loaded = loadStandard(readFileSync(join(dir, f), 'utf8'), `policy/standards/${f}`);
      if (!loaded.standard) throw new Error(`${f}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
      return loaded.standard;
    });
}

/** Policy files of a folder, loaded and with `extends` resolved by the engine. */
export function policiesIn(dir: string, extra: readonly PolicySource[] = []): Map<string, ResolvedPolicy> {
  const sources: PolicySource[] = [...extra];
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
    const loaded = loadPolicy(readFileSync(join(dir, f), 'utf8'), f, { resolve: false });
    if (!loaded.document) throw new Error(`${f}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
    sources.push({ policy: loaded.document, file: f, parsed: loaded.parsed });
  }
  const { policies, diagnostics } = resolvePolicies(sources);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return policies;
}

export function shippedPolicies(): Map<string, ResolvedPolicy> {
  return policiesIn(join(ROOT, 'policy'));
}
