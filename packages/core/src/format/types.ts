import type { Diagnostic } from '../diagnostic';

export type Format = 'stylish' | 'json' | 'github' | 'sarif';

export interface FormatContext {
  /** Source text by file name, for showing the offending line. */
  sources: ReadonlyMap<string, string>;
  /** How many files were checked, for the closing summary. */
  filesChecked: number;
  /** ANSI colours in `stylish`. */
  color: boolean;
  /** The tool's version and each code's documentation, for `sarif` (SARIF 2.1.0 §3.19, §3.49). */
  tool?: ToolDescription;
}

/** One code's documentation, as the diagnostic reference gives it. */
export interface RuleHelp {
  short: string;
  full: string;
  help: string;
  helpMarkdown?: string;
  helpUri: string;
}

export interface ToolDescription {
  version: string;
  /** By code. A code without an entry still gets a rule with a help URI to the reference. */
  rules: Readonly<Record<string, RuleHelp>>;
}

/** A pure function from diagnostics to text; input and output happen only in the command. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
