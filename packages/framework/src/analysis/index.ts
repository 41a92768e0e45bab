// Public API of the analysis module: rules over plain { nodes, edges }, ordering and connection checks.
export { analyzeBoard } from './analyzeBoard';
export type { AnalyzableBoard } from './boardIndex';
export type { CriticalChain } from './criticalChain';
export { criticalChain } from './criticalChain';
export { earliestHorizon } from './earliestHorizon';
export { compareFindings, findingsByNode } from './findings';
export { findPath } from './graph';
export type { AnalyzeOptions } from './options';
export { DEFAULT_ANALYZE_OPTIONS } from './options';
export { isContributesShape } from './rules/contributesShape';
export { danglingEdgeFinding } from './rules/danglingEdge';
export { sequenceOrder } from './sequenceOrder';
export type { ConnectionCheck, ConnectionRefusal, ConnectionRequest } from './validateConnection';
export { validateConnection } from './validateConnection';
