import type { BoardSession } from '../session/BoardSession';
import { EDGE_STYLES } from '../canvas/edgeStyle';
import { CommitField } from './CommitField';
import { useRunCommand } from './useRunCommand';
import { useStoreEdge, useStoreNode } from './useStoreData';

/** One selected link: its kind, ends, suggestion state (accept), note, delete. */
export function EdgeInspector({ session, edgeId }: { session: BoardSession; edgeId: string }) {
  const { store } = session;
  const edge = useStoreEdge(store, edgeId);
  const source = useStoreNode(store, edge?.source ?? '');
  const target = useStoreNode(store, edge?.target ?? '');
  const { run, error } = useRunCommand(store);
  if (!edge) return <p>This link no longer exists.</p>;
  const style = EDGE_STYLES[edge.kind];
  const title = (t: string | undefined): string =>
    t === undefined || t.trim() === '' ? 'Untitled' : t;
  return (
    <div className="isf-inspector__edge">
      <p className="isf-inspector__kind">
        <strong>{style.name}</strong> link
        {edge.suggested && ' — suggested by the template, not yet agreed'}
      </p>
      <p>
        {title(source?.title)} <em>{style.phrase}</em> {title(target?.title)}
      </p>
      {edge.kind === 'sequence' && (
        <p className="isf-hint">The first must finish before the second starts.</p>
      )}
      {edge.kind === 'priority' && (
        <p className="isf-hint">Importance only: it does not block anything from starting.</p>
      )}
      {error !== null && <p role="alert">{error}</p>}
      <CommitField
        label="Note"
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
              Accept suggestion
            </button>
          )}
          <button
            type="button"
            className="isf-danger"
            onClick={() => run({ type: 'edge.disconnect', ids: [edge.id] })}
          >
            Delete link
          </button>
        </div>
      )}
    </div>
  );
}
