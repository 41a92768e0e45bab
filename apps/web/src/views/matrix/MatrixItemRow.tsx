import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Horizon, PlanNode } from '@isf/framework';
import { nodeTitle } from '../nodeTitle';
import { cellRole } from './matrixModel';
import type { WindowSlot } from './rowWindow';

/** An empty cell standing in for the entity columns not rendered (scrolled out of view). */
export function ColumnGap({ size }: { size: number }) {
  return (
    <td className="matrix__gap-cell" aria-hidden="true" style={{ width: size, minWidth: size }} />
  );
}

/** Props of {@link MatrixItemRow}. */
export interface MatrixItemRowProps {
  node: PlanNode;
  type: 'output' | 'activity';
  /** Position among the item rows (for keyboard navigation). */
  index: number;
  /** Position in the whole table, header row included (`aria-rowindex`, from 1). */
  rowIndex: number;
  columns: Actor[];
  /** The entity columns to render (those in view) and the gaps for the others. */
  columnSlots: WindowSlot[];
  /** The column whose cell is in the tab order, when this row holds it (roving tabindex). */
  activeColumn: number | null;
  horizonLabel: (h: Horizon) => string;
  onCycle?: (node: PlanNode, actor: Actor) => void;
  onCellFocus?: (row: number, column: number, nodeId: string) => void;
}

/** One item of the matrix: its title, horizon and a Lead / Support / empty cell per entity. */
export const MatrixItemRow = memo(function MatrixItemRow({
  node,
  type,
  index,
  rowIndex,
  columns,
  columnSlots,
  activeColumn,
  horizonLabel,
  onCycle,
  onCellFocus,
}: MatrixItemRowProps) {
  const { t } = useTranslation();
  const title = nodeTitle(node, t('views:untitled'));
  // Translated once per row, not per cell (a large matrix has thousands of cells).
  const words = {
    lead: t('common:role.lead'),
    support: t('common:role.support'),
    none: t('views:matrix.none'),
  };
  const marks = { lead: t('common:roleMark.lead'), support: t('common:roleMark.support') };
  return (
    <tr
      className={`matrix__row matrix__row--${type}`}
      data-window-key={node.id}
      aria-rowindex={rowIndex}
    >
      <th scope="row" className="matrix__item">
        <span className="matrix__kind">{t(`common:kind.${node.kind}`)}</span> {title}
      </th>
      <td className="matrix__horizon">{horizonLabel(node.horizon)}</td>
      {columnSlots.map((slot) => {
        if (slot.type === 'gap') return <ColumnGap key={slot.key} size={slot.size} />;
        const c = slot.index;
        const actor = columns[c]!;
        const role = cellRole(node, actor.id);
        const mark = role ? marks[role] : '';
        const label = t('views:matrix.cellLabel', {
          actor: actor.name,
          item: title,
          role: role ? words[role] : words.none,
        });
        return (
          <td
            key={actor.id}
            className={`matrix__cell matrix__cell--${role ?? 'none'}`}
            aria-colindex={c + 3}
          >
            {onCycle ? (
              <button
                type="button"
                className="matrix__cell-button"
                aria-label={label}
                title={label}
                tabIndex={activeColumn === c ? 0 : -1}
                data-cell={`${index}:${c}`}
                onFocus={() => onCellFocus?.(index, c, node.id)}
                onClick={() => onCycle(node, actor)}
              >
                {mark}
              </button>
            ) : (
              <>
                <span aria-hidden="true">{mark}</span>
                {role && <span className="visually-hidden">{words[role]}</span>}
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
});
