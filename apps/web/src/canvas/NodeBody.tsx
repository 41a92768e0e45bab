import { memo, useLayoutEffect, useRef } from 'react';
import type { NodeKind, NodeStatus } from '@isf/framework';
import { benchmarkSummary } from './benchmarkSummary';
import { useActorLabel, useHorizonLabel, useNodeDecoration, useNodeRecord } from './CanvasContext';

/** Human names of the node kinds. */
export const KIND_LABEL: Record<NodeKind, string> = {
  objective: 'Objective',
  output: 'Output',
  activity: 'Activity',
};

/** Human names of the node statuses. */
export const STATUS_LABEL: Record<NodeStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'on-hold': 'On hold',
};

/** Accessible name of a node: kind and title, e.g. "Output: Elections held". */
export function nodeLabel(kind: NodeKind, title: string): string {
  return `${KIND_LABEL[kind]}: ${title.trim() === '' ? 'Untitled' : title}`;
}

/**
 * The visible content of a node card, subscribed to its own record only: a change to another node
 * never re-renders it.
 */
export const NodeBody = memo(function NodeBody({ id }: { id: string }) {
  const node = useNodeRecord(id);
  const ref = useRef<HTMLDivElement>(null);
  const label = node ? nodeLabel(node.kind, node.title) : '';
  // The accessible name lives on React Flow's node element (role "group"); set it from here so a
  // title change re-renders only this node (React Flow's nodes array is left alone).
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__node');
    if (wrapper && label !== '') wrapper.setAttribute('aria-label', label);
  }, [label]);
  const decoration = useNodeDecoration(id);
  const lead = useActorLabel(node?.lead ?? null);
  const horizon = useHorizonLabel(node?.horizon ?? 'short');
  if (!node) return null;
  const summary = benchmarkSummary(node.benchmarks);
  const errors = decoration?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const problems = decoration?.findings.length ?? 0;
  const peers = decoration?.peers ?? [];
  return (
    <div className="isf-node__body" ref={ref}>
      <div className="isf-node__head">
        <span className="isf-node__kind">{KIND_LABEL[node.kind]}</span>
        <span className="isf-node__priority" title={`Priority ${node.priority} (1 = highest)`}>
          P{node.priority}
        </span>
        <span className={`isf-node__status isf-status--${node.status}`}>
          {STATUS_LABEL[node.status]}
        </span>
      </div>
      <div className="isf-node__title">{node.title.trim() === '' ? 'Untitled' : node.title}</div>
      <div className="isf-node__meta">
        <span className="isf-node__lead" title="Lead">
          {lead === '' ? 'No lead' : `Lead: ${lead}`}
        </span>
        <span className="isf-node__horizon">{horizon}</span>
      </div>
      {summary !== '' && <div className="isf-node__benchmarks">{summary}</div>}
      {problems > 0 && (
        <div
          className={`isf-node__problems${errors > 0 ? ' isf-node__problems--error' : ''}`}
          title={decoration?.findings.map((f) => `${f.rule}: ${f.message}`).join('\n')}
        >
          {errors > 0 ? '⛔' : '⚠'} {problems} {problems === 1 ? 'problem' : 'problems'}
        </div>
      )}
      {peers.length > 0 && (
        <div className="isf-node__peers">
          {peers.map((p) => (
            <span key={p.id} className="isf-node__peer" style={{ borderColor: p.color }}>
              {p.name}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});
