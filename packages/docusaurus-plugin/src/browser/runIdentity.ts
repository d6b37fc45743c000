import type { FieldValue, Runbook } from '@stepwise/runbook';

/** What a run is about, read from its inputs: shown wherever runs must be told apart. */
export interface RunIdentity {
  ticket?: string;
  account?: string;
  displayName?: string;
  organization?: string;
}

/**
 * The inputs the runbook marks with `identifies` (issue 14 item 4). A runbook written before the
 * mark existed still names its run: an input with id `ticket`, and its first e-mail input as the
 * account.
 */
export function runIdentity(runbook: Runbook, inputs: Readonly<Record<string, FieldValue>>): RunIdentity {
  const fields = runbook.inputs ?? [];
  const text = (id: string | undefined): string | undefined => {
    const value = id === undefined ? undefined : inputs[id];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const marked = (mark: string) => fields.find((f) => f.identifies === mark)?.id;
  const identity: RunIdentity = {};
  const ticket = text(marked('ticket') ?? fields.find((f) => f.id === 'ticket')?.id);
  const account = text(marked('account') ?? fields.find((f) => f.type === 'email')?.id);
  const displayName = text(marked('display-name'));
  const organization = text(marked('organization'));
  if (ticket) identity.ticket = ticket;
  if (account) identity.account = account;
  if (displayName) identity.displayName = displayName;
  if (organization) identity.organization = organization;
  return identity;
}

/** "INC-0041873 · ana.lopez@example.org", or undefined when the run names neither. */
export function runLabel(identity: RunIdentity): string | undefined {
  const parts = [identity.ticket, identity.account].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A file-name-safe base for exports: runbook, ticket and run id (`exchange-password-reset-INC-0041873-<run>`). */
export function exportBaseName(runbookId: string, identity: RunIdentity, runId: string): string {
  const ticket = identity.ticket?.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return [runbookId, ticket, runId].filter(Boolean).join('-');
}
