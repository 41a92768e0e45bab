import { memo } from 'react';
import type { Finding } from '@isf/framework';
import { findingKey } from './groupFindings';

/** Props of {@link FindingRow}. */
export interface FindingRowProps {
  finding: Finding;
  active: boolean;
  onActivate(finding: Finding): void;
}

/**
 * One finding as a button (rule id + message); activating it focuses its items on the canvas.
 * Memoized by content: a re-analysis that yields the same finding does not re-render the row.
 */
export const FindingRow = memo(
  function FindingRow({ finding, active, onActivate }: FindingRowProps) {
    const target = finding.nodeIds.length > 0 || finding.edgeIds.length > 0;
    return (
      <li>
        <button
          type="button"
          className={`isf-finding${active ? ' isf-finding--active' : ''}`}
          onClick={() => onActivate(finding)}
          disabled={!target}
          aria-current={active ? 'true' : undefined}
        >
          <span className="isf-finding__rule">{finding.rule}</span>{' '}
          <span className="isf-finding__message">{finding.message}</span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.active === b.active &&
    a.onActivate === b.onActivate &&
    findingKey(a.finding) === findingKey(b.finding),
);
