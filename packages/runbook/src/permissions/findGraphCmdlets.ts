import graphCmdlets from '../../catalog/graph-cmdlets.json';

/** A Microsoft Graph PowerShell cmdlet and the scopes it needs: alternatives, each a set needed together. */
export interface GraphCmdlet {
  name: string;
  scopes: string[][];
  url: string;
}

/** The catalogued cmdlets (packages/runbook/catalog/graph-cmdlets.json), by name in lower case. */
export const graphCmdletCatalog: ReadonlyMap<string, GraphCmdlet> = new Map(graphCmdlets.cmdlets.map((c) => [c.name.toLowerCase(), c]));

const CMDLET = /\b[A-Z][a-z]+-Mg[A-Za-z0-9]+\b/g;

/** The catalogued Graph cmdlets a PowerShell command runs, ignoring `#` comment lines (PowerShell cmdlet names are case-insensitive). */
export function findGraphCmdlets(code: string): GraphCmdlet[] {
  const found = new Map<string, GraphCmdlet>();
  for (const line of code.split('\n')) {
    const live = line.replace(/#.*$/, '');
    for (const match of live.matchAll(CMDLET)) {
      const cmdlet = graphCmdletCatalog.get(match[0].toLowerCase());
      if (cmdlet) found.set(cmdlet.name, cmdlet);
    }
  }
  return [...found.values()];
}
