import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { studyCatalog } from '@isf/framework';
import { createBoard } from '../api/apiClient';
import { boardPath, navigate } from '../app/route';
import { saveBoardToken } from '../app/tokenStore';
import { TemplatePicker } from './TemplatePicker';
import { allOutputIds, templateChoice } from './templateChoice';

type Start = 'blank' | 'study';

/** Create a board: blank, or from the study's generic framework scoped to chosen objectives/outputs. */
export const CreateBoardForm = memo(function CreateBoardForm() {
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
        setError('Choose at least one output of the framework, or start from a blank board.');
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
    [catalog, selected, start, title],
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create a board</h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-name`}>Board title</label>
        <input
          id={`${id}-name`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. ISF 2027–2029, workshop draft"
          maxLength={300}
          autoComplete="off"
        />
        <fieldset className="radio-group">
          <legend>Start from</legend>
          <label>
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'blank'}
              onChange={() => setStart('blank')}
            />
            A blank board
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'study'}
              onChange={() => setStart('study')}
            />
            The study&rsquo;s generic framework
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
                Select all
              </button>
              <button
                type="button"
                className="button--quiet"
                onClick={() => setSelected(new Set())}
              >
                Clear
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
          {busy ? 'Creating…' : 'Create board'}
        </button>
      </form>
    </section>
  );
});
