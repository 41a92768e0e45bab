import { EDGE_KINDS } from '@isf/framework';
import { useT } from '../i18n';
import { EdgeSample } from './CanvasToolbar';
import { edgeKindText } from './edgeText';

/** Legend of the three edge kinds (line style + words, never colour alone). */
export function EdgeLegend() {
  const { t } = useT();
  const text = edgeKindText(t);
  return (
    <ul className="isf-legend" aria-label={t('canvas:legend.label')}>
      {EDGE_KINDS.map((kind) => (
        <li key={kind}>
          <EdgeSample kind={kind} />{' '}
          {kind === 'sequence'
            ? t('canvas:legend.sequence', { name: text[kind].name })
            : kind === 'priority'
              ? t('canvas:legend.priority', { name: text[kind].name })
              : text[kind].name}
        </li>
      ))}
      <li>
        <span className="isf-legend__suggested">{t('canvas:legend.faded')}</span>{' '}
        {t('canvas:legend.suggested')}
      </li>
    </ul>
  );
}
