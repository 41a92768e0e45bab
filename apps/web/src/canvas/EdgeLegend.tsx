import { EDGE_KINDS } from '@isf/framework';
import { EdgeSample } from './CanvasToolbar';
import { EDGE_STYLES } from './edgeStyle';

/** Legend of the three edge kinds (line style + words, never colour alone). */
export function EdgeLegend() {
  return (
    <ul className="isf-legend" aria-label="Legend">
      {EDGE_KINDS.map((kind) => (
        <li key={kind}>
          <EdgeSample kind={kind} /> {EDGE_STYLES[kind].name}
          {kind === 'sequence' && ' — A must finish before B starts'}
          {kind === 'priority' && ' — importance only, never blocks'}
        </li>
      ))}
      <li>
        <span className="isf-legend__suggested">faded</span> suggested by the template (select to
        accept)
      </li>
    </ul>
  );
}
