import { summarise } from './summary';
import type { Formatter } from './types';

/** Machine output: a versioned object with every diagnostic and the counts. */
export const json: Formatter = (diagnostics, context) =>
  JSON.stringify({ version: 1, summary: summarise(diagnostics, context.filesChecked), diagnostics }, null, 2) + '\n';
