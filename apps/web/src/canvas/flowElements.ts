import type { Edge as FlowEdgeBase } from '@xyflow/react';
import type { Edge, EdgeKind, PlanNode } from '@isf/framework';
import { EDGE_STYLES } from './edgeStyle';
import { KIND_LABEL } from './NodeBody';
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

/** Accessible name of a node: kind and title, e.g. "Output: Elections held". */
export function nodeAriaLabel(node: Pick<PlanNode, 'kind' | 'title'>): string {
  const title = node.title.trim() === '' ? 'Untitled' : node.title;
  return `${KIND_LABEL[node.kind]}: ${title}`;
}

/** Builds the React Flow node of a record (position from the doc). */
export function toFlowNode(node: PlanNode, readOnly: boolean): FlowNode {
  return {
    id: node.id,
    type: FLOW_NODE_TYPE[node.kind],
    position: { x: node.position.x, y: node.position.y },
    data: {},
    ariaLabel: nodeAriaLabel(node),
    draggable: !readOnly,
    deletable: !readOnly,
    connectable: !readOnly,
  };
}

/** Accessible name of an edge, e.g. "Sequence: A before B (suggested)". */
export function edgeAriaLabel(edge: Edge, titleOf: (id: string) => string): string {
  const style = EDGE_STYLES[edge.kind];
  const suffix = edge.suggested ? ' (suggested)' : '';
  return `${style.name.split(' ')[0]}: ${titleOf(edge.source)} ${style.phrase} ${titleOf(edge.target)}${suffix}`;
}

/** Builds the React Flow edge of a record. */
export function toFlowEdge(
  edge: Edge,
  titleOf: (id: string) => string,
  readOnly: boolean,
): FlowEdge {
  const style = EDGE_STYLES[edge.kind];
  return {
    id: edge.id,
    type: 'plan',
    source: edge.source,
    target: edge.target,
    data: { kind: edge.kind, suggested: edge.suggested, note: edge.note },
    markerEnd: style.marker,
    ariaLabel: edgeAriaLabel(edge, titleOf),
    deletable: !readOnly,
    className: `isf-edge isf-edge--${edge.kind}${edge.suggested ? ' isf-edge--suggested' : ''}`,
  };
}

/**
 * Patches the React Flow node list by a change set: only the named ids are rebuilt, the rest keep
 * their identity (so React Flow re-renders only those). Local UI state (selection, measured size)
 * is kept; a node being dragged locally keeps its live position.
 */
export function patchFlowNodes(
  prev: readonly FlowNode[],
  changes: IdChanges,
  getNode: (id: string) => PlanNode | undefined,
  readOnly: boolean,
): FlowNode[] {
  const touched = new Set([...changes.added, ...changes.updated, ...changes.removed]);
  if (touched.size === 0) return prev as FlowNode[];
  const out: FlowNode[] = [];
  const present = new Set<string>();
  for (const fn of prev) {
    if (!touched.has(fn.id)) {
      out.push(fn);
      present.add(fn.id);
      continue;
    }
    const record = getNode(fn.id);
    if (!record) continue; // removed
    present.add(fn.id);
    const label = nodeAriaLabel(record);
    const position = fn.dragging ? fn.position : record.position;
    if (
      label === fn.ariaLabel &&
      FLOW_NODE_TYPE[record.kind] === fn.type &&
      position.x === fn.position.x &&
      position.y === fn.position.y
    ) {
      out.push(fn);
    } else {
      out.push({
        ...fn,
        type: FLOW_NODE_TYPE[record.kind],
        ariaLabel: label,
        position: { x: position.x, y: position.y },
      });
    }
  }
  for (const id of changes.added) {
    if (present.has(id)) continue;
    const record = getNode(id);
    if (record) out.push(toFlowNode(record, readOnly));
  }
  for (const id of changes.updated) {
    // An update of a node we did not have (e.g. it became valid again) adds it.
    if (present.has(id)) continue;
    const record = getNode(id);
    if (record) {
      out.push(toFlowNode(record, readOnly));
      present.add(id);
    }
  }
  return out;
}

/**
 * Patches the React Flow edge list by an edge change set (and relabels edges touching nodes whose
 * title changed, listed in `retitled`).
 */
export function patchFlowEdges(
  prev: readonly FlowEdge[],
  changes: IdChanges,
  getEdge: (id: string) => Edge | undefined,
  titleOf: (id: string) => string,
  readOnly: boolean,
  retitled: ReadonlySet<string> = new Set(),
): FlowEdge[] {
  const touched = new Set([...changes.added, ...changes.updated, ...changes.removed]);
  if (touched.size === 0 && retitled.size === 0) return prev as FlowEdge[];
  const out: FlowEdge[] = [];
  const present = new Set<string>();
  for (const fe of prev) {
    const relabel = retitled.has(fe.source) || retitled.has(fe.target);
    if (!touched.has(fe.id) && !relabel) {
      out.push(fe);
      present.add(fe.id);
      continue;
    }
    const record = getEdge(fe.id);
    if (!record) continue;
    present.add(fe.id);
    const next = toFlowEdge(record, titleOf, readOnly);
    out.push({ ...next, selected: fe.selected });
  }
  for (const id of [...changes.added, ...changes.updated]) {
    if (present.has(id)) continue;
    const record = getEdge(id);
    if (record) {
      out.push(toFlowEdge(record, titleOf, readOnly));
      present.add(id);
    }
  }
  return out;
}
