import type { ToolDescription } from '@stepwise/core';
// Generated at build time from docs/authoring/diagnostics.md by scripts/diagnosticHelp.mjs.
import rules from './generated/diagnosticHelp.json';
import { VERSION } from './version';

/** What SARIF output says about the tool: its version and each code's documentation. */
export const TOOL: ToolDescription = { version: VERSION, rules };
