import { memo, useLayoutEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { DEFAULT_HORIZON_LABELS, type NodeKind } from '@isf/framework';
import { messageText, useT } from '../i18n';
import { benchmarkSummary } from './benchmarkSummary';
import { useActorLabel, useHorizonLabel, useNodeDecoration, useNodeRecord } from './CanvasContext';
import { titleOrUntitled } from './edgeText';

/** Accessible name of a node: kind and title, e.g. "Output: Elections held". */
export function nodeLabel(kind: NodeKind, title: string, t: TFunction): string {
  return t('canvas:node.label', {
    kind: t(`common:kind.${kind}`),
    title: titleOrUntitled(t, title),
  });
}

/**
 * The visible content of a node card, subscribed to its own record only: a change to another node
 * never re-renders it.
 */
export const NodeBody = memo(function NodeBody({ id }: { id: string }) {
  const { t } = useT();
  const node = useNodeRecord(id);
  const ref = useRef<HTMLDivElement>(null);
  const label = node ? nodeLabel(node.kind, node.title, t) : '';
  // The accessible name lives on React Flow's node element (role "group"); set it from here so a
  // title change re-renders only this node (React Flow's nodes array is left alone).
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__node');
    if (wrapper && label !== '') wrapper.setAttribute('aria-label', label);
  }, [label]);
  const decoration = useNodeDecoration(id);
  const lead = useActorLabel(node?.lead ?? null);
  const boardHorizon = useHorizonLabel(node?.horizon ?? 'short');
  const h = node?.horizon ?? 'short';
  // The default English horizon labels are shown translated; the planners' own labels as they are.
  const horizon =
    boardHorizon === DEFAULT_HORIZON_LABELS[h] ? t(`common:horizon.${h}`) : boardHorizon;
  if (!node) return null;
  const summary = benchmarkSummary(node.benchmarks, t);
  const errors = decoration?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const problems = decoration?.findings.length ?? 0;
  const peers = decoration?.peers ?? [];
  return (
    <div className="isf-node__body" ref={ref}>
      <div className="isf-node__head">
        <span className="isf-node__kind">{t(`common:kind.${node.kind}`)}</span>
        <span
          className="isf-node__priority"
          title={t('canvas:node.priorityTitle', { level: node.priority })}
        >
          {t('common:priority', { level: node.priority })}
        </span>
        <span className={`isf-node__status isf-status--${node.status}`}>
          {t(`common:nodeStatus.${node.status}`)}
        </span>
      </div>
      <div className="isf-node__title">{titleOrUntitled(t, node.title)}</div>
      <div className="isf-node__meta">
        <span className="isf-node__lead" title={t('common:role.lead')}>
          {lead === '' ? t('canvas:node.noLead') : t('canvas:node.lead', { name: lead })}
        </span>
        <span className="isf-node__horizon">{horizon}</span>
      </div>
      {summary !== '' && <div className="isf-node__benchmarks">{summary}</div>}
      {problems > 0 && (
        <div
          className={`isf-node__problems${errors > 0 ? ' isf-node__problems--error' : ''}`}
          title={decoration?.findings.map((f) => `${f.rule}: ${messageText(f, t)}`).join('\n')}
        >
          {errors > 0 ? '✖' : '⚠'} {t('canvas:node.problems', { count: problems })}
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
