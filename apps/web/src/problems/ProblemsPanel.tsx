import { useCallback, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '@isf/framework';
import type { TFunction } from 'i18next';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { FindingRow } from './FindingRow';
import { useFindings } from './FindingsStore';
import { countFindings, describeCounts, findingKey, groupFindings } from './groupFindings';
import { highlightStoreFor } from './highlightStore';
import './problems.css';

/** Props of {@link ProblemsPanel}. */
export interface ProblemsPanelProps {
  session: BoardSession;
}

/** How many findings of one severity are listed before "Show more". */
export const PAGE_SIZE = 50;

/** Group headings (literal keys, so the key scanner checks them). */
function headings(t: TFunction): Record<Severity, string> {
  return {
    error: t('problems:severity.error'),
    warning: t('problems:severity.warning'),
    info: t('problems:severity.info'),
  };
}

/** "Show more …" of a group, with the number not shown. */
function showMore(t: TFunction, severity: Severity, count: number): string {
  if (severity === 'error') return t('problems:showMore.error', { count });
  if (severity === 'warning') return t('problems:showMore.warning', { count });
  return t('problems:showMore.info', { count });
}
const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/**
 * Live analysis findings of the board grouped by severity, each with its rule id and message.
 * Activating one (click or Enter) focuses the canvas on its nodes and highlights them and its edges
 * for a few seconds. Long groups are paged ({@link PAGE_SIZE} at a time).
 */
export function ProblemsPanel({ session }: ProblemsPanelProps) {
  const { t } = useT();
  const { findings } = useFindings(session);
  const heading = headings(t);
  const groups = groupFindings(findings);
  const counts = countFindings(findings);
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<Record<Severity, number>>({
    error: PAGE_SIZE,
    warning: PAGE_SIZE,
    info: PAGE_SIZE,
  });
  const activate = useCallback(
    (f: Finding) => {
      setActive(findingKey(f));
      highlightStoreFor(session).show(f.nodeIds, f.edgeIds);
    },
    [session],
  );
  return (
    <section className="isf-problems" aria-label={t('problems:label')}>
      <h2 className="isf-problems__heading">
        {t('problems:heading')} <span className="isf-problems__total">({findings.length})</span>
      </h2>
      {/* The counts are announced by the canvas toolbar's live region; here they are plain text. */}
      <p className="isf-visually-hidden">{describeCounts(counts, t)}</p>
      {findings.length === 0 && <p className="isf-problems__none">{t('problems:none')}</p>}
      {SEVERITIES.map((severity) => {
        const list = groups[severity];
        if (list.length === 0) return null;
        const limit = shown[severity];
        return (
          <section
            key={severity}
            className={`isf-problems__group isf-problems__group--${severity}`}
            aria-label={heading[severity]}
          >
            <h3>
              <span aria-hidden="true">{ICON[severity]}</span> {heading[severity]} ({list.length})
            </h3>
            <ul>
              {list.slice(0, limit).map((f) => {
                const key = findingKey(f);
                return (
                  <FindingRow key={key} finding={f} active={active === key} onActivate={activate} />
                );
              })}
            </ul>
            {list.length > limit && (
              <button
                type="button"
                className="isf-problems__more"
                onClick={() => setShown((s) => ({ ...s, [severity]: limit + PAGE_SIZE * 4 }))}
              >
                {showMore(t, severity, list.length - limit)}
              </button>
            )}
          </section>
        );
      })}
    </section>
  );
}
