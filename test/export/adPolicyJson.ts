import type { NativeSettings } from '@stepwise/policy';

/**
 * What `Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json` (or Get-ADFineGrainedPasswordPolicy)
 * prints for these settings: TimeSpans as objects with Ticks and totals, as Windows PowerShell
 * 5.1 writes them. Used to read an export back for the round trip and the drift tests.
 */
export function adPolicyJson(settings: NativeSettings): string {
  const TICKS_PER_MINUTE = 600_000_000;
  const span = (minutes: number) => ({ Ticks: minutes * TICKS_PER_MINUTE, Days: Math.floor(minutes / 1440), Hours: Math.floor((minutes % 1440) / 60), Minutes: minutes % 60, TotalDays: minutes / 1440, TotalMinutes: minutes });
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (name === 'MaxPasswordAge' || name === 'MinPasswordAge') out[name] = span((value as number) * 1440);
    else if (name === 'LockoutDuration' || name === 'LockoutObservationWindow') out[name] = span(value as number);
    else out[name] = value;
  }
  return JSON.stringify(out, null, 4);
}
