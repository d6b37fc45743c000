/// <reference types="@docusaurus/module-type-aliases" />
/// <reference types="@docusaurus/theme-classic" />
/**
 * Types of the theme components this plugin provides. Every component is usable from any MDX
 * page (`import RunbookSteps from '@theme/RunbookSteps'`) and can be swizzled.
 */

declare module '@theme/SafeMarkdown' {
  import type { ReactNode } from 'react';
  export interface Props {
    children: string;
    inline?: boolean;
    className?: string;
  }
  export default function SafeMarkdown(props: Props): ReactNode;
}

declare module '@theme/OutcomeBadge' {
  import type { ReactNode } from 'react';
  import type { Outcome } from '@stepwise/docusaurus-plugin';
  export interface Props {
    outcome: Outcome;
    children?: ReactNode;
    title?: string;
  }
  export default function OutcomeBadge(props: Props): ReactNode;
}

declare module '@theme/ClauseLink' {
  import type { ReactNode } from 'react';
  import type { ClauseRef } from '@stepwise/docusaurus-plugin';
  export interface Props {
    clause: ClauseRef;
    standardsPath: string;
  }
  export default function ClauseLink(props: Props): ReactNode;
}

declare module '@theme/CommandBlock' {
  import type { ReactNode } from 'react';
  import type { Command } from '@stepwise/runbook';
  export interface Props {
    command: Command;
  }
  export default function CommandBlock(props: Props): ReactNode;
}

declare module '@theme/StepCard' {
  import type { ReactNode } from 'react';
  import type { Field, Runbook, Step } from '@stepwise/runbook';
  import type { ClauseRef, RoutePaths } from '@stepwise/docusaurus-plugin';
  export interface Props {
    step: Step;
    index: number;
    runbook: Runbook;
    clauses: Record<string, ClauseRef>;
    ruleClauses: Record<string, string[]>;
    policy?: string;
    routes: RoutePaths;
  }
  export function FieldTable(props: { fields: Field[] }): ReactNode;
  export default function StepCard(props: Props): ReactNode;
}

declare module '@theme/RunbookStepList' {
  import type { ReactNode } from 'react';
  import type { RunbookPageData } from '@stepwise/docusaurus-plugin';
  export interface Props {
    data: RunbookPageData;
  }
  export default function RunbookStepList(props: Props): ReactNode;
}

declare module '@theme/RunbookSteps' {
  import type { ReactNode } from 'react';
  export interface Props {
    id: string;
  }
  export default function RunbookSteps(props: Props): ReactNode;
}

declare module '@theme/PolicyRules' {
  import type { ReactNode } from 'react';
  export interface Props {
    id: string;
  }
  export default function PolicyRules(props: Props): ReactNode;
}

declare module '@theme/PolicyRuleTable' {
  import type { ReactNode } from 'react';
  import type { RoutePaths, RuleView, ClauseRef } from '@stepwise/docusaurus-plugin';
  export interface Props {
    rules: RuleView[];
    policy: string;
    clauses: Record<string, ClauseRef>;
    routes: RoutePaths;
  }
  export default function PolicyRuleTable(props: Props): ReactNode;
}

declare module '@theme/Checklist' {
  import type { ReactNode } from 'react';
  import type { Runbook } from '@stepwise/runbook';
  export interface Props {
    runbook: string;
    data?: Runbook;
    title?: string;
  }
  export default function Checklist(props: Props): ReactNode;
}

declare module '@theme/PolicyChecker' {
  import type { ReactNode } from 'react';
  import type { PasswordContext } from '@stepwise/policy';
  export interface Props {
    policy: string;
    selectable?: boolean;
    comparable?: boolean;
    title?: string;
    context?: PasswordContext;
  }
  export default function PolicyChecker(props: Props): ReactNode;
}

declare module '@theme/PasswordGenerator' {
  import type { ReactNode } from 'react';
  import type { PasswordContext } from '@stepwise/policy';
  export interface Props {
    policy: string;
    context?: PasswordContext;
  }
  export default function PasswordGenerator(props: Props): ReactNode;
}

