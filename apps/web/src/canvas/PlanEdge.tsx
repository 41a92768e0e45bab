import { memo, useLayoutEffect, useRef } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useInternalNode,
  useStoreApi,
  type EdgeProps,
} from '@xyflow/react';
import { useT } from '../i18n';
import { useCanvasActions } from './canvasActions';
import { useNodeRecord } from './CanvasContext';
import { EDGE_STYLES } from './edgeStyle';
import { edgeKindText } from './edgeText';
import { edgeAriaLabel, type FlowEdge } from './flowElements';
import { floatingEdgeParams } from './floatingEdge';

/**
 * One edge of the board, drawn between the nearest sides of its nodes. Contributes: thin grey;
 * sequence: solid arrow labelled "before"; priority: dashed, labelled "more important than".
 * Suggested (template) edges are faded and, when selected, offer "Accept".
 */
export const PlanEdge = memo(function PlanEdge({
  id,
  source,
  target,
  data,
  markerEnd,
  selected,
}: EdgeProps<FlowEdge>) {
  const { t } = useT();
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const actions = useCanvasActions();
  const flowStore = useStoreApi();
  const sourceTitle = useNodeRecord(source)?.title ?? '';
  const targetTitle = useNodeRecord(target)?.title ?? '';
  const ref = useRef<SVGGElement>(null);
  const label = data ? edgeAriaLabel(data, sourceTitle, targetTitle, t) : '';
  // Accessible name on React Flow's edge element; re-rendered only when an end's title changes.
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__edge');
    if (wrapper && label !== '') wrapper.setAttribute('aria-label', label);
  }, [label]);
  if (!sourceNode || !targetNode || !data) return null;
  const style = EDGE_STYLES[data.kind];
  const text = edgeKindText(t)[data.kind];
  const tooltip = data.suggested
    ? t('canvas:edge.tooltipSuggested', { name: text.name })
    : text.name;
  const { sx, sy, tx, ty, sourcePos, targetPos } = floatingEdgeParams(sourceNode, targetNode);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: sx,
    sourceY: sy,
    sourcePosition: sourcePos,
    targetX: tx,
    targetY: ty,
    targetPosition: targetPos,
  });
  const showLabel = data.kind !== 'contributes' || data.suggested || selected === true;
  return (
    <g ref={ref}>
      <title>
        {data.note ? t('canvas:edge.tooltipNote', { text: tooltip, note: data.note }) : tooltip}
      </title>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{
          stroke: style.color,
          strokeWidth: selected ? style.strokeWidth + 1.5 : style.strokeWidth,
          strokeDasharray: data.suggested ? (style.dash ?? '2 4') : style.dash,
          opacity: data.suggested ? 0.55 : 1,
        }}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`isf-edge-label isf-edge-label--${data.kind}${data.suggested ? ' isf-edge-label--suggested' : ''}${selected ? ' isf-edge-label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            // Clicking the label selects the edge (its line can be thin to hit).
            onClick={() => flowStore.getState().addSelectedEdges([id])}
          >
            {text.phrase}
            {data.suggested && ` ${t('canvas:edge.suggested')}`}
            {data.suggested && selected && !actions.readOnly && (
              <button
                type="button"
                className="isf-edge-label__accept nodrag nopan"
                onClick={(e) => {
                  e.stopPropagation();
                  actions.acceptEdge(id);
                }}
              >
                {t('canvas:edge.accept')}
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
});

/** `edgeTypes` for `<ReactFlow>` (module-level constant). */
export const edgeTypes = { plan: PlanEdge };
