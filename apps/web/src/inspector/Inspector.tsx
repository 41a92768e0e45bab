import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { useCanvasSelection } from '../canvas/selectionStore';
import { ActorsEditor } from './ActorsEditor';
import { EdgeInspector } from './EdgeInspector';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';
import './inspector.css';

/** Props of {@link Inspector}. */
export interface InspectorProps {
  session: BoardSession;
}

/**
 * Details of what is selected on the canvas: every field of a node (title and description co-typed
 * live), a link, or bulk setters for several items; plus the board's entities.
 */
export function Inspector({ session }: InspectorProps) {
  const { t } = useT();
  const selection = useCanvasSelection(session);
  const [onlyNode] = selection.nodes;
  const [onlyEdge] = selection.edges;
  let body;
  if (selection.nodes.length === 1 && onlyNode !== undefined) {
    body = <NodeInspector key={onlyNode} session={session} nodeId={onlyNode} />;
  } else if (
    selection.nodes.length === 0 &&
    selection.edges.length === 1 &&
    onlyEdge !== undefined
  ) {
    body = <EdgeInspector key={onlyEdge} session={session} edgeId={onlyEdge} />;
  } else if (selection.nodes.length + selection.edges.length > 1) {
    body = (
      <MultiInspector
        session={session}
        nodeIds={selection.nodes}
        edgeCount={selection.edges.length}
      />
    );
  } else {
    body = <p className="isf-hint">{t('inspector:hint')}</p>;
  }
  return (
    <aside className="isf-inspector" aria-label={t('inspector:label')}>
      <h2 className="isf-inspector__heading">{t('inspector:heading')}</h2>
      {body}
      <ActorsEditor session={session} />
    </aside>
  );
}
