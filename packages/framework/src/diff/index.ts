export type { BoardDiff, FieldChange, RecordChange, RecordDiff } from './BoardDiff';
export { NODE_FIELD_ORDER, diffBoards } from './diffBoards';
export { DiffApplyError, applyDiff } from './applyDiff';
export type { ApplyDiffOptions } from './applyDiff';
export { invertDiff, isEmptyDiff, summarizeDiff } from './summarizeDiff';
export type { DiffSummary } from './summarizeDiff';
