import type { Finding, NodeKind, Severity } from '../../schema/index';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/**
 * ORPHAN: a result chain that is broken. Only well-shaped links count (activity → output,
 * output → objective); links of other shapes are reported by CONTRIBUTES-SHAPE.
 * - activity contributing to no output (warning)
 * - output contributing to no objective (warning)
 * - output with no contributing activity (info: normal while planning is under way)
 * - objective with no contributing output (info)
 */
export const orphan: Rule = {
  id: 'ORPHAN',
  check({ index }) {
    const g = index.graph('contributes');
    const n = index.nodes.length;
    const feedsUp = new Uint8Array(n); // has an outgoing well-shaped link
    const fedFromBelow = new Uint8Array(n); // has an incoming well-shaped link
    const below: Partial<Record<NodeKind, NodeKind>> = { output: 'activity', objective: 'output' };
    for (let k = 0; k < g.src.length; k++) {
      const a = index.nodes[g.src[k] as number];
      const b = index.nodes[g.dst[k] as number];
      if (!a || !b || below[b.kind] !== a.kind) continue;
      feedsUp[g.src[k] as number] = 1;
      fedFromBelow[g.dst[k] as number] = 1;
    }
    const findings: Finding[] = [];
    const add = (v: number, severity: Severity, variant: string): void => {
      const node = index.nodes[v];
      if (!node) return;
      const item = index.label(node);
      findings.push(makeFinding('ORPHAN', severity, variant, { item }, [node.id], []));
    };
    for (let v = 0; v < n; v++) {
      const kind = index.nodes[v]?.kind;
      if (kind === 'activity' && !feedsUp[v]) {
        add(v, 'warning', 'activity-no-output');
      } else if (kind === 'output') {
        if (!feedsUp[v]) add(v, 'warning', 'output-no-objective');
        if (!fedFromBelow[v]) add(v, 'info', 'output-no-activity');
      } else if (kind === 'objective' && !fedFromBelow[v]) {
        add(v, 'info', 'objective-no-output');
      }
    }
    return findings;
  },
};
