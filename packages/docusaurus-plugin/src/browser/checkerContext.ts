import type { PasswordContext } from '@stepwise/policy';
import type { RunIdentity } from './runIdentity';

/**
 * The account a run is about, as the password checker's context (issue 14 item 11): the
 * account's e-mail and user name, its display name, and the organisation (marked in the
 * runbook, else the e-mail domain's first label: `contoso` for `ana@contoso.com`, so
 * `Contoso2024!` is judged as the context rule and the estimator judge it for that account).
 */
export function checkerContext(identity: RunIdentity): PasswordContext {
  const context: PasswordContext = {};
  const account = identity.account;
  if (account) {
    if (account.includes('@')) {
      context.email = account;
      context.userName = account.split('@')[0]!;
    } else context.userName = account;
  }
  if (identity.displayName) context.displayName = identity.displayName;
  const domain = account?.includes('@') ? account.split('@')[1]?.split('.')[0] : undefined;
  const organization = identity.organization ?? domain;
  if (organization) context.organization = organization;
  return context;
}
