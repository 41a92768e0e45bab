import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS, criticalChain } from '@isf/framework';
import type { Horizon, NodeKind, PlanNode } from '@isf/framework';
import type { BoardSession } from '../../session/BoardSession';
import { useFindings } from '../../problems/FindingsStore';
import { useBoard } from '../useBoard';
import { useHorizonLabel } from '../horizonLabel';
import { nodeTitle } from '../nodeTitle';
import { selectInInspector } from '../selectInInspector';
import {
  TIMELINE_GEOMETRY,
  horizonCommand,
  laneAtX,
  layoutTimeline,
  shiftHorizon,
} from './timelineModel';
import { TimelineCardView } from './TimelineCardView';

const DRAG_TYPE = 'application/x-isf-node';

/** A title cut to 40 characters for the one-line chain summary. */
const shorten = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const ACTIVITIES: ReadonlySet<NodeKind> = new Set(['activity']);
const ALL_KINDS: ReadonlySet<NodeKind> = new Set(['objective', 'output', 'activity']);

/**
 * The plan by time horizon: one lane per horizon (labels from the board), cards in sequencing
 * order with their sequence arrows, the critical chain highlighted and horizon inversions marked.
 * Drag a card to another lane, pick its horizon, or press ←/→ on a focused card to move it.
 */
