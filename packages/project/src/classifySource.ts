export type SourceKind = 'runbook' | 'policy' | 'standard';

/**
 * Which loader a file goes to. The folder decides first (`standards/`, `policy/` or
 * `policies/`, `runbooks/`), so a broken file still gets the right schema's diagnostics; a file
 * elsewhere is recognised by its top-level keys.
 */
export function classifySource(path: string, text: string): SourceKind {
  const segments = path.split(/[\\/]/).slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!.toLowerCase();
    if (segment === 'standards') return 'standard';
    if (segment === 'policy' || segment === 'policies') return 'policy';
    if (segment === 'runbooks') return 'runbook';
  }
  if (/^steps\s*:/m.test(text)) return 'runbook';
  if (/^clauses\s*:/m.test(text)) return 'standard';
  if (/^(rules|lifecycle|extends)\s*:/m.test(text)) return 'policy';
  return 'runbook';
}
