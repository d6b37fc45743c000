export * from './types';
export * from './loadRunbook';
export * from './run/index';
export * from './audit/index';
export * from './permissions/index';
export * from './placeholders/index';