export const TimelineView = memo(function TimelineView({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const board = useBoard(session);
  const { findings } = useFindings(session);
  const label = useHorizonLabel(board.meta);
  const [allKinds, setAllKinds] = useState(false);
  const [dropLane, setDropLane] = useState<Horizon | null>(null);
  const surface = useRef<HTMLDivElement>(null);
  const layout = useMemo(
    () => layoutTimeline(board, allKinds ? ALL_KINDS : ACTIVITIES),
    [board, allKinds],
  );
  const chain = useMemo(() => criticalChain(board), [board]);
  const chainNodes = useMemo(() => new Set(chain.nodeIds), [chain]);
  const chainEdges = useMemo(() => new Set(chain.edgeIds), [chain]);
  const inversions = useMemo(
    () => findings.filter((f) => f.rule === 'HORIZON-INVERSION'),
    [findings],
  );
  const inversionEdges = useMemo(() => new Set(inversions.flatMap((f) => f.edgeIds)), [inversions]);
  const byId = useMemo(() => new Map(board.nodes.map((n) => [n.id, n])), [board]);
  // What each item waits for, for screen readers (the arrows are drawn for sighted users).
  const waitsFor = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const e of board.edges) {
      if (e.kind !== 'sequence' || !byId.has(e.source)) continue;
      map.set(e.target, [...(map.get(e.target) ?? []), e.source]);
    }
    return map;
  }, [board, byId]);
  const readOnly = session.readOnly;

  const move = useCallback(
    (node: Pick<PlanNode, 'id' | 'horizon'>, horizon: Horizon) => {
      const command = horizonCommand(node, horizon);
      if (command && !readOnly) session.store.run(command);
    },
    [session, readOnly],
  );

  const onCardFocus = useCallback((id: string) => selectInInspector(session, id), [session]);
  const onCardKeyDown = useCallback(
    (node: PlanNode, event: KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      const next = shiftHorizon(node.horizon, delta);
      if (next) move(node, next);
    },
    [move],
  );

  const laneFromEvent = (event: DragEvent): Horizon | null => {
    const rect = surface.current?.getBoundingClientRect();
    return rect ? laneAtX(event.clientX - rect.left) : null;
  };
  const onDragOver = (event: DragEvent) => {
    if (readOnly || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropLane(laneFromEvent(event));
  };
  const onDrop = (event: DragEvent) => {
    setDropLane(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const node = byId.get(id);
    const lane = laneFromEvent(event);
    if (!node || !lane) return;
    event.preventDefault();
    move(node, lane);
  };
  const untitled = t('views:untitled');
  const g = TIMELINE_GEOMETRY;

  return (
    <section className="view timeline" aria-labelledby="timeline-title">
      <header className="view__header">
        <h2 id="timeline-title">{t('views:timeline.title')}</h2>
        <p className="view__hint">{t('views:timeline.hint')}</p>
        <label className="view__option">
          <input
            type="checkbox"
            checked={allKinds}
            onChange={(e) => setAllKinds(e.target.checked)}
          />
          {t('views:timeline.showAllKinds')}
        </label>
        <p className="view__legend">{t('views:timeline.legend')}</p>
        {chain.nodeIds.length > 1 && (
          <p className="timeline__chain">
            <span aria-hidden="true">★ </span>
            {t('views:timeline.criticalChain', {
              count: chain.nodeIds.length,
              path: chain.nodeIds
                .map((id) => shorten(nodeTitle(byId.get(id), untitled)))
                .join(' → '),
            })}
          </p>
        )}
      </header>
      <div className="timeline__scroll">
        <div
          ref={surface}
          className="timeline__surface"
          style={{ width: layout.width, height: layout.height }}
          onDragOver={onDragOver}
          onDragLeave={() => setDropLane(null)}
          onDrop={onDrop}
        >
          {HORIZONS.map((h, i) => (
            <div
              key={h}
              className={`timeline__lane${dropLane === h ? ' timeline__lane--drop' : ''}`}
              style={{ left: i * g.laneWidth, width: g.laneWidth, height: layout.height }}
              role="region"
              aria-label={label(h)}
              data-horizon={h}
            >
              <h3 className="timeline__lane-title">{label(h)}</h3>
            </div>
          ))}
          <svg
            className="timeline__arrows"
            width={layout.width}
            height={layout.height}
            aria-hidden="true"
          >
            <defs>
              <marker
                id="tl-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="10"
                markerHeight="10"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
              </marker>
            </defs>
            {layout.arrows.map((a) => {
              const bad = inversionEdges.has(a.id);
              const critical = chainEdges.has(a.id);
              return (
                <g key={a.id} data-edge-id={a.id}>
                  <path
                    d={a.d}
                    className={`timeline__arrow${bad ? ' timeline__arrow--inversion' : ''}${critical ? ' timeline__arrow--critical' : ''}`}
                    markerEnd="url(#tl-arrow)"
                  />
                  {bad && (
                    <text
                      x={a.mid.x}
                      y={a.mid.y}
                      className="timeline__arrow-flag"
                      textAnchor="middle"
                    >
                      ⚠
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          {layout.cards.map((card) => (
            <TimelineCardView
              key={card.node.id}
              card={card}
              title={nodeTitle(card.node, untitled)}
              after={
                waitsFor
                  .get(card.node.id)
                  ?.map((id) => nodeTitle(byId.get(id), untitled))
                  .join(', ') ?? ''
              }
              critical={chainNodes.has(card.node.id)}
              inversion={inversions.some((f) => f.nodeIds.includes(card.node.id))}
              readOnly={readOnly}
              horizonLabel={label}
              dragType={DRAG_TYPE}
              onMove={move}
              onKeyDown={onCardKeyDown}
              onFocus={onCardFocus}
            />
          ))}
        </div>
      </div>
      {layout.cards.length === 0 && <p className="view__empty">{t('views:timeline.empty')}</p>}
      {inversions.length > 0 && (
        <section className="view__findings" aria-labelledby="timeline-inversions">
          <h3 id="timeline-inversions">{t('views:timeline.inversionsTitle')}</h3>
          <ul>
            {inversions.map((f) => {
              const [a, b] = f.nodeIds.map((id) => byId.get(id));
              return (
                <li key={f.edgeIds.join()} className="finding finding--warning">
                  <span aria-hidden="true">⚠ </span>
                  {t('views:timeline.inversion', {
                    before: nodeTitle(a, untitled),
                    beforeHorizon: a ? label(a.horizon) : '',
                    after: nodeTitle(b, untitled),
                    afterHorizon: b ? label(b.horizon) : '',
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
});
