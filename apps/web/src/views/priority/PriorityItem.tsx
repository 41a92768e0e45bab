import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, PlanNode } from '@isf/framework';
import type { PriorityLinks } from './priorityModel';

/** Props of {@link PriorityItem}. */
export interface PriorityItemProps {
  node: PlanNode;
  title: string;
  links: PriorityLinks | undefined;
  findings: Finding[] | undefined;
  titleOf: (id: string) => string;
  readOnly: boolean;
  dragType: string;
  onShift(node: PlanNode, delta: number): void;
  onKeyDown(node: PlanNode, event: KeyboardEvent): void;
  /** The item (or one of its buttons) got the focus: show it in the inspector. */
  onFocus(nodeId: string): void;
}

/** One ranked item: title, priority edges, findings, raise/lower buttons; draggable, focusable. */
export const PriorityItem = memo(function PriorityItem({
  node,
  title,
  links,
  findings,
  titleOf,
  readOnly,
  dragType,
  onShift,
  onKeyDown,
  onFocus,
}: PriorityItemProps) {
  const { t } = useTranslation();
  return (
    <li
      className={`priority__item${findings ? ' priority__item--problem' : ''}`}
      tabIndex={0}
      aria-label={t('views:priority.itemLabel', { title, level: node.priority })}
      aria-keyshortcuts={readOnly ? undefined : 'ArrowUp ArrowDown'}
      draggable={!readOnly}
      data-node-id={node.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(dragType, node.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={(e) => onKeyDown(node, e)}
      onFocus={() => onFocus(node.id)}
    >
      <div className="priority__item-main">
        <span className="priority__kind">{t(`common:kind.${node.kind}`)}</span>
        <span className="priority__title">{title}</span>
        {!readOnly && (
          <span className="priority__buttons">
            <button
              type="button"
              className="button button--quiet"
              disabled={node.priority <= 1}
              onClick={() => onShift(node, -1)}
              aria-label={t('views:priority.raise', { title })}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={node.priority >= 5}
              onClick={() => onShift(node, 1)}
              aria-label={t('views:priority.lower', { title })}
            >
              ↓
            </button>
          </span>
        )}
      </div>
      {links && (links.outranks.length > 0 || links.outrankedBy.length > 0) && (
        <ul className="priority__links">
          {links.outranks.map((e) => (
            <li key={e.id}>{t('views:priority.outranks', { other: titleOf(e.target) })}</li>
          ))}
          {links.outrankedBy.map((e) => (
            <li key={e.id}>{t('views:priority.outrankedBy', { other: titleOf(e.source) })}</li>
          ))}
        </ul>
      )}
      {findings?.map((f) => (
        <p key={`${f.rule}${f.edgeIds.join()}`} className="finding finding--warning">
          <span aria-hidden="true">⚠ </span>
          {f.rule === 'PRI-LEVEL'
            ? t('views:priority.priLevel', {
                more: titleOf(f.nodeIds[0] ?? ''),
                less: titleOf(f.nodeIds[1] ?? ''),
              })
            : t('views:priority.priorityInversion', {
                item: titleOf(f.nodeIds[0] ?? ''),
                blocker: titleOf(f.nodeIds[1] ?? ''),
              })}
        </p>
      ))}
    </li>
  );
});
