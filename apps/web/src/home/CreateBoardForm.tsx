import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { studyCatalog } from '@isf/framework';
import { createBoard } from '../api/apiClient';
import { boardPath, navigate } from '../app/route';
import { saveBoardToken } from '../app/tokenStore';
import { TemplatePicker } from './TemplatePicker';
import { allOutputIds, templateChoice } from './templateChoice';

type Start = 'blank' | 'study';

/** Create a board: blank, or from the study's generic framework scoped to chosen objectives/outputs. */
export const CreateBoardForm = memo(function CreateBoardForm() {
  const { t } = useTranslation();
  const id = useId();
  const catalog = useMemo(() => studyCatalog(), []);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<Start>('blank');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(allOutputIds(catalog)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = useCallback(
    (e: FormEvent) => {
      e.preventDefault();
      const template = start === 'study' ? templateChoice(catalog, selected) : null;
      if (start === 'study' && !template) {
        setError(t('home:create.chooseOutput'));
        return;
      }
      setBusy(true);
      setError(null);
      const trimmed = title.trim();
      createBoard({
        ...(trimmed ? { title: trimmed } : {}),
        ...(template ? { template } : {}),
      }).then(
        (created) => {
          saveBoardToken(created.board.id, created.link.token, created.board.title);
          navigate(boardPath(created.board.id));
        },
        (err: unknown) => {
          setBusy(false);
          setError(err instanceof Error ? err.message : String(err));
        },
      );
    },
    [catalog, selected, start, title, t],
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home:create.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-name`}>{t('home:create.boardTitle')}</label>
        <input
          id={`${id}-name`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('home:create.placeholder')}
          maxLength={300}
          autoComplete="off"
        />
        <fieldset className="radio-group">
          <legend>{t('home:create.startFrom')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'blank'}
              onChange={() => setStart('blank')}
            />
            {t('home:create.blank')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'study'}
              onChange={() => setStart('study')}
            />
            {t('home:create.study')}
          </label>
        </fieldset>
        {start === 'study' && (
          <>
            <div className="row">
              <button
                type="button"
                className="button--quiet"
                onClick={() => setSelected(new Set(allOutputIds(catalog)))}
              >
                {t('home:create.selectAll')}
              </button>
              <button
                type="button"
                className="button--quiet"
                onClick={() => setSelected(new Set())}
              >
                {t('home:create.clear')}
              </button>
            </div>
            <TemplatePicker catalog={catalog} selected={selected} onChange={setSelected} />
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? t('home:create.creating') : t('home:create.submit')}
        </button>
      </form>
    </section>
  );
});
