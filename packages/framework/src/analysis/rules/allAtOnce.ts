import { horizonLabel } from '../labels';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/**
 * ALL-AT-ONCE: more than `allAtOnceShare` of the activities are in the short term, on boards with
 * at least `allAtOnceMinActivities` activities. nodeIds are the short-term activities.
 */
export const allAtOnce: Rule = {
  id: 'ALL-AT-ONCE',
  check({ index, options }) {
    let activities = 0;
    const short: string[] = [];
    for (const node of index.nodes) {
      if (node.kind !== 'activity') continue;
      activities++;
      if (node.horizon === 'short') short.push(node.id);
    }
    if (activities === 0 || activities < options.allAtOnceMinActivities) return [];
    const share = short.length / activities;
    if (share <= options.allAtOnceShare) return [];
    const params = {
      short: short.length,
      total: activities,
      percent: Math.round(share * 100),
      horizon: horizonLabel(index.meta, 'short'),
    };
    return [makeFinding('ALL-AT-ONCE', 'warning', 'short', params, short, [])];
  },
};
