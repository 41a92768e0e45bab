import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, ActorGroup } from '@isf/framework';
import { ModalDialog } from './ModalDialog';

interface JoinDialogProps {
  initialName: string;
  initialEntity: string | null;
  actors: Actor[];
  onJoin(name: string, entity: string | null): void;
  /** When given (the person already joined once), Escape closes the dialog without changes. */
  onCancel?: () => void;
}

/** Asks, once per browser (name) and board (entity), who is joining and which entity they represent. */
export const JoinDialog = memo(function JoinDialog({
  initialName,
  initialEntity,
  actors,
  onJoin,
  onCancel,
}: JoinDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [entity, setEntity] = useState(initialEntity ?? '');
  const [error, setError] = useState<string | null>(null);
  const groups = useMemo(() => {
    const map = new Map<ActorGroup, Actor[]>();
    for (const a of [...actors].sort((x, y) => x.name.localeCompare(y.name))) {
      const list = map.get(a.group);
      if (list) list.push(a);
      else map.set(a.group, [a]);
    }
    return [...map.entries()];
  }, [actors]);

  const onSubmit = useCallback(
    (e: FormEvent) => {
      e.preventDefault();
      if (!name.trim()) {
        setError(t('board:join.nameRequired'));
        return;
      }
      onJoin(name.trim(), entity || null);
    },
    [name, entity, onJoin, t],
  );

  return (
    <ModalDialog labelledBy={`${id}-title`} className="join-dialog" onClose={onCancel}>
      <form onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{t('board:join.title')}</h2>
        <p className="muted">{t('board:join.hint')}</p>
        <label htmlFor={`${id}-name`}>{t('board:join.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          maxLength={80}
          autoComplete="name"
          required
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          autoFocus
        />
        <label htmlFor={`${id}-entity`}>{t('board:join.entity')}</label>
        <select id={`${id}-entity`} value={entity} onChange={(e) => setEntity(e.target.value)}>
          <option value="">{t('board:join.noEntity')}</option>
          {groups.map(([group, list]) => (
            <optgroup key={group} label={t(`common:actorGroup.${group}`)}>
              {list.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.abbrev ? `${a.name} (${a.abbrev})` : a.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {error && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button--primary">
            {t('board:join.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
});
