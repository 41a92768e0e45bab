import { memo, useCallback, useMemo } from 'react';
import { Background, Controls, MarkerType, ReactFlow, type Edge as FlowEdge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { Board, BoardDiff, Horizon } from '@isf/framework';
import { horizonLabel } from '../views/horizonLabel';
import { diffNodeMarks } from './diffEntries';
import { PreviewNode, previewHandles, type PreviewFlowNode, type PreviewMark } from './PreviewNode';

const nodeTypes = { preview: PreviewNode };

/** Props of {@link BoardPreview}. */
export interface BoardPreviewProps {
  /** The board shown (a version, or the later side of a comparison). */
  board: Board;
  /** With a diff: removed nodes and edges (taken from `before`) are shown as ghosts. */
  diff?: BoardDiff | null;
  before?: Board | null;
  label: string;
}

const EDGE_COLORS: Record<string, string> = {
  contributes: '#5b6470',
  sequence: '#0b5cad',
  priority: '#a05a00',
};

/**
 * A read-only React Flow rendering of a board, optionally as a comparison: added items carry an
 * "added" marker, removed ones are ghosts, changed ones show the old value struck through.
 */
export const BoardPreview = memo(function BoardPreview({
  board,
  diff,
  before,
  label,
}: BoardPreviewProps) {
  const { t } = useTranslation();
  const actors = useMemo(() => {
    const m = new Map<string, string>();
    for (const b of [before, board])
      for (const a of b?.actors ?? []) m.set(a.id, a.abbrev || a.name);
    return m;
  }, [before, board]);
  const format = useCallback(
    (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      if (field === 'horizon') return horizonLabel(board.meta, value as Horizon, (k) => t(k));
      if (field === 'priority') return t('common:priority', { level: value });
      if (field === 'status') return t(`common:nodeStatus.${String(value)}`);
      if (field === 'lead') return actors.get(String(value)) ?? String(value);
      if (field === 'support' && Array.isArray(value)) {
        return value.map((v) => actors.get(String(v)) ?? String(v)).join(', ') || '—';
      }
      return String(value);
    },
    [actors, board.meta, t],
  );
  const { nodes, edges } = useMemo(() => {
    const marks = diff ? diffNodeMarks(diff) : null;
    const nodes: PreviewFlowNode[] = board.nodes.map((node) => {
      const mark: PreviewMark = marks?.added.has(node.id)
        ? 'added'
        : marks?.changed.has(node.id)
          ? 'changed'
          : null;
      return {
        id: node.id,
        type: 'preview',
        position: node.position,
        data: { node, mark, changes: marks?.changed.get(node.id) ?? [], format },
      };
    });
    for (const node of diff?.nodes.removed ?? []) {
      nodes.push({
        id: node.id,
        type: 'preview',
        position: node.position,
        data: { node, mark: 'removed', changes: [], format },
      });
    }
    const addedEdges = new Set(diff?.edges.added.map((e) => e.id) ?? []);
    const positions = new Map(nodes.map((n) => [n.id, n.position]));
    const handles = (e: Board['edges'][number]) => {
      const a = positions.get(e.source);
      const b = positions.get(e.target);
      return a && b ? previewHandles(a, b) : {};
    };
    const edge = (e: Board['edges'][number], removed: boolean): FlowEdge => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...handles(e),
      className: `preview-edge preview-edge--${e.kind}${removed ? ' preview-edge--removed' : ''}${addedEdges.has(e.id) ? ' preview-edge--added' : ''}`,
      style: {
        stroke: EDGE_COLORS[e.kind],
        strokeDasharray: removed ? '6 4' : e.kind === 'priority' ? '2 3' : undefined,
        opacity: removed ? 0.55 : 1,
      },
      markerEnd:
        e.kind === 'contributes'
          ? undefined
          : { type: MarkerType.ArrowClosed, color: EDGE_COLORS[e.kind] },
      label: removed
        ? t('versions:diff.kind.removed')
        : addedEdges.has(e.id)
          ? t('versions:diff.kind.added')
          : undefined,
    });
    const edges = board.edges.map((e) => edge(e, false));
    for (const e of diff?.edges.removed ?? []) edges.push(edge(e, true));
    return { nodes, edges };
  }, [board, diff, format, t]);

  return (
    <div className="board-preview" role="group" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        fitView
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
});
