/** Problems with a breach source: the lookup could not give an answer. */
export type BreachCode =
  | 'breach-file-malformed'
  | 'breach-file-unsorted'
  | 'breach-file-unreadable'
  | 'breach-range-failed';
