/** One `Connect-MgGraph -Scopes …` in a command, with the scopes it asks for. */
export interface ConnectScopes {
  scopes: string[];
  /** Offset of `Connect-MgGraph` in the code. */
  offset: number;
}

const CONNECT = /\bConnect-MgGraph\b([^\r\n]*)/gi;
const SCOPES = /-Scopes?\s+((?:(?:'[^'\r\n]*'|"[^"\r\n]*"|[A-Za-z][\w.-]*)\s*,?\s*)+)/i;
const SCOPE = /'([^']*)'|"([^"]*)"|([A-Za-z][\w.-]*)/g;

/**
 * The Graph scopes each `Connect-MgGraph` line of a PowerShell command requests (the Microsoft
 * Graph PowerShell authentication reference: `-Scopes` takes a comma-separated string array).
 * A `Connect-MgGraph` without `-Scopes` asks for nothing new and is returned with no scopes.
 */
export function findConnectScopes(code: string): ConnectScopes[] {
  const out: ConnectScopes[] = [];
  for (const match of code.matchAll(CONNECT)) {
    const list = SCOPES.exec(match[1]!)?.[1] ?? '';
    const scopes = [...list.matchAll(SCOPE)].map((m) => (m[1] ?? m[2] ?? m[3])!.trim()).filter(Boolean);
    out.push({ scopes, offset: match.index });
  }
  return out;
}
