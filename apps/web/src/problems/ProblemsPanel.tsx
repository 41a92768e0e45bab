import { useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { useFindings } from './FindingsStore';
import { countFindings, describeCounts, findingKey, groupFindings } from './groupFindings';
import { highlightStoreFor } from './highlightStore';
import './problems.css';

/** Props of {@link ProblemsPanel}. */
export interface ProblemsPanelProps {
  session: BoardSession;
}

const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const ICON: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

/**
 * Live analysis findings of the board grouped by severity, each with its rule id and message.
 * Activating one (click or Enter) focuses the canvas on its nodes and highlights them and its edges
 * for a few seconds.
 */
export function ProblemsPanel({ session }: ProblemsPanelProps) {
  const { findings } = useFindings(session);
  const groups = groupFindings(findings);
  const counts = countFindings(findings);
  const [active, setActive] = useState<string | null>(null);
  const focus = (f: Finding): void => {
    setActive(findingKey(f));
    highlightStoreFor(session).show(f.nodeIds, f.edgeIds);
  };
  return (
    <section className="isf-problems" aria-label="Problems">
      <h2 className="isf-problems__heading">
        Problems <span className="isf-problems__total">({findings.length})</span>
      </h2>
      <p className="isf-visually-hidden" role="status" aria-live="polite">
        {describeCounts(counts)}
      </p>
      {findings.length === 0 && <p className="isf-problems__none">No problems found.</p>}
      {SEVERITIES.map((severity) =>
        groups[severity].length === 0 ? null : (
          <section
            key={severity}
            className={`isf-problems__group isf-problems__group--${severity}`}
            aria-label={HEADING[severity]}
          >
            <h3>
              <span aria-hidden="true">{ICON[severity]}</span> {HEADING[severity]} (
              {groups[severity].length})
            </h3>
            <ul>
              {groups[severity].map((f) => {
                const key = findingKey(f);
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className={`isf-finding${active === key ? ' isf-finding--active' : ''}`}
                      onClick={() => focus(f)}
                      disabled={f.nodeIds.length === 0 && f.edgeIds.length === 0}
                    >
                      <span className="isf-finding__rule">{f.rule}</span>{' '}
                      <span className="isf-finding__message">{f.message}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </section>
  );
}
