import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS } from '@isf/framework';
import type { Actor, Horizon, PlanNode } from '@isf/framework';
import { nodeTitle } from '../nodeTitle';
import { actorShortName, cellRole, type HorizonLoad, type MatrixRow } from './matrixModel';

/** Props of {@link MatrixTable}. */
export interface MatrixTableProps {
  columns: Actor[];
  rows: MatrixRow[];
  totals: Map<string, Record<Horizon, HorizonLoad>>;
  horizonLabel: (h: Horizon) => string;
  /** Called when a cell is activated; absent for a read-only (or printed) matrix. */
  onCycle?: (node: PlanNode, actor: Actor) => void;
  caption: string;
}

/**
 * The responsibility matrix as a table: items (rows) × entities (columns), cells Lead / Support /
 * empty (a letter and a word for screen readers, not only a colour), then totals per horizon.
 */
export const MatrixTable = memo(function MatrixTable({
  columns,
  rows,
  totals,
  horizonLabel,
  onCycle,
  caption,
}: MatrixTableProps) {
  const { t } = useTranslation();
  const untitled = t('views:untitled');
  const span = columns.length + 2;
  const roleWord = (role: 'lead' | 'support' | null): string =>
    role ? t(`common:role.${role}`) : t('views:matrix.none');
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
      <tbody>
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
          const node = row.node;
          const title = nodeTitle(node, untitled);
          return (
            <tr key={node.id} className={`matrix__row matrix__row--${row.type}`}>
              <th scope="row" className="matrix__item">
                <span className="matrix__kind">{t(`common:kind.${node.kind}`)}</span> {title}
              </th>
              <td className="matrix__horizon">{horizonLabel(node.horizon)}</td>
              {columns.map((actor) => {
                const role = cellRole(node, actor.id);
                const mark = role ? t(`common:roleMark.${role}`) : '';
                const label = t('views:matrix.cellLabel', {
                  actor: actor.name,
                  item: title,
                  role: roleWord(role),
                });
                return (
                  <td key={actor.id} className={`matrix__cell matrix__cell--${role ?? 'none'}`}>
                    {onCycle ? (
                      <button
                        type="button"
                        className="matrix__cell-button"
                        aria-label={label}
                        title={label}
                        onClick={() => onCycle(node, actor)}
                      >
                        {mark}
                      </button>
                    ) : (
                      <span aria-label={label}>{mark}</span>
                    )}
                  </td>
                );
              })}
            </tr>
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
              return (
                <td
                  key={a.id}
                  className={`matrix__total${load.overloaded ? ' matrix__total--overload' : ''}`}
                  title={load.overloaded ? t('views:matrix.overload', { actor: a.name }) : text}
                >
                  {load.overloaded && <span aria-hidden="true">⚠ </span>}
                  {load.lead}/{load.support}
                  {load.overloaded && (
                    <span className="visually-hidden">
                      {' '}
                      {t('views:matrix.overload', { actor: a.name })}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tfoot>
    </table>
  );
});
