import { memo, useId } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS } from '@isf/framework';
import type { Horizon, PlanNode } from '@isf/framework';
import { TIMELINE_GEOMETRY, type TimelineCard } from './timelineModel';

/** Props of {@link TimelineCardView}. */
export interface TimelineCardViewProps {
  card: TimelineCard;
  title: string;
  /** Titles of the items it waits for (sequencing predecessors), comma-separated, or ''. */
  after: string;
  critical: boolean;
  inversion: boolean;
  readOnly: boolean;
  horizonLabel: (h: Horizon) => string;
  dragType: string;
  onMove(node: PlanNode, horizon: Horizon): void;
  onKeyDown(node: PlanNode, event: KeyboardEvent): void;
  /** The card (or its select) got the focus: show it in the inspector. */
  onFocus(nodeId: string): void;
}

/** One draggable, focusable card on the timeline, with a horizon select. */
export const TimelineCardView = memo(function TimelineCardView({
  card,
  title,
  after,
  critical,
  inversion,
  readOnly,
  horizonLabel,
  dragType,
  onMove,
  onKeyDown,
  onFocus,
}: TimelineCardViewProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const afterId = useId();
  const { node } = card;
  const g = TIMELINE_GEOMETRY;
  const classes = ['timeline__card', `timeline__card--${node.kind}`];
  if (critical) classes.push('timeline__card--critical');
  if (inversion) classes.push('timeline__card--inversion');
  return (
    <div
      className={classes.join(' ')}
      style={{ left: card.x, top: card.y, width: g.cardWidth, height: g.cardHeight }}
      tabIndex={0}
      role="group"
      aria-label={t('views:timeline.cardLabel', { title, horizon: horizonLabel(node.horizon) })}
      aria-describedby={after ? afterId : undefined}
      aria-keyshortcuts={readOnly ? undefined : 'ArrowLeft ArrowRight'}
      draggable={!readOnly}
      data-node-id={node.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(dragType, node.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={(e) => onKeyDown(node, e)}
      onFocus={() => onFocus(node.id)}
    >
      <span className="timeline__card-title">{title}</span>
      {after && (
        <span id={afterId} className="visually-hidden">
          {t('views:timeline.after', { items: after })}
        </span>
      )}
      <span className="timeline__card-meta">
        <span className="timeline__kind">{t(`common:kind.${node.kind}`)}</span>
        {critical && (
          <span className="badge badge--critical">
            <span aria-hidden="true">★ </span>
            {t('views:timeline.critical')}
          </span>
        )}
        {inversion && (
          <span className="badge badge--warning">
            <span aria-hidden="true">⚠ </span>
            {t('views:timeline.inversionBadge')}
          </span>
        )}
        <label htmlFor={selectId} className="visually-hidden">
          {t('views:timeline.horizonOf', { title })}
        </label>
        <select
          id={selectId}
          className="timeline__select"
          value={node.horizon}
          disabled={readOnly}
          onChange={(e) => onMove(node, e.target.value as Horizon)}
        >
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {horizonLabel(h)}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
});
