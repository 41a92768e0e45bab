import type { Finding } from '../../schema/index';
import type { Rule } from './types';

const DAY_MS = 86_400_000;

/**
 * BENCHMARK-STALE (needs `options.now`): benchmarks not `achieved` whose last review is more than
 * `staleAfterDays` before `now`. A never-reviewed benchmark is stale only when its node is
 * `in-progress` or `done` (work has started, so its benchmarks should have been looked at).
 * One finding per node.
 */
export const benchmarkStale: Rule = {
  id: 'BENCHMARK-STALE',
  check({ index, options }) {
    const now = options.nowMs;
    if (now === null) return [];
    const limit = now - options.staleAfterDays * DAY_MS;
    const findings: Finding[] = [];
    for (const node of index.nodes) {
      const started = node.status === 'in-progress' || node.status === 'done';
      let stale = 0;
      let never = 0;
      let oldest: string | null = null;
      let oldestMs = Infinity;
      for (const b of node.benchmarks) {
        if (b.status === 'achieved') continue;
        if (b.lastReviewed === null) {
          if (started) never++;
          continue;
        }
        const ms = Date.parse(b.lastReviewed);
        if (!Number.isFinite(ms) || ms >= limit) continue;
        stale++;
        if (ms < oldestMs) {
          oldestMs = ms;
          oldest = b.lastReviewed;
        }
      }
      if (stale + never === 0) continue;
      const parts: string[] = [];
      if (stale > 0)
        parts.push(
          `${stale} not reviewed for over ${options.staleAfterDays} days (oldest review ${oldest?.slice(0, 10) ?? '?'})`,
        );
      if (never > 0) parts.push(`${never} never reviewed although the work has started`);
      const total = stale + never;
      findings.push({
        rule: 'BENCHMARK-STALE',
        severity: 'info',
        message: `${total} benchmark${total === 1 ? '' : 's'} of ${index.label(node)} ${total === 1 ? 'is' : 'are'} due for stocktaking: ${parts.join('; ')}.`,
        nodeIds: [node.id],
        edgeIds: [],
      });
    }
    return findings;
  },
};
