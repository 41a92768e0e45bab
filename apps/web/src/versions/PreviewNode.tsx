import { Fragment, memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FieldChange, PlanNode } from '@isf/framework';

/** How a node differs between the two compared versions. */
export type PreviewMark = 'added' | 'removed' | 'changed' | null;

/** Data of a node on a read-only preview canvas. */
export interface PreviewNodeData extends Record<string, unknown> {
  node: PlanNode;
  mark: PreviewMark;
  changes: FieldChange[];
  /** Display text of a field value (horizon label, actor name, …). */
  format: (field: string, value: unknown) => string;
}

export type PreviewFlowNode = Node<PreviewNodeData, 'preview'>;

/** Handle sides; edges pick the pair facing each other (`previewHandles`). */
const SIDES = [
  ['t', Position.Top],
  ['b', Position.Bottom],
  ['l', Position.Left],
  ['r', Position.Right],
] as const;

/** Size of a preview card used for routing (px; the card is 200 wide, about 80 high). */
const CARD = { width: 200, height: 80 };

/**
 * The source and target handles that face each other for two card positions: left/right when
 * the cards are side by side, top/bottom when one is above the other.
 */
export function previewHandles(
  a: { x: number; y: number },
  b: { x: number; y: number },
): { sourceHandle: string; targetHandle: string } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dx) / CARD.width > Math.abs(dy) / CARD.height) {
    return dx > 0
      ? { sourceHandle: 's-r', targetHandle: 't-l' }
      : { sourceHandle: 's-l', targetHandle: 't-r' };
  }
  return dy > 0
    ? { sourceHandle: 's-b', targetHandle: 't-t' }
    : { sourceHandle: 's-t', targetHandle: 't-b' };
}

/** Fields shown as "old → new" on a changed card. */
const SHOWN_FIELDS = ['title', 'horizon', 'priority', 'status', 'lead', 'support'];

/** A card on the read-only preview / comparison canvas. */
export const PreviewNode = memo(function PreviewNode({ data }: NodeProps<PreviewFlowNode>) {
  const { t } = useTranslation();
  const { node, mark, changes, format } = data;
  const title = node.title.trim() || t('views:untitled');
  const shown = changes.filter(
    (c) => c.path.length === 1 && SHOWN_FIELDS.includes(c.path[0] ?? ''),
  );
  const other = changes.length - shown.length;
  return (
    <div
      className={`preview-node preview-node--${node.kind}${mark ? ` preview-node--${mark}` : ''}`}
    >
      <div className="preview-node__head">
        <span className="preview-node__kind">{t(`common:kind.${node.kind}`)}</span>
        {mark && (
          <span className={`diff-badge diff-badge--${mark}`}>
            {t(`versions:diff.kind.${mark}`)}
          </span>
        )}
      </div>
      <div className="preview-node__title">{title}</div>
      <div className="preview-node__meta">
        {format('horizon', node.horizon)} · {format('priority', node.priority)}
        {node.lead && (
          <>
            {' '}
            · {t('common:role.lead')}: {format('lead', node.lead)}
          </>
        )}
      </div>
      {shown.length > 0 && (
        <ul className="preview-node__changes">
          {shown.map((c) => (
            <li key={c.path.join('.')}>
              {t(`versions:field.${c.path[0]}`)}: <del>{format(c.path[0] ?? '', c.before)}</del> →{' '}
              <ins>{format(c.path[0] ?? '', c.after)}</ins>
            </li>
          ))}
        </ul>
      )}
      {other > 0 && (
        <div className="preview-node__more">{t('versions:diff.moreChanges', { count: other })}</div>
      )}
      {SIDES.map(([side, position]) => (
        <Fragment key={side}>
          <Handle type="source" id={`s-${side}`} position={position} isConnectable={false} />
          <Handle type="target" id={`t-${side}`} position={position} isConnectable={false} />
        </Fragment>
      ))}
    </div>
  );
});
