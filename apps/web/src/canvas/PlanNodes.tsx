import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeKind } from '@isf/framework';
import { useNodeDecoration } from './CanvasContext';
import { NodeBody } from './NodeBody';

/** React Flow node of the board; the record itself lives in the NodeRecordStore, keyed by id. */
export type FlowNode = Node<Record<string, never>, NodeKind>;

function NodeFrame({ id, kind, selected }: { id: string; kind: NodeKind; selected: boolean }) {
  const decoration = useNodeDecoration(id);
  const peers = decoration?.peers ?? [];
  // Others' selections: one coloured ring each (the names are shown in the body, not colour only).
  const rings = peers
    .slice(0, 3)
    .map((p, i) => `0 0 0 ${3 + i * 3}px ${p.color}`)
    .join(', ');
  return (
    <div
      className={`isf-node isf-node--${kind}${selected ? ' isf-node--selected' : ''}`}
      style={rings === '' ? undefined : { boxShadow: rings }}
    >
      <Handle type="source" position={Position.Top} id="top" aria-label="Connect from top" />
      <NodeBody id={id} />
      <Handle
        type="source"
        position={Position.Bottom}
        id="bottom"
        aria-label="Connect from bottom"
      />
    </div>
  );
}

/** Node component for objectives. */
export const ObjectiveNode = memo(function ObjectiveNode({ id, selected }: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="objective" selected={selected} />;
});

/** Node component for outputs. */
export const OutputNode = memo(function OutputNode({ id, selected }: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="output" selected={selected} />;
});

/** Node component for activities. */
export const ActivityNode = memo(function ActivityNode({ id, selected }: NodeProps<FlowNode>) {
  return <NodeFrame id={id} kind="activity" selected={selected} />;
});

/** `nodeTypes` for `<ReactFlow>` (module-level constant: never recreated). */
export const nodeTypes = {
  objective: ObjectiveNode,
  output: OutputNode,
  activity: ActivityNode,
};
