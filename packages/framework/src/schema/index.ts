export * from './common';
export * from './actor';
export * from './benchmark';
export * from './risk';
export * from './node';
export * from './edge';
export * from './board';
export * from './finding';
