import type { Diagnostic } from '../diagnostic';

export type Format = 'stylish' | 'json' | 'github' | 'sarif';

export interface FormatContext {
  /** Source text by file name, for showing the offending line. */
  sources: ReadonlyMap<string, string>;
  /** How many files were checked, for the closing summary. */
  filesChecked: number;
  /** ANSI colours in `stylish`. */
  color: boolean;
}

/** A pure function from diagnostics to text; input and output happen only in the command. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
