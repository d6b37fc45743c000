import type { ReactNode } from 'react';

export interface Props {
  /** Policy id. */
  policy: string;
}

/**
 * Slot for the live password checker (issue 6). It renders nothing until then, so that policy
 * pages and `/checker` already mount `<PolicyChecker policy=…/>` where it will live.
 */
export default function PolicyChecker(_props: Props): ReactNode {
  return null;
}
