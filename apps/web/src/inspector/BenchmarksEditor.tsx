import { useState } from 'react';
import {
  BENCHMARK_STATUSES,
  HORIZONS,
  type BenchmarkStatus,
  type Horizon,
  type HorizonLabels,
  type PlanNode,
} from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { benchmarkSummary } from '../canvas/benchmarkSummary';
import { CommitField } from './CommitField';
import { BENCHMARK_STATUS_LABEL, today } from './labels';
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
  horizonLabels: HorizonLabels;
}) {
  const { run, error } = useRunCommand(session.store);
  const [draft, setDraft] = useState('');
  const [draftHorizon, setDraftHorizon] = useState<Horizon>(node.horizon);
  const summary = benchmarkSummary(node.benchmarks);
  return (
    <section className="isf-section" aria-label="Benchmarks">
      <h3>Benchmarks {summary !== '' && <small>({summary})</small>}</h3>
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
                    label={`Benchmark ${i + 1} (${horizonLabels[h]})`}
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
                    <label htmlFor={`isf-bs-${b.id}`}>Benchmark status</label>
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
                          {BENCHMARK_STATUS_LABEL[s]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <small className="isf-bench__review">
                    {b.lastReviewed === null
                      ? 'Never reviewed'
                      : `Reviewed ${b.lastReviewed.slice(0, 10)}${b.reviewedBy ? ` by ${b.reviewedBy}` : ''}`}
                  </small>
                  <CommitField
                    label="Evidence"
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
                    aria-label={`Delete benchmark ${i + 1} (${horizonLabels[h]})`}
                    onClick={() =>
                      run({ type: 'benchmark.delete', nodeId: node.id, benchmarkId: b.id })
                    }
                  >
                    Delete
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
          New benchmark
          <input value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          Benchmark horizon
          <select value={draftHorizon} onChange={(e) => setDraftHorizon(e.target.value as Horizon)}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {horizonLabels[h]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add benchmark</button>
      </form>
    </section>
  );
}
