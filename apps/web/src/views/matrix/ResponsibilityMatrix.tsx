import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_GROUPS } from '@isf/framework';
import type { Actor, ActorGroup, PlanNode } from '@isf/framework';
import { messageText } from '../../i18n';
import type { BoardSession } from '../../session/BoardSession';
import { useBoard } from '../useBoard';
import { useHorizonLabel } from '../horizonLabel';
import { selectInInspector } from '../selectInInspector';
import { MatrixTable } from './MatrixTable';
import {
  cycleCommand,
  entitiesInUse,
  entityTotals,
  matrixColumns,
  matrixRows,
  rowsOfObjective,
} from './matrixModel';

/** Select value for the items outside any objective. */
const NO_OBJECTIVE = '\u0000none';

/**
 * Who leads and who supports what: activities grouped by objective and output × entities. A click
 * (or Enter/Space) on a cell cycles empty → support → lead → empty; one lead per item. Columns are
 * the entities in use plus any picked; a filter narrows them to one group of entities.
 */
export const ResponsibilityMatrix = memo(function ResponsibilityMatrix({
  session,
}: {
  session: BoardSession;
}) {
  const { t } = useTranslation();
  const board = useBoard(session);
  const label = useHorizonLabel(board.meta);
  const [group, setGroup] = useState<ActorGroup | 'all'>('all');
  const [objective, setObjective] = useState<string>('all');
  const [extra, setExtra] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState('');
  const groupId = useId();
  const pickId = useId();
  const objectiveId = useId();
  const rows = useMemo(
    () => rowsOfObjective(matrixRows(board), objective === NO_OBJECTIVE ? null : objective),
    [board, objective],
  );
  const objectives = board.nodes.filter((n) => n.kind === 'objective');
  // Entities seen in use since the matrix opened keep their column, so a column does not vanish
  // under the pointer when its last cell is cleared.
  const seen = useRef<Set<string>>(new Set());
  // The same array while the columns are the same actors, so unchanged rows do not re-render.
  const previousColumns = useRef<Actor[]>([]);
  const columns = useMemo(() => {
    for (const id of entitiesInUse(board)) seen.current.add(id);
    const next = matrixColumns(board, new Set([...seen.current, ...extra]), group);
    const prev = previousColumns.current;
    if (next.length === prev.length && next.every((a, i) => a === prev[i])) return prev;
    previousColumns.current = next;
    return next;
  }, [board, extra, group]);
  const totals = useMemo(
    () =>
      entityTotals(
        board,
        columns.map((a) => a.id),
      ),
    [board, columns],
  );
  const shown = useMemo(() => new Set(columns.map((a) => a.id)), [columns]);
  const pickable = board.actors.filter(
    (a) => !shown.has(a.id) && (group === 'all' || a.group === group),
  );

  const onCycle = useCallback(
    (node: PlanNode, actor: Actor) => {
      const result = session.store.run(cycleCommand(node, actor.id));
      setNotice(result.ok ? '' : messageText(result));
    },
    [session],
  );

  const onItemFocus = useCallback((id: string) => selectInInspector(session, id), [session]);

  return (
    <section className="view matrix-view" aria-labelledby="matrix-title">
      <header className="view__header">
        <h2 id="matrix-title">{t('views:matrix.title')}</h2>
        <p className="view__hint">{t('views:matrix.hint')}</p>
        <div className="view__controls">
          <label htmlFor={objectiveId}>{t('views:matrix.objectiveFilter')}</label>
          <select id={objectiveId} value={objective} onChange={(e) => setObjective(e.target.value)}>
            <option value="all">{t('views:matrix.allObjectives')}</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title.trim() || t('views:untitled')}
              </option>
            ))}
            <option value={NO_OBJECTIVE}>{t('views:matrix.unattached')}</option>
          </select>
          <label htmlFor={groupId}>{t('views:matrix.groupFilter')}</label>
          <select
            id={groupId}
            value={group}
            onChange={(e) => setGroup(e.target.value as ActorGroup | 'all')}
          >
            <option value="all">{t('views:matrix.allGroups')}</option>
            {ACTOR_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`common:actorGroup.${g}`)}
              </option>
            ))}
          </select>
          <label htmlFor={pickId}>{t('views:matrix.addColumn')}</label>
          <select
            id={pickId}
            value=""
            disabled={pickable.length === 0}
            onChange={(e) => {
              const id = e.target.value;
              if (id) setExtra((prev) => new Set([...prev, id]));
            }}
          >
            <option value="">{t('views:matrix.pickEntity')}</option>
            {pickable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <p className="view__legend">{t('views:matrix.legend')}</p>
      </header>
      <p role="status" className="view__notice">
        {notice}
      </p>
      {columns.length === 0 ? (
        <p className="view__empty">{t('views:matrix.noColumns')}</p>
      ) : (
        <MatrixTable
          columns={columns}
          rows={rows}
          totals={totals}
          horizonLabel={label}
          onCycle={session.readOnly ? undefined : onCycle}
          onItemFocus={onItemFocus}
          caption={t('views:matrix.title')}
          virtual
        />
      )}
    </section>
  );
});
