import {
  HORIZONS,
  NODE_STATUSES,
  type Horizon,
  type NodeStatus,
  type PlanNode,
} from '@isf/framework';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { displayHorizonLabels } from '../canvas/horizonLabels';
import { priorityLabels } from './labels';
import { useStoreMeta } from './useStoreData';

/** Several selected nodes: a count and bulk horizon/priority/status setters (one undo step each). */
export function MultiInspector({
  session,
  nodeIds,
  edgeCount,
}: {
  session: BoardSession;
  nodeIds: readonly string[];
  edgeCount: number;
}) {
  const { t } = useT();
  const meta = useStoreMeta(session.store);
  const priorityLabel = priorityLabels(t);
  const horizonLabels = displayHorizonLabels(meta.horizonLabels, t);
  const setAll = (fields: Partial<Pick<PlanNode, 'horizon' | 'priority' | 'status'>>): void => {
    session.undo.beginGroup();
    try {
      for (const id of nodeIds) session.store.run({ type: 'node.update', id, fields });
    } finally {
      session.undo.endGroup();
    }
  };
  return (
    <div className="isf-inspector__multi">
      <p>
        {edgeCount > 0
          ? t('inspector:multi.itemsAndLinks', {
              items: t('inspector:multi.itemCount', { count: nodeIds.length }),
              links: t('inspector:multi.linkCount', { count: edgeCount }),
            })
          : t('inspector:multi.items', { count: nodeIds.length })}
      </p>
      {!session.readOnly && nodeIds.length > 0 && (
        <div className="isf-field-row">
          <label>
            {t('inspector:multi.setHorizon')}
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ horizon: e.target.value as Horizon })}
            >
              <option value="">—</option>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {horizonLabels[h]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inspector:multi.setPriority')}
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ priority: Number(e.target.value) })}
            >
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((p) => (
                <option key={p} value={p}>
                  {priorityLabel[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inspector:multi.setStatus')}
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ status: e.target.value as NodeStatus })}
            >
              <option value="">—</option>
              {NODE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:nodeStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
