import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, NodeKind, PlanNode } from '@isf/framework';
import type { BoardSession } from '../../session/BoardSession';
import { useFindings } from '../../problems/FindingsStore';
import { useBoard } from '../useBoard';
import { nodeTitle } from '../nodeTitle';
import { selectInInspector } from '../selectInInspector';
import { PriorityItem } from './PriorityItem';
import {
  priorityCommand,
  priorityGroups,
  priorityLinks,
  shiftLevel,
  type PriorityLevel,
} from './priorityModel';

const DRAG_TYPE = 'application/x-isf-priority';
const KIND_SETS: Record<string, ReadonlySet<NodeKind>> = {
  all: new Set(['objective', 'output', 'activity']),
  objective: new Set(['objective']),
  output: new Set(['output']),
  activity: new Set(['activity']),
};
const PRIORITY_RULES = new Set(['PRIORITY-INVERSION', 'PRI-LEVEL']);

/**
 * What matters most: items in five priority levels with their priority edges. Re-rank by dragging
 * an item to another level, with its raise/lower buttons, or with ↑/↓ on a focused item.
 * PRIORITY-INVERSION and PRI-LEVEL findings are marked on the items they concern.
 */
export const PriorityView = memo(function PriorityView({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const board = useBoard(session);
  const { findings } = useFindings(session);
  const [kind, setKind] = useState('all');
  const [dropLevel, setDropLevel] = useState<number | null>(null);
  const kindId = useId();
  const groups = useMemo(
    () => priorityGroups(board, KIND_SETS[kind] ?? KIND_SETS.all!),
    [board, kind],
  );
  const links = useMemo(() => priorityLinks(board), [board]);
  const byId = useMemo(() => new Map(board.nodes.map((n) => [n.id, n])), [board]);
  const problems = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) {
      if (!PRIORITY_RULES.has(f.rule)) continue;
      for (const id of f.nodeIds.slice(0, 2)) map.set(id, [...(map.get(id) ?? []), f]);
    }
    return map;
  }, [findings]);
  const readOnly = session.readOnly;
  // An item moved to another level is a new element there: keep the keyboard focus on it.
  const root = useRef<HTMLElement>(null);
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    refocus.current = null;
    root.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus();
  }, [groups]);
  const untitled = t('views:untitled');
  const titleOf = useCallback((id: string) => nodeTitle(byId.get(id), untitled), [byId, untitled]);

  const setLevel = useCallback(
    (node: Pick<PlanNode, 'id' | 'priority'>, level: PriorityLevel) => {
      const command = priorityCommand(node, level);
      if (command && !readOnly) session.store.run(command);
    },
    [session, readOnly],
  );
  const shift = useCallback(
    (node: PlanNode, delta: number) => {
      const level = shiftLevel(node.priority, delta);
      if (!level) return;
      refocus.current = node.id;
      setLevel(node, level);
    },
    [setLevel],
  );
  const onItemFocus = useCallback((id: string) => selectInInspector(session, id), [session]);
  const onKeyDown = useCallback(
    (node: PlanNode, event: KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      const delta = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      shift(node, delta);
    },
    [shift],
  );
  const dropHandlers = (level: PriorityLevel) => ({
    onDragOver: (e: DragEvent) => {
      if (readOnly || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      setDropLevel(level);
    },
    onDragLeave: () => setDropLevel(null),
    onDrop: (e: DragEvent) => {
      setDropLevel(null);
      const node = byId.get(e.dataTransfer.getData(DRAG_TYPE));
      if (!node) return;
      e.preventDefault();
      setLevel(node, level);
    },
  });

  return (
    <section ref={root} className="view priority-view" aria-labelledby="priority-title">
      <header className="view__header">
        <h2 id="priority-title">{t('views:priority.title')}</h2>
        <p className="view__hint">{t('views:priority.hint')}</p>
        <div className="view__controls">
          <label htmlFor={kindId}>{t('views:priority.kindFilter')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="all">{t('views:priority.allKinds')}</option>
            <option value="objective">{t('common:kindPlural.objective')}</option>
            <option value="output">{t('common:kindPlural.output')}</option>
            <option value="activity">{t('common:kindPlural.activity')}</option>
          </select>
        </div>
      </header>
      {groups.map((group) => (
        <section
          key={group.level}
          className={`priority__level${dropLevel === group.level ? ' priority__level--drop' : ''}`}
          aria-labelledby={`priority-level-${group.level}`}
          data-level={group.level}
          {...dropHandlers(group.level)}
        >
          <h3 id={`priority-level-${group.level}`}>
            {t('views:priority.level', { level: group.level })}{' '}
            <span className="priority__count">({group.nodes.length})</span>
          </h3>
          {group.nodes.length === 0 ? (
            <p className="priority__empty">{t('views:priority.emptyLevel')}</p>
          ) : (
            <ul className="priority__list">
              {group.nodes.map((node) => (
                <PriorityItem
                  key={node.id}
                  node={node}
                  title={titleOf(node.id)}
                  links={links.get(node.id)}
                  findings={problems.get(node.id)}
                  titleOf={titleOf}
                  readOnly={readOnly}
                  dragType={DRAG_TYPE}
                  onShift={shift}
                  onKeyDown={onKeyDown}
                  onFocus={onItemFocus}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
});
