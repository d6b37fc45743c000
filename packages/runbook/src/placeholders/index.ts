export { findPlaceholders, type PlaceholderUse } from './findPlaceholders';
export { quoteForPowerShell } from './quoteForPowerShell';
export { fillCommand, placeholderValue, type CommandPart, type FillProblem, type FilledCommand } from './fillCommand';
