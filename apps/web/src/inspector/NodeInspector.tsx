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
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { displayHorizonLabels } from '../canvas/horizonLabels';
import { ActorPickers } from './ActorPickers';
import { BenchmarksEditor } from './BenchmarksEditor';
import { BoundTextField } from './BoundTextField';
import { CommitField } from './CommitField';
import { ConnectionsEditor } from './ConnectionsEditor';
import { fundingLabels, priorityLabels } from './labels';
import { ReadOnlyNode } from './ReadOnlyNode';
import { RisksEditor } from './RisksEditor';
import { useRunCommand } from './useRunCommand';
import { useStoreActors, useStoreMeta, useStoreNode } from './useStoreData';

/** Every field of one node, editable (or shown as text when read-only). */
export function NodeInspector({ session, nodeId }: { session: BoardSession; nodeId: string }) {
  const { t } = useT();
  const { store } = session;
  const node = useStoreNode(store, nodeId);
  const actors = useStoreActors(store);
  const meta = useStoreMeta(store);
  const { run, error } = useRunCommand(store);
  if (!node) return <p>{t('inspector:itemGone')}</p>;
  if (session.readOnly) return <ReadOnlyNode node={node} actors={actors} meta={meta} />;
  const update = (
    fields: Partial<
      Pick<PlanNode, 'horizon' | 'priority' | 'status' | 'tags' | 'funding' | 'durationWeeks'>
    >,
  ) => run({ type: 'node.update', id: node.id, fields });
  const priorityLabel = priorityLabels(t);
  const horizonLabels = displayHorizonLabels(meta.horizonLabels, t);
  const fundingLabel = fundingLabels(t);

  return (
    <div className="isf-inspector__node">
      <p className="isf-inspector__kind">
        <span className={`isf-kind-badge isf-kind-badge--${node.kind}`}>
          {t(`common:kind.${node.kind}`)}
        </span>
        {node.ref !== null && (
          <span className="isf-inspector__ref">
            {' '}
            {t('inspector:fromStudyItem', { ref: node.ref })}
          </span>
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
        label={t('inspector:title')}
      />
      <BoundTextField
        key={`${node.id}-description`}
        session={session}
        nodeId={node.id}
        field="description"
        label={t('inspector:description')}
        multiline
      />
      <div className="isf-field-row">
        <div className="isf-field">
          <label htmlFor="isf-insp-horizon">{t('inspector:horizon')}</label>
          <select
            id="isf-insp-horizon"
            value={node.horizon}
            onChange={(e) => update({ horizon: e.target.value as Horizon })}
          >
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {horizonLabels[h]}
              </option>
            ))}
          </select>
        </div>
        <div className="isf-field">
          <label htmlFor="isf-insp-priority">{t('inspector:priority')}</label>
          <select
            id="isf-insp-priority"
            value={node.priority}
            onChange={(e) => update({ priority: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5].map((p) => (
              <option key={p} value={p}>
                {priorityLabel[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="isf-field">
          <label htmlFor="isf-insp-status">{t('inspector:status')}</label>
          <select
            id="isf-insp-status"
            value={node.status}
            onChange={(e) => update({ status: e.target.value as NodeStatus })}
          >
            {NODE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:nodeStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActorPickers node={node} actors={actors} run={run} />
      <fieldset className="isf-fieldset">
        <legend>{t('inspector:crossCutting')}</legend>
        {CROSS_CUTTING_TAGS.map((tag) => (
          <label key={tag} className="isf-check">
            <input
              type="checkbox"
              checked={node.tags.includes(tag)}
              onChange={(e) =>
                update({
                  tags: e.target.checked ? [...node.tags, tag] : node.tags.filter((x) => x !== tag),
                })
              }
            />
            {t(`common:tag.${tag}`)}
          </label>
        ))}
      </fieldset>
      <div className="isf-field-row">
        <div className="isf-field">
          <label htmlFor="isf-insp-funding">{t('inspector:funding')}</label>
          <select
            id="isf-insp-funding"
            value={node.funding ?? ''}
            onChange={(e) =>
              update({ funding: e.target.value === '' ? null : (e.target.value as FundingSource) })
            }
          >
            <option value="">{t('inspector:notSet')}</option>
            {FUNDING_SOURCES.map((f) => (
              <option key={f} value={f}>
                {fundingLabel[f]}
              </option>
            ))}
          </select>
        </div>
        <CommitField
          label={t('inspector:durationWeeks')}
          type="number"
          value={node.durationWeeks === null ? '' : String(node.durationWeeks)}
          onCommit={(v) => {
            const n = Number(v);
            update({ durationWeeks: v.trim() === '' || !Number.isFinite(n) || n <= 0 ? null : n });
          }}
        />
      </div>
      <BenchmarksEditor session={session} node={node} horizonLabels={horizonLabels} />
      <RisksEditor node={node} run={run} />
      <ConnectionsEditor session={session} node={node} />
      <button
        type="button"
        className="isf-danger"
        onClick={() => run({ type: 'node.delete', ids: [node.id] })}
      >
        {t('inspector:delete', { context: node.kind })}
      </button>
    </div>
  );
}
