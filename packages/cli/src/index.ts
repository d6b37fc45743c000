export { main } from './main';
export { EXIT } from './exitCodes';
export type { CliIO, CliCommand } from './io';
