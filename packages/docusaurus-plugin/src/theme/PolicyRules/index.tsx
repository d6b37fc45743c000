import type { ReactNode } from 'react';
import PolicyRuleTable from '@theme/PolicyRuleTable';
import type { PolicyPageData } from '@stepwise/docusaurus-plugin';
// Written by the plugin's contentLoaded (createData); bundled only into MDX pages that use it.
import { siteData } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  /** Policy id. */
  id: string;
}

/** `<PolicyRules id="..."/>` in any MDX page: the rules and lifecycle settings of one policy. */
export default function PolicyRules({ id }: Props): ReactNode {
  const data = siteData.policies[id];
  if (!data) return <div className="alert alert--danger">Unknown policy “{id}”.</div>;
  return <PolicyRuleTable rules={[...data.rules, ...data.lifecycle]} policy={data.policy.id} clauses={data.clauses} routes={data.routes} />;
}
