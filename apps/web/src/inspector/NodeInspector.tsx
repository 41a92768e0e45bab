import {
  CROSS_CUTTING_TAGS,
  FUNDING_SOURCES,
  HORIZONS,
  NODE_STATUSES,
  type FundingSource,
  type Horizon,
  type NodeStatus,
  type PlanNode,
} from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { KIND_LABEL, STATUS_LABEL } from '../canvas/NodeBody';
import { TAG_LABEL } from '../canvas/tagLabels';
import { ActorPickers } from './ActorPickers';
import { BenchmarksEditor } from './BenchmarksEditor';
import { BoundTextField } from './BoundTextField';
import { CommitField } from './CommitField';
import { ConnectionsEditor } from './ConnectionsEditor';
import { FUNDING_LABEL } from './labels';
import { ReadOnlyNode } from './ReadOnlyNode';
import { RisksEditor } from './RisksEditor';
import { useRunCommand } from './useRunCommand';
import { useStoreActors, useStoreMeta, useStoreNode } from './useStoreData';

/** Priority options: 1 is the highest. */
export const PRIORITY_LABEL: Record<number, string> = {
  1: '1 — highest',
  2: '2 — high',
  3: '3 — medium',
  4: '4 — low',
  5: '5 — lowest',
};

/** Every field of one node, editable (or shown as text when read-only). */
export function NodeInspector({ session, nodeId }: { session: BoardSession; nodeId: string }) {
  const { store } = session;
  const node = useStoreNode(store, nodeId);
  const actors = useStoreActors(store);
  const meta = useStoreMeta(store);
  const { run, error } = useRunCommand(store);
  if (!node) return <p>This item no longer exists.</p>;
  if (session.readOnly) return <ReadOnlyNode node={node} actors={actors} meta={meta} />;
  const update = (
    fields: Partial<
      Pick<PlanNode, 'horizon' | 'priority' | 'status' | 'tags' | 'funding' | 'durationWeeks'>
    >,
  ) => run({ type: 'node.update', id: node.id, fields });

  return (
    <div className="isf-inspector__node">
      <p className="isf-inspector__kind">
        <span className={`isf-kind-badge isf-kind-badge--${node.kind}`}>
          {KIND_LABEL[node.kind]}
        </span>
        {node.ref !== null && (
          <span className="isf-inspector__ref"> from study item {node.ref}</span>
        )}
      </p>
      {error !== null && (
        <p role="alert" className="isf-inspector__error">
          {error}
        </p>
      )}
      <BoundTextField
        key={`${node.id}-title`}
        session={session}
        nodeId={node.id}
        field="title"
        label="Title"
      />
      <BoundTextField
        key={`${node.id}-description`}
        session={session}
        nodeId={node.id}
        field="description"
        label="Description"
        multiline
      />
      <div className="isf-field-row">
        <div className="isf-field">
          <label htmlFor="isf-insp-horizon">Horizon</label>
          <select
            id="isf-insp-horizon"
            value={node.horizon}
            onChange={(e) => update({ horizon: e.target.value as Horizon })}
          >
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {meta.horizonLabels[h]}
              </option>
            ))}
          </select>
        </div>
        <div className="isf-field">
          <label htmlFor="isf-insp-priority">Priority</label>
          <select
            id="isf-insp-priority"
            value={node.priority}
            onChange={(e) => update({ priority: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5].map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="isf-field">
          <label htmlFor="isf-insp-status">Status</label>
          <select
            id="isf-insp-status"
            value={node.status}
            onChange={(e) => update({ status: e.target.value as NodeStatus })}
          >
            {NODE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActorPickers node={node} actors={actors} run={run} />
      <fieldset className="isf-fieldset">
        <legend>Cross-cutting issues</legend>
        {CROSS_CUTTING_TAGS.map((tag) => (
          <label key={tag} className="isf-check">
            <input
              type="checkbox"
              checked={node.tags.includes(tag)}
              onChange={(e) =>
                update({
                  tags: e.target.checked ? [...node.tags, tag] : node.tags.filter((t) => t !== tag),
                })
              }
            />
            {TAG_LABEL[tag]}
          </label>
        ))}
      </fieldset>
      <div className="isf-field-row">
        <div className="isf-field">
          <label htmlFor="isf-insp-funding">Funding</label>
          <select
            id="isf-insp-funding"
            value={node.funding ?? ''}
            onChange={(e) =>
              update({ funding: e.target.value === '' ? null : (e.target.value as FundingSource) })
            }
          >
            <option value="">Not set</option>
            {FUNDING_SOURCES.map((f) => (
              <option key={f} value={f}>
                {FUNDING_LABEL[f]}
              </option>
            ))}
          </select>
        </div>
        <CommitField
          label="Duration (weeks)"
          type="number"
          value={node.durationWeeks === null ? '' : String(node.durationWeeks)}
          onCommit={(v) => {
            const n = Number(v);
            update({ durationWeeks: v.trim() === '' || !Number.isFinite(n) || n <= 0 ? null : n });
          }}
        />
      </div>
      <BenchmarksEditor session={session} node={node} horizonLabels={meta.horizonLabels} />
      <RisksEditor node={node} run={run} />
      <ConnectionsEditor session={session} node={node} />
      <button
        type="button"
        className="isf-danger"
        onClick={() => run({ type: 'node.delete', ids: [node.id] })}
      >
        Delete {KIND_LABEL[node.kind].toLowerCase()}
      </button>
    </div>
  );
}
