import { describe, expect, it } from 'vitest';
import { createEdge, createNode, type Edge, type PlanNode } from '@isf/framework';
import { EMPTY_FILTER, contributorsOf, isFilterActive, matchingNodeIds } from './filters';

const nodes: PlanNode[] = [
  createNode({ id: 'obj1', kind: 'objective', title: 'Protection of civilians' }),
  createNode({ id: 'obj2', kind: 'objective', title: 'Rule of law' }),
  createNode({ id: 'out1', kind: 'output', title: 'Early warning', lead: 'unpol', tags: ['poc'] }),
  createNode({
    id: 'out2',
    kind: 'output',
    title: 'Courts reopened',
    horizon: 'mid',
    support: ['undp'],
  }),
  createNode({
    id: 'act1',
    kind: 'activity',
    title: 'Train community alert networks',
    lead: 'civaff',
  }),
  createNode({
    id: 'act2',
    kind: 'activity',
    title: 'Deploy judges',
    horizon: 'long',
    tags: ['human-rights'],
  }),
];
const edges: Edge[] = [
  createEdge({ id: 'e1', kind: 'contributes', source: 'out1', target: 'obj1' }),
  createEdge({ id: 'e2', kind: 'contributes', source: 'act1', target: 'out1' }),
  createEdge({ id: 'e3', kind: 'contributes', source: 'out2', target: 'obj2' }),
  createEdge({ id: 'e4', kind: 'contributes', source: 'act2', target: 'out2' }),
  // Sequence/priority links never put a node under an objective.
  createEdge({ id: 'e5', kind: 'sequence', source: 'act2', target: 'act1' }),
];

const ids = (s: Set<string> | null): string[] | null => (s === null ? null : [...s].sort());

describe('filters', () => {
  it('an empty filter matches everything (null)', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(matchingNodeIds(nodes, edges, EMPTY_FILTER)).toBeNull();
  });

  it('by objective keeps the objective and its transitive contributors', () => {
    expect([...contributorsOf('obj1', edges)].sort()).toEqual(['act1', 'obj1', 'out1']);
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, objectiveId: 'obj2' }))).toEqual([
      'act2',
      'obj2',
      'out2',
    ]);
  });

  it('by entity matches lead or support', () => {
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, actorId: 'unpol' }))).toEqual([
      'out1',
    ]);
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, actorId: 'undp' }))).toEqual([
      'out2',
    ]);
  });

  it('by horizon, tag and text, combined with AND', () => {
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, horizon: 'long' }))).toEqual([
      'act2',
    ]);
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, tag: 'poc' }))).toEqual(['out1']);
    expect(ids(matchingNodeIds(nodes, edges, { ...EMPTY_FILTER, query: 'JUDGES' }))).toEqual([
      'act2',
    ]);
    expect(
      ids(
        matchingNodeIds(nodes, edges, {
          ...EMPTY_FILTER,
          objectiveId: 'obj1',
          horizon: 'short',
          query: 'train',
        }),
      ),
    ).toEqual(['act1']);
    expect(
      ids(
        matchingNodeIds(nodes, edges, {
          ...EMPTY_FILTER,
          objectiveId: 'obj1',
          tag: 'human-rights',
        }),
      ),
    ).toEqual([]);
  });
});
