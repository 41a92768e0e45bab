import { memo } from 'react';
import { EDGE_KINDS, type EdgeKind, type NodeKind } from '@isf/framework';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { countFindings, describeCounts } from '../problems/groupFindings';
import { useFindings } from '../problems/FindingsStore';
import { UndoButtons } from '../undo/UndoButtons';
import { EDGE_STYLES } from './edgeStyle';
import { edgeKindText } from './edgeText';

/** Props of {@link CanvasToolbar}. */
export interface CanvasToolbarProps {
  session: BoardSession;
  edgeKind: EdgeKind;
  onEdgeKind(kind: EdgeKind): void;
  onAdd(kind: NodeKind): void;
  onDelete(): void;
  canDelete: boolean;
  onLayout(): void | Promise<void>;
  layoutBusy: boolean;
  /** Whether auto-layout stacks activities in horizon lanes. */
  lanes: boolean;
  onLanes(lanes: boolean): void;
  onFitView(): void;
}

/**
 * The canvas toolbar: add nodes (shortcuts O, P, A), the kind of edge new connections get, delete,
 * auto-layout, fit view, undo/redo and the live problem counts.
 */
export const CanvasToolbar = memo(function CanvasToolbar(props: CanvasToolbarProps) {
  const { session, edgeKind, onEdgeKind } = props;
  const { t } = useT();
  const edgeText = edgeKindText(t);
  const { findings } = useFindings(session);
  const counts = countFindings(findings);
  const ro = session.readOnly;
  return (
    <div className="isf-toolbar" role="toolbar" aria-label={t('canvas:toolbar.label')}>
      {!ro && (
        <span className="isf-toolbar__group" role="group" aria-label={t('canvas:toolbar.add')}>
          <button
            type="button"
            onClick={() => props.onAdd('objective')}
            aria-keyshortcuts="O"
            title={t('canvas:toolbar.addObjectiveTitle')}
          >
            {t('canvas:toolbar.addObjective')}
          </button>
          <button
            type="button"
            onClick={() => props.onAdd('output')}
            aria-keyshortcuts="P"
            title={t('canvas:toolbar.addOutputTitle')}
          >
            {t('canvas:toolbar.addOutput')}
          </button>
          <button
            type="button"
            onClick={() => props.onAdd('activity')}
            aria-keyshortcuts="A"
            title={t('canvas:toolbar.addActivityTitle')}
          >
            {t('canvas:toolbar.addActivity')}
          </button>
        </span>
      )}
      {!ro && (
        <fieldset
          className="isf-toolbar__edgekind"
          role="radiogroup"
          aria-label={t('canvas:toolbar.edgeKind')}
        >
          <legend className="isf-visually-hidden">{t('canvas:toolbar.edgeKind')}</legend>
          {EDGE_KINDS.map((kind) => (
            <label key={kind} className={`isf-edgekind isf-edgekind--${kind}`}>
              <input
                type="radio"
                name="isf-edge-kind"
                value={kind}
                checked={edgeKind === kind}
                onChange={() => onEdgeKind(kind)}
              />
              <EdgeSample kind={kind} />
              {edgeText[kind].name}
            </label>
          ))}
        </fieldset>
      )}
      {!ro && (
        <span className="isf-toolbar__group">
          <button
            type="button"
            onClick={props.onDelete}
            disabled={!props.canDelete}
            aria-keyshortcuts="Delete Backspace"
          >
            {t('canvas:toolbar.deleteSelected')}
          </button>
          <button type="button" onClick={() => void props.onLayout()} disabled={props.layoutBusy}>
            {props.layoutBusy ? t('canvas:toolbar.layingOut') : t('canvas:toolbar.autoLayout')}
          </button>
          <label className="isf-toolbar__check">
            <input
              type="checkbox"
              checked={props.lanes}
              onChange={(e) => props.onLanes(e.target.checked)}
            />
            {t('canvas:toolbar.horizonLanes')}
          </label>
        </span>
      )}
      <button type="button" onClick={props.onFitView}>
        {t('canvas:toolbar.fitView')}
      </button>
      <UndoButtons session={session} />
      <span
        className="isf-toolbar__counts"
        role="status"
        aria-live="polite"
        aria-label={t('canvas:toolbar.problems', { counts: describeCounts(counts, t) })}
      >
        <span className="isf-count isf-count--error">✖ {counts.error}</span>
        <span className="isf-count isf-count--warning">⚠ {counts.warning}</span>
        <span className="isf-count isf-count--info">ℹ {counts.info}</span>
      </span>
    </div>
  );
});

/** A short sample of how an edge kind is drawn (for the toolbar and the legend). */
export function EdgeSample({ kind }: { kind: EdgeKind }) {
  const s = EDGE_STYLES[kind];
  const id = `isf-sample-arrow-${kind}`;
  return (
    <svg className="isf-edge-sample" width="44" height="12" aria-hidden="true">
      <defs>
        <marker
          id={id}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          {kind === 'priority' ? (
            <path d="M0,0 L10,5 L0,10" fill="none" stroke={s.color} strokeWidth="1.5" />
          ) : (
            <path d="M0,0 L10,5 L0,10 z" fill={s.color} />
          )}
        </marker>
      </defs>
      <line
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke={s.color}
        strokeWidth={s.strokeWidth}
        strokeDasharray={s.dash}
        markerEnd={`url(#${id})`}
      />
    </svg>
  );
}
