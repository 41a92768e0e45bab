import type { Edge as FlowEdgeBase } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Edge, EdgeKind, PlanNode } from '@isf/framework';
import { EDGE_STYLES } from './edgeStyle';
import { edgeKindText, titleOrUntitled } from './edgeText';
import type { IdChanges } from './NodeRecordStore';
import { FLOW_NODE_TYPE, type FlowNode } from './PlanNodes';

/** Data carried by a React Flow edge of the board. */
export interface PlanEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  suggested: boolean;
  note: string;
}

/** React Flow edge of the board. */
export type FlowEdge = FlowEdgeBase<PlanEdgeData, 'plan'>;

/**
 * Builds the React Flow node of a record (position from the doc). The accessible name (kind and
 * title) is set on the node's element by the node component, not here: a title keystroke then
 * re-renders that one node without handing React Flow a new nodes array.
 */
export function toFlowNode(node: PlanNode, readOnly: boolean): FlowNode {
  return {
    id: node.id,
    type: FLOW_NODE_TYPE[node.kind],
    position: { x: node.position.x, y: node.position.y },
    data: {},
    draggable: !readOnly,
    deletable: !readOnly,
    connectable: !readOnly,
  };
}

/** Accessible name of an edge, e.g. "Sequence: A before B (suggested)". */
export function edgeAriaLabel(
  edge: Pick<Edge, 'kind' | 'suggested'>,
  sourceTitle: string,
  targetTitle: string,
  t: TFunction,
): string {
  const text = edgeKindText(t)[edge.kind];
  const values = {
    kind: text.short,
    source: titleOrUntitled(t, sourceTitle),
    phrase: text.phrase,
    target: titleOrUntitled(t, targetTitle),
  };
  return edge.suggested ? t('canvas:edge.labelSuggested', values) : t('canvas:edge.label', values);
}

/** Builds the React Flow edge of a record (its accessible name is set by the edge component). */
export function toFlowEdge(edge: Edge, readOnly: boolean): FlowEdge {
  const style = EDGE_STYLES[edge.kind];
  return {
    id: edge.id,
    type: 'plan',
    source: edge.source,
    target: edge.target,
    data: { kind: edge.kind, suggested: edge.suggested, note: edge.note },
    markerEnd: style.marker,
    deletable: !readOnly,
    className: `isf-edge isf-edge--${edge.kind}${edge.suggested ? ' isf-edge--suggested' : ''}`,
  };
}

/**
 * Patches the React Flow node list by a change set: only the named ids are rebuilt, the rest keep
 * their identity (so React Flow re-renders only those); when nothing React Flow shows changed
 * (e.g. a title edit), `prev` itself is returned. Local UI state (selection, measured size) is
 * kept; a node being dragged locally keeps its live position.
 */
export function patchFlowNodes(
  prev: readonly FlowNode[],
  changes: IdChanges,
  getNode: (id: string) => PlanNode | undefined,
  readOnly: boolean,
): FlowNode[] {
  const touched = new Set([...changes.added, ...changes.updated, ...changes.removed]);
  if (touched.size === 0) return prev as FlowNode[];
  let changed = false;
  const out: FlowNode[] = [];
  const present = new Set<string>();
  for (const fn of prev) {
    if (!touched.has(fn.id)) {
      out.push(fn);
      present.add(fn.id);
      continue;
    }
    const record = getNode(fn.id);
    if (!record) {
      changed = true; // removed
      continue;
    }
    present.add(fn.id);
    const position = fn.dragging ? fn.position : record.position;
    const type = FLOW_NODE_TYPE[record.kind];
    if (type === fn.type && position.x === fn.position.x && position.y === fn.position.y) {
      out.push(fn);
    } else {
      changed = true;
      out.push({ ...fn, type, position: { x: position.x, y: position.y } });
    }
  }
  // Added ids, and updates of nodes we did not show (e.g. a record that became valid again).
  for (const id of [...changes.added, ...changes.updated]) {
    if (present.has(id)) continue;
    const record = getNode(id);
    if (record) {
      out.push(toFlowNode(record, readOnly));
      present.add(id);
      changed = true;
    }
  }
  return changed ? out : (prev as FlowNode[]);
}

/** Patches the React Flow edge list by an edge change set (unchanged edges keep identity). */
export function patchFlowEdges(
  prev: readonly FlowEdge[],
  changes: IdChanges,
  getEdge: (id: string) => Edge | undefined,
  readOnly: boolean,
): FlowEdge[] {
  const touched = new Set([...changes.added, ...changes.updated, ...changes.removed]);
  if (touched.size === 0) return prev as FlowEdge[];
  const out: FlowEdge[] = [];
  const present = new Set<string>();
  for (const fe of prev) {
    if (!touched.has(fe.id)) {
      out.push(fe);
      present.add(fe.id);
      continue;
    }
    const record = getEdge(fe.id);
    if (!record) continue;
    present.add(fe.id);
    out.push({ ...toFlowEdge(record, readOnly), selected: fe.selected });
  }
  for (const id of [...changes.added, ...changes.updated]) {
    if (present.has(id)) continue;
    const record = getEdge(id);
    if (record) {
      out.push(toFlowEdge(record, readOnly));
      present.add(id);
    }
  }
  return out;
}
