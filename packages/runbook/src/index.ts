export * from './types';
export * from './loadRunbook';
export * from './run/index';
export * from './audit/index';
