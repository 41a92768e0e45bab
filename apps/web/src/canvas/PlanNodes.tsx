import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeKind } from '@isf/framework';
import { useT } from '../i18n';
import { useNodeDecoration, useNodeRecord, usePeerDragOffset } from './CanvasContext';
import { NodeBody } from './NodeBody';

/**
 * React Flow node type of each kind. Prefixed: React Flow's stylesheet styles its built-in
 * "output"/"input"/"default" types, which must not leak onto ours.
 */
export const FLOW_NODE_TYPE = {
  objective: 'plan-objective',
  output: 'plan-output',
  activity: 'plan-activity',
} as const satisfies Record<NodeKind, string>;
export type FlowNodeType = (typeof FLOW_NODE_TYPE)[NodeKind];

/** React Flow node of the board; the record itself lives in the NodeRecordStore, keyed by id. */
export type FlowNode = Node<Record<string, never>, FlowNodeType>;

function NodeFrame({
  id,
  kind,
  selected,
  connectable,
}: {
  id: string;
  kind: NodeKind;
  selected: boolean;
  connectable: boolean;
}) {
  const { t } = useT();
  const decoration = useNodeDecoration(id);
  const peerDrag = usePeerDragOffset(id);
  const position = useNodeRecord(id)?.position;
  const peers = decoration?.peers ?? [];
  // Others' selections: one coloured ring each (the names are shown in the body, not colour only).
  const rings = peers
    .slice(0, 3)
    .map((p, i) => `0 0 0 ${3 + i * 3}px ${p.color}`)
    .join(', ');
  return (
    <div
      className={`isf-node isf-node--${kind}${selected ? ' isf-node--selected' : ''}${connectable ? '' : ' isf-node--locked'}`}
      style={{
        boxShadow: rings === '' ? undefined : rings,
        // Someone else is dragging this node (large boards): show it where they hold it.
        transform:
          peerDrag && position
            ? `translate(${peerDrag.x - position.x}px, ${peerDrag.y - position.y}px)`
            : undefined,
      }}
    >
      {/* Handles are for pointer users (a tooltip names them); screen reader and keyboard users
          connect with the inspector's "Add connection…", so handles are hidden from AT. */}
      <Handle
        type="source"
        position={Position.Top}
        id="top"
        title={t('canvas:handle.top')}
        aria-hidden
      />
      <NodeBody id={id} />
      <Handle
        type="source"
        position={Position.Bottom}
        id="bottom"
        title={t('canvas:handle.bottom')}
        aria-hidden
      />
    </div>
  );
}

/** Node component for objectives. */
export const ObjectiveNode = memo(function ObjectiveNode({
  id,
  selected,
  isConnectable,
}: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="objective" selected={selected} connectable={isConnectable} />;
});

/** Node component for outputs. */
export const OutputNode = memo(function OutputNode({
  id,
  selected,
  isConnectable,
}: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="output" selected={selected} connectable={isConnectable} />;
});

/** Node component for activities. */
export const ActivityNode = memo(function ActivityNode({
  id,
  selected,
  isConnectable,
}: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="activity" selected={selected} connectable={isConnectable} />;
});

/** `nodeTypes` for `<ReactFlow>` (module-level constant: never recreated). */
export const nodeTypes = {
  [FLOW_NODE_TYPE.objective]: ObjectiveNode,
  [FLOW_NODE_TYPE.output]: OutputNode,
  [FLOW_NODE_TYPE.activity]: ActivityNode,
};
