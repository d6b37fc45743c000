import type { ReactNode } from 'react';
import RunbookStepList from '@theme/RunbookStepList';
import type { RunbookPageData } from '@stepwise/docusaurus-plugin';
// Written by the plugin's contentLoaded (createData). Imported only by MDX pages that use this
// component, so other pages do not carry every runbook.
import { siteData } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  /** Runbook id. */
  id: string;
}

/** `<RunbookSteps id="..."/>` in any MDX page: the steps of one runbook. */
export default function RunbookSteps({ id }: Props): ReactNode {
  const data = siteData.runbooks[id];
  if (!data) return <div className="alert alert--danger">Unknown runbook “{id}”.</div>;
  return <RunbookStepList data={data} />;
}
