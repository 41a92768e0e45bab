import { useState } from 'react';
import { ACTOR_GROUPS, type ActorGroup } from '@isf/framework';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { CommitField } from './CommitField';
import { useRunCommand } from './useRunCommand';
import { useStoreActors } from './useStoreData';

/** The board's entities: add, rename (name, abbreviation), change group, delete. */
export function ActorsEditor({ session }: { session: BoardSession }) {
  const { t } = useT();
  const actors = useStoreActors(session.store);
  const { run, error } = useRunCommand(session.store);
  const [name, setName] = useState('');
  const [abbrev, setAbbrev] = useState('');
  const [group, setGroup] = useState<ActorGroup>('mission-component');
  const ro = session.readOnly;
  return (
    <details className="isf-section isf-actors">
      <summary>{t('inspector:actors.summary', { count: actors.length })}</summary>
      {error !== null && <p role="alert">{error}</p>}
      <ul className="isf-list" aria-label={t('inspector:actors.list')}>
        {actors.map((a) =>
          ro ? (
            <li key={a.id}>
              {a.abbrev ? `${a.abbrev} — ` : ''}
              {a.name} ({t(`common:actorGroup.${a.group}`)})
            </li>
          ) : (
            <li key={a.id} className="isf-actor">
              <CommitField
                label={t('inspector:actors.nameOf', { name: a.name })}
                hideLabel
                value={a.name}
                onCommit={(v) =>
                  v.trim() !== '' &&
                  run({ type: 'actor.update', id: a.id, fields: { name: v.trim() } })
                }
              />
              <CommitField
                label={t('inspector:actors.abbrevOf', { name: a.name })}
                hideLabel
                placeholder={t('inspector:actors.abbrevPlaceholder')}
                value={a.abbrev ?? ''}
                onCommit={(v) =>
                  run({
                    type: 'actor.update',
                    id: a.id,
                    fields: { abbrev: v.trim() === '' ? null : v.trim() },
                  })
                }
              />
              <select
                aria-label={t('inspector:actors.groupOf', { name: a.name })}
                value={a.group}
                onChange={(e) =>
                  run({
                    type: 'actor.update',
                    id: a.id,
                    fields: { group: e.target.value as ActorGroup },
                  })
                }
              >
                {ACTOR_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`common:actorGroup.${g}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                aria-label={t('inspector:actors.deleteLabel', { name: a.name })}
                onClick={() => run({ type: 'actor.delete', id: a.id })}
              >
                {t('inspector:actors.delete')}
              </button>
            </li>
          ),
        )}
      </ul>
      {!ro && (
        <form
          className="isf-add-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() === '') return;
            const ok = run({
              type: 'actor.add',
              actor: {
                name: name.trim(),
                abbrev: abbrev.trim() === '' ? null : abbrev.trim(),
                group,
              },
            });
            if (ok) {
              setName('');
              setAbbrev('');
            }
          }}
        >
          <label>
            {t('inspector:actors.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('inspector:actors.abbrev')}
            <input value={abbrev} onChange={(e) => setAbbrev(e.target.value)} />
          </label>
          <label>
            {t('inspector:actors.group')}
            <select value={group} onChange={(e) => setGroup(e.target.value as ActorGroup)}>
              {ACTOR_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`common:actorGroup.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('inspector:actors.add')}</button>
        </form>
      )}
    </details>
  );
}
