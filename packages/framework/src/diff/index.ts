export type { BoardDiff, FieldChange, RecordChange, RecordDiff } from './BoardDiff';
