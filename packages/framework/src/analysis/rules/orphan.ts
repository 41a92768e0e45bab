import type { Finding, NodeKind, Severity } from '../../schema/index';
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
    const add = (v: number, severity: Severity, text: string): void => {
      const node = index.nodes[v];
      if (!node) return;
      findings.push({
        rule: 'ORPHAN',
        severity,
        message: `${index.label(node)} ${text}`,
        nodeIds: [node.id],
        edgeIds: [],
      });
    };
    for (let v = 0; v < n; v++) {
      const kind = index.nodes[v]?.kind;
      if (kind === 'activity' && !feedsUp[v]) {
        add(v, 'warning', 'contributes to no output: link it to the result it serves, or drop it.');
      } else if (kind === 'output') {
        if (!feedsUp[v]) add(v, 'warning', 'contributes to no objective.');
        if (!fedFromBelow[v]) add(v, 'info', 'has no activities contributing to it yet.');
      } else if (kind === 'objective' && !fedFromBelow[v]) {
        add(v, 'info', 'has no outputs contributing to it yet.');
      }
    }
    return findings;
  },
};
