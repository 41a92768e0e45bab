/**
 * @isf/framework — the pure ISF domain: schemas, analysis rules, the study template,
 * semantic diff and import/export. No I/O, no Yjs, no clocks: pass them in.
 */
export * from './schema/index';
export * from './analysis/index';
export * from './template/index';
export * from './diff/index';
export * from './io/index';
export * from './messages/index';
