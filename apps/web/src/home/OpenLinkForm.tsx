import { memo, useCallback, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boardPath, navigate } from '../app/route';
import { parseBoardLink, saveBoardToken } from '../app/tokenStore';

/** Paste a share link (`…/b/<board>#token=…`) to open the board and remember it in this browser. */
export const OpenLinkForm = memo(function OpenLinkForm() {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onSubmit = useCallback(
    (e: FormEvent) => {
      e.preventDefault();
      const link = parseBoardLink(value);
      if (!link) {
        setError(t('home:open.invalid'));
        return;
      }
      saveBoardToken(link.boardId, link.token);
      const path = boardPath(link.boardId);
      // Already on that board (e.g. after a revoked link): reload to open it with the new token.
      if (window.location.pathname === path) window.location.reload();
      else navigate(path);
    },
    [value, t],
  );
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home:open.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-url`}>{t('home:open.label')}</label>
        <div className="row">
          <input
            id={`${id}-url`}
            type="url"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
            placeholder="https://…/b/…#token=…"
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            autoComplete="off"
          />
          <button type="submit">{t('home:open.submit')}</button>
        </div>
        {error && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
});
