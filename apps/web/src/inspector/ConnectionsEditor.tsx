import { useMemo, useState } from 'react';
import { EDGE_KINDS, type EdgeKind, type PlanNode } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { EDGE_STYLES } from '../canvas/edgeStyle';
import { KIND_LABEL } from '../canvas/NodeBody';
import { useRunCommand } from './useRunCommand';
import { useStoreBoard } from './useStoreData';

const titleOrUntitled = (n: PlanNode | undefined): string =>
  n === undefined ? '(missing)' : n.title.trim() === '' ? 'Untitled' : n.title;

/**
 * The node's links, and a keyboard way to connect it to another node (the same commands and
 * refusals as dragging between handles on the canvas).
 */
export function ConnectionsEditor({ session, node }: { session: BoardSession; node: PlanNode }) {
  const board = useStoreBoard(session.store);
  const { run, error } = useRunCommand(session.store);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<EdgeKind>('contributes');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [other, setOther] = useState('');
  const byId = useMemo(() => new Map(board.nodes.map((n) => [n.id, n])), [board.nodes]);
  const links = board.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <section className="isf-section" aria-label="Connections">
      <h3>Connections</h3>
      {links.length === 0 ? (
        <p>No links yet.</p>
      ) : (
        <ul className="isf-list">
          {links.map((e) => {
            const text = `${titleOrUntitled(byId.get(e.source))} ${EDGE_STYLES[e.kind].phrase} ${titleOrUntitled(byId.get(e.target))}`;
            return (
              <li key={e.id}>
                <span className={`isf-link isf-link--${e.kind}`}>{text}</span>
                {e.suggested && ' (suggested)'}
                {!session.readOnly && e.suggested && (
                  <button
                    type="button"
                    aria-label={`Accept suggestion: ${text}`}
                    onClick={() =>
                      run({ type: 'edge.update', id: e.id, fields: { suggested: false } })
                    }
                  >
                    Accept
                  </button>
                )}
                {!session.readOnly && (
                  <button
                    type="button"
                    aria-label={`Remove link: ${text}`}
                    onClick={() => run({ type: 'edge.disconnect', ids: [e.id] })}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error !== null && <p role="alert">{error}</p>}
      {!session.readOnly &&
        (open ? (
          <form
            className="isf-add-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (other === '') return;
              const [source, target] = direction === 'out' ? [node.id, other] : [other, node.id];
              if (run({ type: 'edge.connect', kind, source, target })) setOther('');
            }}
          >
            <label>
              Link kind
              <select value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
                {EDGE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {EDGE_STYLES[k].name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Direction
              <select
                value={direction}
                onChange={(e) => setDirection(e.target.value as 'out' | 'in')}
              >
                <option value="out">This item → other</option>
                <option value="in">Other → this item</option>
              </select>
            </label>
            <label>
              Other item
              <select value={other} onChange={(e) => setOther(e.target.value)}>
                <option value="">Choose…</option>
                {board.nodes
                  .filter((n) => n.id !== node.id)
                  .map((n) => (
                    <option key={n.id} value={n.id}>
                      {KIND_LABEL[n.kind]}: {titleOrUntitled(n)}
                    </option>
                  ))}
              </select>
            </label>
            <button type="submit">Connect</button>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setOpen(true)}>
            Add connection…
          </button>
        ))}
    </section>
  );
}
