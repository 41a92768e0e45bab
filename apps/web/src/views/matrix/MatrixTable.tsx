import { memo, useCallback, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS } from '@isf/framework';
import type { Actor, Horizon, PlanNode } from '@isf/framework';
import { nodeTitle } from '../nodeTitle';
import { MatrixItemRow } from './MatrixItemRow';
import { actorShortName, type HorizonLoad, type MatrixRow } from './matrixModel';

/** Props of {@link MatrixTable}. */
export interface MatrixTableProps {
  columns: Actor[];
  rows: MatrixRow[];
  totals: Map<string, Record<Horizon, HorizonLoad>>;
  horizonLabel: (h: Horizon) => string;
  /** Called when a cell is activated; absent for a read-only (or printed) matrix. */
  onCycle?: (node: PlanNode, actor: Actor) => void;
  /** Called when a cell of an item gets the focus. */
  onItemFocus?: (nodeId: string) => void;
  caption: string;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The responsibility matrix as a table: items (rows) × entities (columns), cells Lead / Support /
 * empty (a letter, and a word for screen readers, not only a colour), then totals per horizon.
 * The cells are one tab stop: arrow keys, Home and End move between them (roving tabindex).
 */
export const MatrixTable = memo(function MatrixTable({
  columns,
  rows,
  totals,
  horizonLabel,
  onCycle,
  onItemFocus,
  caption,
}: MatrixTableProps) {
  const { t } = useTranslation();
  const untitled = t('views:untitled');
  const span = columns.length + 2;
  const body = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const itemCount = rows.filter((r) => r.type === 'output' || r.type === 'activity').length;
  // Rows or columns may have gone since: keep the tab stop inside the grid.
  const activeRow = Math.min(active[0], Math.max(0, itemCount - 1));
  const activeCol = Math.min(active[1], Math.max(0, columns.length - 1));
  const onCellFocus = useCallback(
    (row: number, col: number, nodeId: string) => {
      setActive([row, col]);
      onItemFocus?.(nodeId);
    },
    [onItemFocus],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const at = target.dataset.cell?.split(':').map(Number);
    if (!at || at.length !== 2) return;
    const [row = 0, col = 0] = at;
    let next: [number, number] | null = null;
    const move = MOVES[e.key];
    if (move) next = [row + move[0], col + move[1]];
    else if (e.key === 'Home') next = [e.ctrlKey ? 0 : row, 0];
    else if (e.key === 'End') next = [e.ctrlKey ? itemCount - 1 : row, columns.length - 1];
    if (!next) return;
    e.preventDefault();
    const r = Math.max(0, Math.min(itemCount - 1, next[0]));
    const c = Math.max(0, Math.min(columns.length - 1, next[1]));
    body.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };

  let itemIndex = 0;
  return (
    <table className="matrix">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="matrix__item-head">
            {t('views:matrix.item')}
          </th>
          <th scope="col" className="matrix__horizon-head">
            {t('views:matrix.horizon')}
          </th>
          {columns.map((a) => (
            <th key={a.id} scope="col" className="matrix__actor-head" title={a.name}>
              <span className="matrix__actor-name">{actorShortName(a)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onCycle ? onKeyDown : undefined}>
        {rows.map((row, i) => {
          if (row.type === 'objective' || row.type === 'no-output') {
            const text =
              row.type === 'no-output'
                ? t('views:matrix.noOutput')
                : row.node
                  ? `${t('common:kind.objective')} — ${nodeTitle(row.node, untitled)}`
                  : t('views:matrix.noObjective');
            return (
              <tr key={`g${i}`} className="matrix__group">
                <th scope="rowgroup" colSpan={span}>
                  {text}
                </th>
              </tr>
            );
          }
          const index = itemIndex++;
          return (
            <MatrixItemRow
              key={row.node.id}
              node={row.node}
              type={row.type}
              index={index}
              columns={columns}
              activeColumn={index === activeRow ? activeCol : null}
              horizonLabel={horizonLabel}
              onCycle={onCycle}
              onCellFocus={onCellFocus}
            />
          );
        })}
      </tbody>
      <tfoot>
        {HORIZONS.map((h) => (
          <tr key={h} className="matrix__totals">
            <th scope="row" colSpan={2}>
              {t('views:matrix.totals', { horizon: horizonLabel(h) })}
            </th>
            {columns.map((a) => {
              const load = totals.get(a.id)?.[h];
              if (!load) return <td key={a.id} />;
              const text = t('views:matrix.load', { lead: load.lead, support: load.support });
              const overload = t('views:matrix.overload', { actor: a.name });
              return (
                <td
                  key={a.id}
                  className={`matrix__total${load.overloaded ? ' matrix__total--overload' : ''}`}
                  title={load.overloaded ? overload : text}
                >
                  {load.overloaded && <span aria-hidden="true">⚠ </span>}
                  {load.lead}/{load.support}
                  {load.overloaded && <span className="visually-hidden"> {overload}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tfoot>
    </table>
  );
});
