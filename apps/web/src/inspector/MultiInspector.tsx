import {
  HORIZONS,
  NODE_STATUSES,
  type Horizon,
  type NodeStatus,
  type PlanNode,
} from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { STATUS_LABEL } from '../canvas/NodeBody';
import { PRIORITY_LABEL } from './NodeInspector';
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
  const meta = useStoreMeta(session.store);
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
        {nodeIds.length} items{edgeCount > 0 ? ` and ${edgeCount} links` : ''} selected.
      </p>
      {!session.readOnly && nodeIds.length > 0 && (
        <div className="isf-field-row">
          <label>
            Set horizon
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ horizon: e.target.value as Horizon })}
            >
              <option value="">—</option>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {meta.horizonLabels[h]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Set priority
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ priority: Number(e.target.value) })}
            >
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Set status
            <select
              value=""
              onChange={(e) => e.target.value && setAll({ status: e.target.value as NodeStatus })}
            >
              <option value="">—</option>
              {NODE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
