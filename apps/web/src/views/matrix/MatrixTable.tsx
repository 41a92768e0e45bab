import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS } from '@isf/framework';
import type { Actor, Horizon, PlanNode } from '@isf/framework';
import { nodeTitle } from '../nodeTitle';
import { ColumnGap, MatrixItemRow } from './MatrixItemRow';
import { actorShortName, type HorizonLoad, type MatrixRow } from './matrixModel';
import { revealDelta } from './rowWindow';
import { useRowWindow } from './useRowWindow';

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
  /**
   * In a scrolling box of its own, rendering only the rows in view (each with its
   * `aria-rowindex`). False or absent (the print page): every row is rendered.
   */
  virtual?: boolean;
}

/** The key of a row (measured heights are kept by it). */
function rowKey(row: MatrixRow, i: number): string {
  return row.type === 'output' || row.type === 'activity' ? row.node.id : `g${i}`;
}

/** Scrolls `scroller` so that `cell` is clear of the sticky header row and item column. */
function reveal(cell: HTMLElement, scroller: HTMLElement | null | undefined): void {
  const table = cell.closest('table');
  if (!scroller || !table) return;
  const box = scroller.getBoundingClientRect();
  const top = box.top + scroller.clientTop;
  const left = box.left + scroller.clientLeft;
  const target = (cell.closest('td') ?? cell).getBoundingClientRect();
  const { dx, dy } = revealDelta(
    target,
    { top, left, bottom: top + scroller.clientHeight, right: left + scroller.clientWidth },
    {
      top: table.tHead?.getBoundingClientRect().height ?? 0,
      left: table.querySelector('.matrix__item-head')?.getBoundingClientRect().width ?? 0,
    },
  );
  if (dx !== 0 || dy !== 0) scroller.scrollBy({ left: dx, top: dy });
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
 * The cells are one tab stop: arrow keys, Home and End move between them (roving tabindex), and
 * scroll the cell into view. With `scrollRef`, only the rows in view are in the DOM; the table
 * states its full size (`aria-rowcount`) and each row its place (`aria-rowindex`).
 */
export const MatrixTable = memo(function MatrixTable({
  columns,
  rows,
  totals,
  horizonLabel,
  onCycle,
  onItemFocus,
  caption,
  virtual = false,
}: MatrixTableProps) {
  const { t } = useTranslation();
  const untitled = t('views:untitled');
  const span = columns.length + 2;
  const body = useRef<HTMLTableSectionElement>(null);
  const scroll = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  // Per row: its key and its index among the item rows (null for group rows); per item: its row.
  const { keys, itemOf, rowOfItem } = useMemo(() => {
    const itemOf: (number | null)[] = [];
    const rowOfItem: number[] = [];
    rows.forEach((row, i) => {
      if (row.type === 'output' || row.type === 'activity') {
        itemOf.push(rowOfItem.length);
        rowOfItem.push(i);
      } else itemOf.push(null);
    });
    return { keys: rows.map(rowKey), itemOf, rowOfItem };
  }, [rows]);
  const itemCount = rowOfItem.length;
  // Rows or columns may have gone since: keep the tab stop inside the grid.
  const activeRow = Math.min(active[0], Math.max(0, itemCount - 1));
  const activeCol = Math.min(active[1], Math.max(0, columns.length - 1));
  const activeRowIndex = rowOfItem[activeRow];
  // The row holding the tab stop stays rendered when scrolled away.
  const pinned = useMemo(
    () => (activeRowIndex === undefined ? [] : [activeRowIndex]),
    [activeRowIndex],
  );
  const slots = useRowWindow({ keys, scrollRef: scroll, enabled: virtual, bodyRef: body, pinned });
  // The same across: only the entity columns in view, and the tab stop's column.
  const head = useRef<HTMLTableRowElement>(null);
  const columnKeys = useMemo(() => columns.map((a) => a.id), [columns]);
  const pinnedColumns = useMemo(() => [activeCol], [activeCol]);
  const columnSlots = useRowWindow({
    keys: columnKeys,
    scrollRef: scroll,
    enabled: virtual,
    bodyRef: head,
    axis: 'x',
    leading: 2,
    pinned: pinnedColumns,
    overscan: 3,
    estimate: 48,
  });
  // Cells rendered per row: item, horizon, then entity cells and gaps.
  const renderedSpan = columnSlots.length + 2;
  // A cell the keyboard moved to before its row was rendered: focused after the next render.
  const pendingFocus = useRef<string | null>(null);

  const onCellFocus = useCallback(
    (row: number, col: number, nodeId: string) => {
      setActive([row, col]);
      onItemFocus?.(nodeId);
    },
    [onItemFocus],
  );

  const focusCell = useCallback(
    (cell: string): boolean => {
      const el = body.current?.querySelector<HTMLElement>(`[data-cell="${cell}"]`);
      if (!el) return false;
      el.focus({ preventScroll: true });
      reveal(el, virtual ? scroll.current : null);
      return true;
    },
    [virtual],
  );

  useLayoutEffect(() => {
    if (pendingFocus.current !== null && focusCell(pendingFocus.current)) {
      pendingFocus.current = null;
    }
  });

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
    if (!focusCell(`${r}:${c}`)) {
      // Not rendered (scrolled away): make it the tab stop, which renders its row, then focus it.
      pendingFocus.current = `${r}:${c}`;
      setActive([r, c]);
    }
  };

  const table = (
    <table
      className="matrix"
      aria-rowcount={rows.length + 1 + HORIZONS.length}
      aria-colcount={span}
    >
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr aria-rowindex={1} ref={head}>
          <th scope="col" className="matrix__item-head">
            {t('views:matrix.item')}
          </th>
          <th scope="col" className="matrix__horizon-head">
            {t('views:matrix.horizon')}
          </th>
          {columnSlots.map((slot) => {
            if (slot.type === 'gap') return <ColumnGap key={slot.key} size={slot.size} />;
            const a = columns[slot.index]!;
            return (
              <th
                key={a.id}
                scope="col"
                className="matrix__actor-head"
                title={a.name}
                data-window-key={a.id}
                aria-colindex={slot.index + 3}
              >
                <span className="matrix__actor-name">{actorShortName(a)}</span>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onCycle ? onKeyDown : undefined}>
        {slots.map((slot) => {
          if (slot.type === 'gap') {
            return (
              <tr key={slot.key} className="matrix__gap" aria-hidden="true">
                <td colSpan={renderedSpan} style={{ height: slot.size }} />
              </tr>
            );
          }
          const i = slot.index;
          const row = rows[i]!;
          const key = keys[i]!;
          if (row.type === 'objective' || row.type === 'no-output') {
            const text =
              row.type === 'no-output'
                ? t('views:matrix.noOutput')
                : row.node
                  ? `${t('common:kind.objective')} — ${nodeTitle(row.node, untitled)}`
                  : t('views:matrix.noObjective');
            return (
              <tr key={key} data-window-key={key} aria-rowindex={i + 2} className="matrix__group">
                <th scope="rowgroup" colSpan={renderedSpan}>
                  {text}
                </th>
              </tr>
            );
          }
          const index = itemOf[i]!;
          return (
            <MatrixItemRow
              key={key}
              node={row.node}
              type={row.type}
              index={index}
              rowIndex={i + 2}
              columns={columns}
              columnSlots={columnSlots}
              activeColumn={index === activeRow ? activeCol : null}
              horizonLabel={horizonLabel}
              onCycle={onCycle}
              onCellFocus={onCellFocus}
            />
          );
        })}
      </tbody>
      <tfoot>
        {HORIZONS.map((h, k) => (
          <tr key={h} className="matrix__totals" aria-rowindex={rows.length + 2 + k}>
            <th scope="row" colSpan={2}>
              {t('views:matrix.totals', { horizon: horizonLabel(h) })}
            </th>
            {columnSlots.map((slot) => {
              if (slot.type === 'gap') return <ColumnGap key={slot.key} size={slot.size} />;
              const a = columns[slot.index]!;
              const load = totals.get(a.id)?.[h];
              if (!load) return <td key={a.id} aria-colindex={slot.index + 3} />;
              const text = t('views:matrix.load', { lead: load.lead, support: load.support });
              const overload = t('views:matrix.overload', { actor: a.name });
              return (
                <td
                  key={a.id}
                  aria-colindex={slot.index + 3}
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
  return virtual ? (
    <div className="matrix__scroll" ref={scroll}>
      {table}
    </div>
  ) : (
    table
  );
});
