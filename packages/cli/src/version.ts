import manifest from '../package.json';

/** The CLI's version, from its package.json: one number for `--version`, SARIF and JUnit. */
export const VERSION: string = manifest.version;
