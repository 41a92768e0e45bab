import { useMemo, useState } from 'react';
import { EDGE_KINDS, type EdgeKind, type PlanNode } from '@isf/framework';
import type { TFunction } from 'i18next';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { edgeKindText, titleOrUntitled } from '../canvas/edgeText';
import { useRunCommand } from './useRunCommand';
import { useStoreBoard } from './useStoreData';

const nodeTitle = (t: TFunction, n: PlanNode | undefined): string =>
  n === undefined ? t('inspector:missing') : titleOrUntitled(t, n.title);

/**
 * The node's links, and a keyboard way to connect it to another node (the same commands and
 * refusals as dragging between handles on the canvas).
 */
export function ConnectionsEditor({ session, node }: { session: BoardSession; node: PlanNode }) {
  const { t } = useT();
  const edgeText = edgeKindText(t);
  const board = useStoreBoard(session.store);
  const { run, error } = useRunCommand(session.store);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<EdgeKind>('contributes');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [other, setOther] = useState('');
  const byId = useMemo(() => new Map(board.nodes.map((n) => [n.id, n])), [board.nodes]);
  const links = board.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <section className="isf-section" aria-label={t('inspector:connections.label')}>
      <h3>{t('inspector:connections.label')}</h3>
      {links.length === 0 ? (
        <p>{t('inspector:connections.none')}</p>
      ) : (
        <ul className="isf-list">
          {links.map((e) => {
            const text = `${nodeTitle(t, byId.get(e.source))} ${edgeText[e.kind].phrase} ${nodeTitle(t, byId.get(e.target))}`;
            return (
              <li key={e.id}>
                <span className={`isf-link isf-link--${e.kind}`}>{text}</span>
                {e.suggested && ` ${t('inspector:connections.suggested')}`}
                {!session.readOnly && e.suggested && (
                  <button
                    type="button"
                    aria-label={t('inspector:connections.acceptLabel', { link: text })}
                    onClick={() =>
                      run({ type: 'edge.update', id: e.id, fields: { suggested: false } })
                    }
                  >
                    {t('inspector:connections.accept')}
                  </button>
                )}
                {!session.readOnly && (
                  <button
                    type="button"
                    aria-label={t('inspector:connections.removeLabel', { link: text })}
                    onClick={() => run({ type: 'edge.disconnect', ids: [e.id] })}
                  >
                    {t('inspector:connections.remove')}
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
              {t('inspector:connections.kind')}
              <select value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
                {EDGE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {edgeText[k].name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('inspector:connections.direction')}
              <select
                value={direction}
                onChange={(e) => setDirection(e.target.value as 'out' | 'in')}
              >
                <option value="out">{t('inspector:connections.out')}</option>
                <option value="in">{t('inspector:connections.in')}</option>
              </select>
            </label>
            <label>
              {t('inspector:connections.other')}
              <select value={other} onChange={(e) => setOther(e.target.value)}>
                <option value="">{t('inspector:connections.choose')}</option>
                {board.nodes
                  .filter((n) => n.id !== node.id)
                  .map((n) => (
                    <option key={n.id} value={n.id}>
                      {t('inspector:connections.option', {
                        kind: t(`common:kind.${n.kind}`),
                        title: nodeTitle(t, n),
                      })}
                    </option>
                  ))}
              </select>
            </label>
            <button type="submit">{t('inspector:connections.connect')}</button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('inspector:connections.close')}
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setOpen(true)}>
            {t('inspector:connections.add')}
          </button>
        ))}
    </section>
  );
}
