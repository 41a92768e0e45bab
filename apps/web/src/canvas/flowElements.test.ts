import { describe, expect, it } from 'vitest';
import { createEdge, createNode } from '@isf/framework';
import { i18next } from '../i18n';
import {
  edgeAriaLabel,
  patchFlowEdges,
  patchFlowNodes,
  toFlowEdge,
  toFlowNode,
} from './flowElements';
import { nodeLabel } from './NodeBody';

describe('flow elements', () => {
  it('names nodes and edges by kind and titles', () => {
    expect(nodeLabel('output', 'Courts reopened', i18next.t)).toBe('Output: Courts reopened');
    expect(nodeLabel('activity', '  ', i18next.t)).toBe('Activity: Untitled');
    expect(
      edgeAriaLabel(
        { kind: 'sequence', suggested: false },
        'Train judges',
        'Reopen courts',
        i18next.t,
      ),
    ).toBe('Sequence: Train judges before Reopen courts');
    expect(edgeAriaLabel({ kind: 'priority', suggested: true }, 'A', '', i18next.t)).toBe(
      'Priority: A more important than Untitled (suggested)',
    );
  });

  it('patches only the changed ids; others keep identity; local drag position is kept', () => {
    const records = new Map(
      ['a', 'b', 'c'].map((id) => [
        id,
        createNode({ id, kind: 'activity', title: id.toUpperCase() }),
      ]),
    );
    const prev = [...records.values()].map((n) => toFlowNode(n, false));
    records.set('a', createNode({ id: 'a', kind: 'output', title: 'A2' }));
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
    expect(next[0]?.type).toBe('plan-output');
    expect(next[1]).toBe(dragged[1]); // dragging locally: keeps its live position
    expect(next[2]?.type).toBe('plan-objective');
  });

  it('returns the same array when nothing React Flow shows changed (e.g. a title edit)', () => {
    const records = new Map([['a', createNode({ id: 'a', kind: 'activity', title: 'A' })]]);
    const prev = [toFlowNode(records.get('a')!, false)];
    records.set('a', createNode({ id: 'a', kind: 'activity', title: 'A edited' }));
    const next = patchFlowNodes(
      prev,
      { added: [], updated: ['a'], removed: [] },
      (id) => records.get(id),
      false,
    );
    expect(next).toBe(prev);
  });

  it('patches edges by id and drops removed ones', () => {
    const edges = new Map([
      ['e1', createEdge({ id: 'e1', kind: 'sequence', source: 'a', target: 'b' })],
      ['e2', createEdge({ id: 'e2', kind: 'priority', source: 'b', target: 'a', suggested: true })],
    ]);
    const prev = [...edges.values()].map((e) => toFlowEdge(e, false));
    expect(prev[1]?.className).toContain('isf-edge--suggested');
    edges.delete('e2');
    edges.set(
      'e1',
      createEdge({ id: 'e1', kind: 'sequence', source: 'a', target: 'b', note: 'n' }),
    );
    const next = patchFlowEdges(
      prev,
      { added: [], updated: ['e1'], removed: ['e2'] },
      (id) => edges.get(id),
      false,
    );
    expect(next.map((e) => e.id)).toEqual(['e1']);
    expect(next[0]?.data?.note).toBe('n');
    expect(
      patchFlowEdges(next, { added: [], updated: [], removed: [] }, (id) => edges.get(id), false),
    ).toBe(next);
  });
});
