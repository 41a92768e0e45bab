import type { Actor, BoardMeta, PlanNode } from '@isf/framework';
import { benchmarkSummary } from '../canvas/benchmarkSummary';
import { KIND_LABEL, STATUS_LABEL } from '../canvas/NodeBody';
import { TAG_LABEL } from '../canvas/tagLabels';
import { BENCHMARK_STATUS_LABEL, FUNDING_LABEL, RISK_LEVEL_LABEL } from './labels';

/** A node's fields as text (read-only links). */
export function ReadOnlyNode({
  node,
  actors,
  meta,
}: {
  node: PlanNode;
  actors: readonly Actor[];
  meta: BoardMeta;
}) {
  const name = (id: string | null): string =>
    id === null ? 'None' : (actors.find((a) => a.id === id)?.name ?? id);
  const rows: [string, string][] = [
    ['Kind', KIND_LABEL[node.kind]],
    ['Title', node.title || 'Untitled'],
    ['Description', node.description || '—'],
    ['Horizon', meta.horizonLabels[node.horizon]],
    ['Priority', `${node.priority} (1 = highest)`],
    ['Status', STATUS_LABEL[node.status]],
    ['Lead', name(node.lead)],
    ['Support', node.support.length === 0 ? 'None' : node.support.map(name).join(', ')],
    [
      'Cross-cutting issues',
      node.tags.length === 0 ? 'None' : node.tags.map((t) => TAG_LABEL[t]).join(', '),
    ],
    ['Funding', node.funding === null ? 'Not set' : FUNDING_LABEL[node.funding]],
    ['Duration', node.durationWeeks === null ? 'Not estimated' : `${node.durationWeeks} weeks`],
    ['Benchmarks', benchmarkSummary(node.benchmarks) || 'None'],
  ];
  return (
    <div className="isf-inspector__node">
      <dl className="isf-readonly">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {node.benchmarks.length > 0 && (
        <ul className="isf-list" aria-label="Benchmarks">
          {node.benchmarks.map((b) => (
            <li key={b.id}>
              [{meta.horizonLabels[b.horizon]}] {b.text} — {BENCHMARK_STATUS_LABEL[b.status]}
              {b.lastReviewed !== null &&
                ` (reviewed ${b.lastReviewed.slice(0, 10)}${b.reviewedBy ? ` by ${b.reviewedBy}` : ''})`}
            </li>
          ))}
        </ul>
      )}
      {node.risks.length > 0 && (
        <ul className="isf-list" aria-label="Risks">
          {node.risks.map((r) => (
            <li key={r.id}>
              {r.text} — likelihood {r.likelihood ? RISK_LEVEL_LABEL[r.likelihood] : 'unknown'},
              impact {r.impact ? RISK_LEVEL_LABEL[r.impact] : 'unknown'}
              {r.mitigation && `; mitigation: ${r.mitigation}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
