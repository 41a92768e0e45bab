import type { Actor, PlanNode } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';
import { useT } from '../i18n';

/** Display name of an actor for pickers: "ABBREV — Name" or the name. */
export function actorOptionLabel(a: Actor): string {
  return a.abbrev ? `${a.abbrev} — ${a.name}` : a.name;
}

/**
 * The lead picker (one entity, or none) and the support picker (any number; the lead is excluded).
 */
export function ActorPickers({
  node,
  actors,
  run,
}: {
  node: PlanNode;
  actors: readonly Actor[];
  run(command: BoardCommand): boolean;
}) {
  const { t } = useT();
  const onSupportChange = (selected: string[]): void => {
    const next = new Set(selected);
    for (const id of node.support) {
      if (!next.has(id)) run({ type: 'support.remove', nodeId: node.id, actorId: id });
    }
    for (const id of next) {
      if (!node.support.includes(id)) run({ type: 'support.add', nodeId: node.id, actorId: id });
    }
  };
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (
    <div className="isf-actors-pickers">
      <div className="isf-field">
        <label htmlFor="isf-insp-lead">{t('inspector:lead')}</label>
        <select
          id="isf-insp-lead"
          value={node.lead ?? ''}
          onChange={(e) =>
            run({
              type: 'lead.set',
              nodeId: node.id,
              actorId: e.target.value === '' ? null : e.target.value,
            })
          }
        >
          <option value="">{t('inspector:noLead')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {actorOptionLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="isf-field">
        <label htmlFor="isf-insp-support">{t('inspector:support')}</label>
        <select
          id="isf-insp-support"
          multiple
          size={Math.min(6, Math.max(3, actors.length))}
          value={[...node.support]}
          onChange={(e) => onSupportChange(Array.from(e.target.selectedOptions, (o) => o.value))}
          aria-describedby="isf-insp-support-hint"
        >
          {actors.map((a) => (
            <option key={a.id} value={a.id} disabled={a.id === node.lead}>
              {actorOptionLabel(a)}
            </option>
          ))}
        </select>
        <small id="isf-insp-support-hint">{t('inspector:supportHint')}</small>
        {node.support.length > 0 && (
          <ul className="isf-chips" aria-label={t('inspector:supporting')}>
            {node.support.map((id) => (
              <li key={id}>
                {byId.get(id)?.abbrev ?? byId.get(id)?.name ?? id}
                <button
                  type="button"
                  aria-label={t('inspector:removeSupporter', { name: byId.get(id)?.name ?? id })}
                  onClick={() => run({ type: 'support.remove', nodeId: node.id, actorId: id })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
