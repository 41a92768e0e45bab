/**
 * @isf/crdt — the live board document: Yjs layout, commands, change sets, per-user undo, presence,
 * versions and relay protocol extras. No React, DOM, ws or Fastify.
 */
export { BoardStore } from './BoardStore';
export type { BoardStoreOptions, ReadReport } from './BoardStore';
export type { ChangeSet, IdChanges } from './ChangeSet';
export { BoardCommandSchema, NodeFieldsSchema } from './commands/BoardCommand';
export { COMMAND_MESSAGES_EN, formatCommandMessage } from './commands/commandMessages';
export type {
  BoardCommand,
  BoardCommandType,
  CommandResult,
  NodeFields,
  ParsedBoardCommand,
  RefusalReason,
} from './commands/BoardCommand';
export type { RecordKind, SkippedRecord } from './records/SkippedRecord';
export { FIELD_DEFAULTS } from './records/defaults';
export { NODE_TEXT_KEYS } from './records/nodeRecord';
export type { NodeTextKey } from './records/nodeRecord';
export { writeBoard, WriteBoardError } from './writeBoard';
export { canonicalBoard } from './canonicalBoard';
export {
  DOC_MAPS,
  META_KEYS,
  MIGRATION_ORIGIN,
  RESTORE_ORIGIN,
  WRITE_BOARD_ORIGIN,
  getBoardMaps,
} from './layout';
export type { BoardMaps, DocMapName } from './layout';
export { DOC_MIGRATIONS, docSchemaVersion, migrateDoc } from './migrations';
export type { DocMigration } from './migrations';
export { randomId } from './randomId';
export { createUndoManager } from './undo/createUndoManager';
export type { BoardUndo } from './undo/createUndoManager';
export {
  PresenceRoleSchema,
  PresenceStateSchema,
  PresenceUserSchema,
  ViewportSchema,
  parsePresence,
} from './presence/PresenceState';
export type { PresenceRole, PresenceState, PresenceUser } from './presence/PresenceState';
export { createThrottle } from './presence/createThrottle';
export type { ThrottleTimer, Throttled } from './presence/createThrottle';
export { boardFromVersion, captureVersion, restoreVersion } from './versions/versions';
export {
  CLOSE_CODES,
  MESSAGE_NOTICE,
  MESSAGE_SAVED,
  decodeNoticeMessage,
  decodeSavedMessage,
  encodeNoticeMessage,
  encodeSavedMessage,
  isStateVectorCovered,
  readMessageType,
} from './protocol/relayProtocol';
export type { CloseCode, RelayNotice } from './protocol/relayProtocol';
