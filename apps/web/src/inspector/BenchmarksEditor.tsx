import { useState } from 'react';
import {
  BENCHMARK_STATUSES,
  HORIZONS,
  type BenchmarkStatus,
  type Horizon,
  type PlanNode,
} from '@isf/framework';
import { useT } from '../i18n';
import type { BoardSession } from '../session/BoardSession';
import { benchmarkSummary } from '../canvas/benchmarkSummary';
import { CommitField } from './CommitField';
import { reviewedText, today } from './labels';
import { useRunCommand } from './useRunCommand';

/**
 * Benchmarks of a node by horizon: add, edit text/evidence, set the stocktaking status (records the
 * reviewer = this participant and today's date), delete.
 */
export function BenchmarksEditor({
  session,
  node,
  horizonLabels,
}: {
  session: BoardSession;
  node: PlanNode;
  /** Display labels (see `displayHorizonLabels`). */
  horizonLabels: Record<Horizon, string>;
}) {
  const { t } = useT();
  const { run, error } = useRunCommand(session.store);
  const [draft, setDraft] = useState('');
  const [draftHorizon, setDraftHorizon] = useState<Horizon>(node.horizon);
  const summary = benchmarkSummary(node.benchmarks, t);
  return (
    <section className="isf-section" aria-label={t('inspector:benchmarks.label')}>
      <h3>
        {t('inspector:benchmarks.label')} {summary !== '' && <small>({summary})</small>}
      </h3>
      {error !== null && <p role="alert">{error}</p>}
      {HORIZONS.map((h) => {
        const list = node.benchmarks.filter((b) => b.horizon === h);
        if (list.length === 0) return null;
        return (
          <div key={h} className="isf-bench-group">
            <h4>{horizonLabels[h]}</h4>
            <ul className="isf-list">
              {list.map((b, i) => (
                <li key={b.id} className="isf-bench">
                  <CommitField
                    label={t('inspector:benchmarks.benchmark', {
                      n: i + 1,
                      horizon: horizonLabels[h],
                    })}
                    value={b.text}
                    multiline
                    onCommit={(text) =>
                      run({
                        type: 'benchmark.update',
                        nodeId: node.id,
                        benchmarkId: b.id,
                        fields: { text },
                      })
                    }
                  />
                  <div className="isf-field">
                    <label htmlFor={`isf-bs-${b.id}`}>{t('inspector:benchmarks.status')}</label>
                    <select
                      id={`isf-bs-${b.id}`}
                      value={b.status}
                      onChange={(e) =>
                        run({
                          type: 'benchmark.setStatus',
                          nodeId: node.id,
                          benchmarkId: b.id,
                          status: e.target.value as BenchmarkStatus,
                          reviewer: session.self.name,
                          date: today(),
                        })
                      }
                    >
                      {BENCHMARK_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`common:benchmarkStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <small className="isf-bench__review">
                    {reviewedText(t, b.lastReviewed, b.reviewedBy)}
                  </small>
                  <CommitField
                    label={t('inspector:benchmarks.evidence')}
                    value={b.evidence}
                    onCommit={(evidence) =>
                      run({
                        type: 'benchmark.update',
                        nodeId: node.id,
                        benchmarkId: b.id,
                        fields: { evidence },
                      })
                    }
                  />
                  <button
                    type="button"
                    aria-label={t('inspector:benchmarks.deleteLabel', {
                      n: i + 1,
                      horizon: horizonLabels[h],
                    })}
                    onClick={() =>
                      run({ type: 'benchmark.delete', nodeId: node.id, benchmarkId: b.id })
                    }
                  >
                    {t('inspector:benchmarks.delete')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <form
        className="isf-add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() === '') return;
          if (
            run({
              type: 'benchmark.add',
              nodeId: node.id,
              benchmark: { horizon: draftHorizon, text: draft.trim() },
            })
          ) {
            setDraft('');
          }
        }}
      >
        <label>
          {t('inspector:benchmarks.new')}
          <input value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          {t('inspector:benchmarks.horizon')}
          <select value={draftHorizon} onChange={(e) => setDraftHorizon(e.target.value as Horizon)}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {horizonLabels[h]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('inspector:benchmarks.add')}</button>
      </form>
    </section>
  );
}
