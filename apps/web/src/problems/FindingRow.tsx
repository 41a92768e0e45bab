import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Finding, RuleId } from '@isf/framework';
import { messageText, useT } from '../i18n';
import { findingKey } from './groupFindings';

/**
 * Short title of each analysis rule (shown as the rule id's tooltip; the finding messages are
 * translated from their code and params, see `messageText`).
 */
export function ruleTitle(t: TFunction, rule: RuleId): string {
  switch (rule) {
    case 'SEQ-CYCLE':
      return t('problems:rule.SEQ-CYCLE');
    case 'PRI-CYCLE':
      return t('problems:rule.PRI-CYCLE');
    case 'PRI-LEVEL':
      return t('problems:rule.PRI-LEVEL');
    case 'HORIZON-INVERSION':
      return t('problems:rule.HORIZON-INVERSION');
    case 'PRIORITY-INVERSION':
      return t('problems:rule.PRIORITY-INVERSION');
    case 'CONTRIBUTES-SHAPE':
      return t('problems:rule.CONTRIBUTES-SHAPE');
    case 'DANGLING-EDGE':
      return t('problems:rule.DANGLING-EDGE');
    case 'ORPHAN':
      return t('problems:rule.ORPHAN');
    case 'NO-LEAD':
      return t('problems:rule.NO-LEAD');
    case 'OVERLOAD':
      return t('problems:rule.OVERLOAD');
    case 'ALL-AT-ONCE':
      return t('problems:rule.ALL-AT-ONCE');
    case 'BENCHMARK-STALE':
      return t('problems:rule.BENCHMARK-STALE');
  }
}

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
    const { t } = useT();
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
          <span className="isf-finding__rule" title={ruleTitle(t, finding.rule)}>
            {finding.rule}
          </span>{' '}
          <span className="isf-finding__message">{messageText(finding, t)}</span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.active === b.active &&
    a.onActivate === b.onActivate &&
    findingKey(a.finding) === findingKey(b.finding),
);
