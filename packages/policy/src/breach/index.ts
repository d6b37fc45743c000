export type { BreachCode } from './codes';
export type { BreachFileSource, BreachHash, BreachLookup, BreachProblem, BreachRangeSource, BreachSource, RandomAccessReader, RangeFetch, Sha1Digest } from './types';
export { breachHash, lookupBreach, PWNED_RANGE_URL } from './lookupBreach';
export { searchBreachFile, lineNumberAt } from './searchBreachFile';
export { verifyBreachFile } from './verifyBreachFile';
export { md4 } from './md4';
