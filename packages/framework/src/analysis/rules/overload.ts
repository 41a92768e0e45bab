import { HORIZONS } from '../../schema/index';
import type { Finding, Horizon } from '../../schema/index';
import { horizonLabel } from '../labels';
import type { Rule } from './types';

/**
 * OVERLOAD: an actor leads more than `overloadThreshold` items (any kind, except items already
 * `done`) in one horizon. One finding per (actor, horizon); nodeIds are the led items.
 */
export const overload: Rule = {
  id: 'OVERLOAD',
  check({ index, options }) {
    const led = new Map<string, string[]>(); // `${horizon}\u0000${actor}` -> node ids (sorted, nodes are)
    for (const node of index.nodes) {
      if (node.lead === null || node.status === 'done') continue;
      const key = `${node.horizon}\u0000${node.lead}`;
      const list = led.get(key);
      if (list) list.push(node.id);
      else led.set(key, [node.id]);
    }
    const names = new Map(index.actors.map((a) => [a.id, a.name]));
    const findings: Finding[] = [];
    for (const [key, nodeIds] of led) {
      if (nodeIds.length <= options.overloadThreshold) continue;
      const [horizon = 'short', actor = ''] = key.split('\u0000') as [Horizon, string];
      const h = HORIZONS.includes(horizon) ? horizon : 'short';
      findings.push({
        rule: 'OVERLOAD',
        severity: 'warning',
        message: `${names.get(actor) ?? actor} leads ${nodeIds.length} items in the ${horizonLabel(index.meta, h).toLowerCase()} (more than ${options.overloadThreshold}): consider sharing the lead or moving some to a later horizon.`,
        nodeIds,
        edgeIds: [],
      });
    }
    return findings;
  },
};
