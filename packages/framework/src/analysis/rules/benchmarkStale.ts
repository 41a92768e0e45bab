import type { Finding } from '../../schema/index';
import { makeFinding } from './makeFinding';
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
      const variant = stale > 0 ? (never > 0 ? 'both' : 'stale') : 'never';
      const params = {
        count: stale + never,
        item: index.label(node),
        ...(stale > 0
          ? { stale, days: options.staleAfterDays, oldest: oldest?.slice(0, 10) ?? '?' }
          : {}),
        ...(never > 0 ? { never } : {}),
      };
      findings.push(makeFinding('BENCHMARK-STALE', 'info', variant, params, [node.id], []));
    }
    return findings;
  },
};
