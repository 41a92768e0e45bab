import { describe, expect, it } from 'vitest';
import { createEdge, createNode } from '@isf/framework';
import {
  nodeAriaLabel,
  patchFlowEdges,
  patchFlowNodes,
  toFlowEdge,
  toFlowNode,
} from './flowElements';

describe('flow elements', () => {
  it('labels nodes with kind and title', () => {
    expect(nodeAriaLabel({ kind: 'output', title: 'Courts reopened' })).toBe(
      'Output: Courts reopened',
    );
    expect(nodeAriaLabel({ kind: 'activity', title: '  ' })).toBe('Activity: Untitled');
  });

  it('patches only the changed ids; others keep identity; local drag position is kept', () => {
    const records = new Map(
      ['a', 'b', 'c'].map((id) => [
        id,
        createNode({ id, kind: 'activity', title: id.toUpperCase() }),
      ]),
    );
    const prev = [...records.values()].map((n) => toFlowNode(n, false));
    records.set('a', createNode({ id: 'a', kind: 'activity', title: 'A2' }));
    records.set(
      'b',
      createNode({ id: 'b', kind: 'activity', title: 'B', position: { x: 9, y: 9 } }),
    );
    records.delete('c');
    records.set('d', createNode({ id: 'd', kind: 'objective', title: 'D' }));
    const dragged = prev.map((n) =>
      n.id === 'b' ? { ...n, dragging: true, position: { x: 50, y: 50 } } : n,
    );
    const next = patchFlowNodes(
      dragged,
      { added: ['d'], updated: ['a', 'b'], removed: ['c'] },
      (id) => records.get(id),
      false,
    );
    expect(next.map((n) => n.id)).toEqual(['a', 'b', 'd']);
    expect(next[0]?.ariaLabel).toBe('Activity: A2');
    expect(next[1]).toBe(dragged[1]); // dragging locally: keeps its live position
    expect(next[2]?.type).toBe('plan-objective');
    const untouched = patchFlowNodes(
      next,
      { added: [], updated: ['d'], removed: [] },
      (id) => records.get(id),
      false,
    );
    expect(untouched[0]).toBe(next[0]);
    expect(untouched[2]).toBe(next[2]); // updated but nothing visible changed
  });

  it('relabels edges whose end was retitled and drops removed ones', () => {
    const titles = new Map([
      ['a', 'Train judges'],
      ['b', 'Reopen courts'],
    ]);
    const edges = new Map([
      ['e1', createEdge({ id: 'e1', kind: 'sequence', source: 'a', target: 'b' })],
      ['e2', createEdge({ id: 'e2', kind: 'priority', source: 'b', target: 'a', suggested: true })],
    ]);
    const titleOf = (id: string): string => titles.get(id) ?? '?';
    const prev = [...edges.values()].map((e) => toFlowEdge(e, titleOf, false));
    expect(prev[0]?.ariaLabel).toBe('Sequence: Train judges before Reopen courts');
    expect(prev[1]?.ariaLabel).toBe(
      'Priority: Reopen courts more important than Train judges (suggested)',
    );
    titles.set('a', 'Train magistrates');
    edges.delete('e2');
    const next = patchFlowEdges(
      prev,
      { added: [], updated: [], removed: ['e2'] },
      (id) => edges.get(id),
      titleOf,
      false,
      new Set(['a']),
    );
    expect(next.map((e) => e.ariaLabel)).toEqual([
      'Sequence: Train magistrates before Reopen courts',
    ]);
  });
});
