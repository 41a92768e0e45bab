import { useState } from 'react';
import { ACTOR_GROUPS, type ActorGroup } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { CommitField } from './CommitField';
import { ACTOR_GROUP_LABEL } from './labels';
import { useRunCommand } from './useRunCommand';
import { useStoreActors } from './useStoreData';

/** The board's entities: add, rename (name, abbreviation), change group, delete. */
export function ActorsEditor({ session }: { session: BoardSession }) {
  const actors = useStoreActors(session.store);
  const { run, error } = useRunCommand(session.store);
  const [name, setName] = useState('');
  const [abbrev, setAbbrev] = useState('');
  const [group, setGroup] = useState<ActorGroup>('mission-component');
  const ro = session.readOnly;
  return (
    <details className="isf-section isf-actors">
      <summary>Entities on this board ({actors.length})</summary>
      {error !== null && <p role="alert">{error}</p>}
      <ul className="isf-list" aria-label="Entities">
        {actors.map((a) =>
          ro ? (
            <li key={a.id}>
              {a.abbrev ? `${a.abbrev} — ` : ''}
              {a.name} ({ACTOR_GROUP_LABEL[a.group]})
            </li>
          ) : (
            <li key={a.id} className="isf-actor">
              <CommitField
                label={`Name of ${a.name}`}
                hideLabel
                value={a.name}
                onCommit={(v) =>
                  v.trim() !== '' &&
                  run({ type: 'actor.update', id: a.id, fields: { name: v.trim() } })
                }
              />
              <CommitField
                label={`Abbreviation of ${a.name}`}
                hideLabel
                placeholder="Abbrev."
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
                aria-label={`Group of ${a.name}`}
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
                    {ACTOR_GROUP_LABEL[g]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                aria-label={`Delete entity ${a.name}`}
                onClick={() => run({ type: 'actor.delete', id: a.id })}
              >
                Delete
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
            Entity name
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Abbreviation
            <input value={abbrev} onChange={(e) => setAbbrev(e.target.value)} />
          </label>
          <label>
            Group
            <select value={group} onChange={(e) => setGroup(e.target.value as ActorGroup)}>
              {ACTOR_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {ACTOR_GROUP_LABEL[g]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Add entity</button>
        </form>
      )}
    </details>
  );
}