declare module '@theme/RunChecklistPage' {
  import type { ReactNode } from 'react';
  import type { RunChecklistRouteProps } from '@stepwise/docusaurus-plugin';
  export default function RunChecklistPage(props: RunChecklistRouteProps): ReactNode;
}

declare module '@theme/VerifyRecordPage' {
  import type { ReactNode } from 'react';
  import type { VerifyRouteProps } from '@stepwise/docusaurus-plugin';
  export default function VerifyRecordPage(props: VerifyRouteProps): ReactNode;
}

declare module '@theme/PageHeader' {
  import type { ReactNode } from 'react';
  export interface Props {
    section: { title: string; to: string };
    title: string;
    kicker?: ReactNode;
    children?: ReactNode;
  }
  export default function PageHeader(props: Props): ReactNode;
}

declare module '@theme/SourceFooter' {
  import type { ReactNode } from 'react';
  import type { SourceInfo } from '@stepwise/docusaurus-plugin';
  export interface Props {
    source: SourceInfo;
  }
  export default function SourceFooter(props: Props): ReactNode;
}

declare module '@theme/RunbookPage' {
  import type { ReactNode } from 'react';
  import type { RunbookPageData } from '@stepwise/docusaurus-plugin';
  export interface Props {
    data: RunbookPageData;
  }
  export default function RunbookPage(props: Props): ReactNode;
}

declare module '@theme/RunbookListPage' {
  import type { ReactNode } from 'react';
  import type { RoutePaths, RunbookSummary } from '@stepwise/docusaurus-plugin';
  export interface Props {
    runbooks: RunbookSummary[];
    routes: RoutePaths;
  }
  export default function RunbookListPage(props: Props): ReactNode;
}

declare module '@theme/PolicyPage' {
  import type { ReactNode } from 'react';
  import type { PolicyPageData } from '@stepwise/docusaurus-plugin';
  export interface Props {
    data: PolicyPageData;
  }
  export default function PolicyPage(props: Props): ReactNode;
}

declare module '@theme/PolicyListPage' {
  import type { ReactNode } from 'react';
  import type { PolicySummary, RoutePaths, StandardName } from '@stepwise/docusaurus-plugin';
  export interface Props {
    policies: PolicySummary[];
    standards: StandardName[];
    routes: RoutePaths;
  }
  export default function PolicyListPage(props: Props): ReactNode;
}

declare module '@theme/StandardPage' {
  import type { ReactNode } from 'react';
  import type { StandardPageData } from '@stepwise/docusaurus-plugin';
  export interface Props {
    data: StandardPageData;
  }
  export default function StandardPage(props: Props): ReactNode;
}

declare module '@theme/StandardListPage' {
  import type { ReactNode } from 'react';
  import type { RoutePaths, StandardSummary } from '@stepwise/docusaurus-plugin';
  export interface Props {
    standards: StandardSummary[];
    routes: RoutePaths;
  }
  export default function StandardListPage(props: Props): ReactNode;
}

declare module '@theme/AuditPage' {
  import type { ReactNode } from 'react';
  import type { AuditPageData } from '@stepwise/docusaurus-plugin';
  export interface Props {
    data: AuditPageData;
  }
  export default function AuditPage(props: Props): ReactNode;
}

declare module '@theme/CheckerPage' {
  import type { ReactNode } from 'react';
  export interface Props {
    policies: { id: string; title: string }[];
    defaultPolicy?: string;
  }
  export default function CheckerPage(props: Props): ReactNode;
}

declare module '@generated/docusaurus-plugin-stepwise/default/runbooks.json' {
  const runbooks: Record<string, import('@stepwise/docusaurus-plugin').RunbookPageData>;
  export default runbooks;
}

declare module '@generated/docusaurus-plugin-stepwise/default/policies.json' {
  const policies: Record<string, import('@stepwise/docusaurus-plugin').PolicyPageData>;
  export default policies;
}
