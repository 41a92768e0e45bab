import type { Actor, BoardMeta, PlanNode } from '@isf/framework';
import { useT } from '../i18n';
import { benchmarkSummary } from '../canvas/benchmarkSummary';
import { titleOrUntitled } from '../canvas/edgeText';
import { displayHorizonLabels } from '../canvas/horizonLabels';
import { fundingLabels, riskLevelLabels } from './labels';

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
  const { t } = useT();
  const none = t('inspector:readOnly.none');
  const risk = riskLevelLabels(t);
  const horizonLabels = displayHorizonLabels(meta.horizonLabels, t);
  const name = (id: string | null): string =>
    id === null ? none : (actors.find((a) => a.id === id)?.name ?? id);
  const rows: [string, string][] = [
    [t('inspector:readOnly.kind'), t(`common:kind.${node.kind}`)],
    [t('inspector:title'), titleOrUntitled(t, node.title)],
    [t('inspector:description'), node.description || '—'],
    [t('inspector:horizon'), horizonLabels[node.horizon]],
    [t('inspector:priority'), t('inspector:readOnly.priority', { level: node.priority })],
    [t('inspector:status'), t(`common:nodeStatus.${node.status}`)],
    [t('inspector:lead'), name(node.lead)],
    [t('inspector:support'), node.support.length === 0 ? none : node.support.map(name).join(', ')],
    [
      t('inspector:crossCutting'),
      node.tags.length === 0 ? none : node.tags.map((tag) => t(`common:tag.${tag}`)).join(', '),
    ],
    [
      t('inspector:funding'),
      node.funding === null ? t('inspector:notSet') : fundingLabels(t)[node.funding],
    ],
    [
      t('inspector:readOnly.duration'),
      node.durationWeeks === null
        ? t('inspector:readOnly.notEstimated')
        : t('inspector:readOnly.weeks', { count: node.durationWeeks }),
    ],
    [t('inspector:readOnly.benchmarks'), benchmarkSummary(node.benchmarks, t) || none],
  ];
  const unknown = t('inspector:readOnly.unknown');
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
        <ul className="isf-list" aria-label={t('inspector:readOnly.benchmarks')}>
          {node.benchmarks.map((b) => (
            <li key={b.id}>
              {t('inspector:readOnly.benchmark', {
                horizon: horizonLabels[b.horizon],
                text: b.text,
                status: t(`common:benchmarkStatus.${b.status}`),
              })}
              {b.lastReviewed !== null &&
                ` ${
                  b.reviewedBy
                    ? t('inspector:readOnly.reviewedBy', {
                        date: b.lastReviewed.slice(0, 10),
                        name: b.reviewedBy,
                      })
                    : t('inspector:readOnly.reviewed', { date: b.lastReviewed.slice(0, 10) })
                }`}
            </li>
          ))}
        </ul>
      )}
      {node.risks.length > 0 && (
        <ul className="isf-list" aria-label={t('inspector:readOnly.risks')}>
          {node.risks.map((r) => (
            <li key={r.id}>
              {t('inspector:readOnly.risk', {
                text: r.text,
                likelihood: r.likelihood ? risk[r.likelihood] : unknown,
                impact: r.impact ? risk[r.impact] : unknown,
              })}
              {r.mitigation && t('inspector:readOnly.mitigation', { mitigation: r.mitigation })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
