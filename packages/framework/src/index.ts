export * from './schema/index';
export type { BoardDiff, FieldChange, RecordChange, RecordDiff } from './diff/BoardDiff';
