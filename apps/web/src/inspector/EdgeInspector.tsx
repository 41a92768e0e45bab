import { Trans, useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { edgeKindText, titleOrUntitled } from '../canvas/edgeText';
import { CommitField } from './CommitField';
import { useRunCommand } from './useRunCommand';
import { useStoreEdge, useStoreNode } from './useStoreData';

/** One selected link: its kind, ends, suggestion state (accept), note, delete. */
export function EdgeInspector({ session, edgeId }: { session: BoardSession; edgeId: string }) {
  const { t } = useT();
  const { store } = session;
  const edge = useStoreEdge(store, edgeId);
  const source = useStoreNode(store, edge?.source ?? '');
  const target = useStoreNode(store, edge?.target ?? '');
  const { run, error } = useRunCommand(store);
  if (!edge) return <p>{t('inspector:linkGone')}</p>;
  const style = edgeKindText(t)[edge.kind];
  const title = (s: string | undefined): string => titleOrUntitled(t, s ?? '');
  return (
    <div className="isf-inspector__edge">
      <p className="isf-inspector__kind">
        <Trans
          i18nKey="inspector:edge.kindLink"
          values={{ name: style.name }}
          components={{ strong: <strong /> }}
        />
        {edge.suggested && ` ${t('inspector:edge.suggested')}`}
      </p>
      <p>
        {title(source?.title)} <em>{style.phrase}</em> {title(target?.title)}
      </p>
      {edge.kind === 'sequence' && <p className="isf-hint">{t('inspector:edge.sequenceHint')}</p>}
      {edge.kind === 'priority' && <p className="isf-hint">{t('inspector:edge.priorityHint')}</p>}
      {error !== null && <p role="alert">{error}</p>}
      <CommitField
        label={t('inspector:edge.note')}
        multiline
        readOnly={session.readOnly}
        value={edge.note}
        onCommit={(note) => run({ type: 'edge.update', id: edge.id, fields: { note } })}
      />
      {!session.readOnly && (
        <div className="isf-button-row">
          {edge.suggested && (
            <button
              type="button"
              onClick={() =>
                run({ type: 'edge.update', id: edge.id, fields: { suggested: false } })
              }
            >
              {t('inspector:edge.accept')}
            </button>
          )}
          <button
            type="button"
            className="isf-danger"
            onClick={() => run({ type: 'edge.disconnect', ids: [edge.id] })}
          >
            {t('inspector:edge.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
