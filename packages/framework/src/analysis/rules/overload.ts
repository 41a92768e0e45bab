import { HORIZONS } from '../../schema/index';
import type { Finding } from '../../schema/index';
import { horizonLabel } from '../labels';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/**
 * OVERLOAD: an actor leads more than `overloadThreshold` items (any kind, except items already
 * `done`) in one horizon. One finding per (actor, horizon); nodeIds are the led items.
 */
export const overload: Rule = {
  id: 'OVERLOAD',
  check({ index, options }) {
    const names = new Map(index.actors.map((a) => [a.id, a.name]));
    const findings: Finding[] = [];
    for (const horizon of HORIZONS) {
      const led = new Map<string, string[]>(); // actor id -> led node ids (by id, as nodes are sorted)
      for (const node of index.nodes) {
        if (node.horizon !== horizon || node.lead === null || node.status === 'done') continue;
        const list = led.get(node.lead);
        if (list) list.push(node.id);
        else led.set(node.lead, [node.id]);
      }
      for (const [actor, nodeIds] of led) {
        if (nodeIds.length <= options.overloadThreshold) continue;
        const params = {
          actor: names.get(actor) ?? actor,
          items: nodeIds.length,
          horizon: horizonLabel(index.meta, horizon),
          threshold: options.overloadThreshold,
        };
        findings.push(makeFinding('OVERLOAD', 'warning', 'lead', params, nodeIds, []));
      }
    }
    return findings;
  },
};
