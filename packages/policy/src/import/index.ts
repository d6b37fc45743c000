export type { ImportCode } from './codes';
export { importPolicy, type ImportOptions, type ImportedPolicy } from './importPolicy';
export { readNative, nativeToPolicy } from './readNative';
export { toPolicyYaml } from './toPolicyYaml';
export { PWQUALITY_DEFAULTS } from './parsePwqualityConf';
