/// <reference types="@docusaurus/module-type-aliases" />
/// <reference types="@docusaurus/theme-classic" />
/**
 * Types of the theme components this plugin provides. Every component is usable from any MDX
 * page (`import RunbookSteps from '@theme/RunbookSteps'`) and can be swizzled. Each declaration
 * re-exports the component's own module, so its props are written once, in the component.
 */

declare module '@theme/CatalogCard' {
  export { default } from '@stepwise/docusaurus-plugin/theme/CatalogCard';
  export * from '@stepwise/docusaurus-plugin/theme/CatalogCard';
}

declare module '@theme/CatalogGrid' {
  export { default } from '@stepwise/docusaurus-plugin/theme/CatalogGrid';
  export * from '@stepwise/docusaurus-plugin/theme/CatalogGrid';
}

declare module '@theme/AuditPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/AuditPage';
  export * from '@stepwise/docusaurus-plugin/theme/AuditPage';
}

declare module '@theme/CheckerPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/CheckerPage';
  export * from '@stepwise/docusaurus-plugin/theme/CheckerPage';
}

declare module '@theme/Checklist' {
  export { default } from '@stepwise/docusaurus-plugin/theme/Checklist';
  export * from '@stepwise/docusaurus-plugin/theme/Checklist';
}

declare module '@theme/ClauseLink' {
  export { default } from '@stepwise/docusaurus-plugin/theme/ClauseLink';
  export * from '@stepwise/docusaurus-plugin/theme/ClauseLink';
}

declare module '@theme/CommandBlock' {
  export { default } from '@stepwise/docusaurus-plugin/theme/CommandBlock';
  export * from '@stepwise/docusaurus-plugin/theme/CommandBlock';
}

declare module '@theme/OutcomeBadge' {
  export { default } from '@stepwise/docusaurus-plugin/theme/OutcomeBadge';
  export * from '@stepwise/docusaurus-plugin/theme/OutcomeBadge';
}

declare module '@theme/PageHeader' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PageHeader';
  export * from '@stepwise/docusaurus-plugin/theme/PageHeader';
}

declare module '@theme/PasswordGenerator' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PasswordGenerator';
  export * from '@stepwise/docusaurus-plugin/theme/PasswordGenerator';
}

declare module '@theme/PolicyChecker' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyChecker';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyChecker';
}

declare module '@theme/PolicyListPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyListPage';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyListPage';
}

declare module '@theme/PolicyPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyPage';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyPage';
}

declare module '@theme/PolicyRuleTable' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyRuleTable';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyRuleTable';
}

declare module '@theme/PolicyRules' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyRules';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyRules';
}

declare module '@theme/RunChecklistPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/RunChecklistPage';
  export * from '@stepwise/docusaurus-plugin/theme/RunChecklistPage';
}

declare module '@theme/RunbookListPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/RunbookListPage';
  export * from '@stepwise/docusaurus-plugin/theme/RunbookListPage';
}

declare module '@theme/RunbookPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/RunbookPage';
  export * from '@stepwise/docusaurus-plugin/theme/RunbookPage';
}

declare module '@theme/RunbookStepList' {
  export { default } from '@stepwise/docusaurus-plugin/theme/RunbookStepList';
  export * from '@stepwise/docusaurus-plugin/theme/RunbookStepList';
}

declare module '@theme/RunbookSteps' {
  export { default } from '@stepwise/docusaurus-plugin/theme/RunbookSteps';
  export * from '@stepwise/docusaurus-plugin/theme/RunbookSteps';
}

declare module '@theme/SafeMarkdown' {
  export { default } from '@stepwise/docusaurus-plugin/theme/SafeMarkdown';
  export * from '@stepwise/docusaurus-plugin/theme/SafeMarkdown';
}

declare module '@theme/SourceFooter' {
  export { default } from '@stepwise/docusaurus-plugin/theme/SourceFooter';
  export * from '@stepwise/docusaurus-plugin/theme/SourceFooter';
}

declare module '@theme/StandardListPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/StandardListPage';
  export * from '@stepwise/docusaurus-plugin/theme/StandardListPage';
}

declare module '@theme/StandardPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/StandardPage';
  export * from '@stepwise/docusaurus-plugin/theme/StandardPage';
}

declare module '@theme/StepCard' {
  export { default } from '@stepwise/docusaurus-plugin/theme/StepCard';
  export * from '@stepwise/docusaurus-plugin/theme/StepCard';
}

declare module '@theme/VerifyRecordPage' {
  export { default } from '@stepwise/docusaurus-plugin/theme/VerifyRecordPage';
  export * from '@stepwise/docusaurus-plugin/theme/VerifyRecordPage';
}

declare module '@theme/PolicyEnforcement' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PolicyEnforcement';
  export * from '@stepwise/docusaurus-plugin/theme/PolicyEnforcement';
}

declare module '@theme/DriftReports' {
  export { default } from '@stepwise/docusaurus-plugin/theme/DriftReports';
  export * from '@stepwise/docusaurus-plugin/theme/DriftReports';
}

declare module '@theme/StepRequirements' {
  export { default } from '@stepwise/docusaurus-plugin/theme/StepRequirements';
  export * from '@stepwise/docusaurus-plugin/theme/StepRequirements';
}

declare module '@theme/PermissionMatrix' {
  export { default } from '@stepwise/docusaurus-plugin/theme/PermissionMatrix';
  export * from '@stepwise/docusaurus-plugin/theme/PermissionMatrix';
}
