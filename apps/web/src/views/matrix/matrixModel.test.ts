import { describe, expect, it } from 'vitest';
import { makeTestStore } from '../../canvas/testSupport';
import {
  cellRole,
  cycleCommand,
  entityTotals,
  matrixColumns,
  matrixRows,
  nextRole,
  rowsOfObjective,
} from './matrixModel';

function setup() {
  const store = makeTestStore();
  store.run({
    type: 'actor.add',
    actor: { id: 'unmiss', name: 'UNMISS', group: 'mission-component' },
  });
  store.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
  store.run({ type: 'node.add', node: { id: 'obj', kind: 'objective', title: 'Objective' } });
  store.run({ type: 'node.add', node: { id: 'out', kind: 'output', title: 'Output' } });
  store.run({ type: 'node.add', node: { id: 'act', kind: 'activity', title: 'Activity' } });
  store.run({ type: 'node.add', node: { id: 'loose', kind: 'activity', title: 'Loose' } });
  store.run({ type: 'edge.connect', kind: 'contributes', source: 'act', target: 'out' });
  store.run({ type: 'edge.connect', kind: 'contributes', source: 'out', target: 'obj' });
  return store;
}

const click = (store: ReturnType<typeof setup>, nodeId: string, actorId: string) => {
  const node = store.getNode(nodeId);
  if (!node) throw new Error('no node');
  const result = store.run(cycleCommand(node, actorId));
  expect(result.ok).toBe(true);
  return cellRole(store.getNode(nodeId)!, actorId);
};

describe('responsibility matrix cells', () => {
  it('cycles empty → support → lead → empty, one crdt command per click', () => {
    const store = setup();
    expect(cellRole(store.getNode('act')!, 'undp')).toBeNull();
    expect(click(store, 'act', 'undp')).toBe('support');
    expect(store.getNode('act')?.support).toEqual(['undp']);
    expect(click(store, 'act', 'undp')).toBe('lead');
    expect(store.getNode('act')).toMatchObject({ lead: 'undp', support: [] });
    expect(click(store, 'act', 'undp')).toBeNull();
    expect(store.getNode('act')).toMatchObject({ lead: null, support: [] });
    expect(nextRole(null)).toBe('support');
    expect(nextRole('support')).toBe('lead');
    expect(nextRole('lead')).toBeNull();
  });

  it('a new lead replaces the old one (at most one lead)', () => {
    const store = setup();
    click(store, 'act', 'unmiss');
    click(store, 'act', 'unmiss'); // unmiss leads
    click(store, 'act', 'undp');
    click(store, 'act', 'undp'); // undp leads now
    const node = store.getNode('act')!;
    expect(node.lead).toBe('undp');
    expect(cellRole(node, 'unmiss')).toBeNull();
  });

  it('groups activities under their output and objective; loose ones at the end', () => {
    const rows = matrixRows(setup().read());
    expect(
      rows.map((r) => (r.type === 'no-output' ? 'no-output' : `${r.type}:${r.node?.id}`)),
    ).toEqual(['objective:obj', 'output:out', 'activity:act', 'no-output', 'activity:loose']);
  });

  it('narrows the rows to one objective, or to the unattached items', () => {
    const rows = matrixRows(setup().read());
    const ids = (r: ReturnType<typeof matrixRows>) =>
      r.map((x) => ('node' in x ? x.node?.id : x.type));
    expect(ids(rowsOfObjective(rows, 'obj'))).toEqual(['obj', 'out', 'act']);
    expect(ids(rowsOfObjective(rows, null))).toEqual(['no-output', 'loose']);
    expect(rowsOfObjective(rows, 'all')).toBe(rows);
  });

  it('totals per entity and horizon, with OVERLOAD above the threshold', () => {
    const store = setup();
    store.run({ type: 'lead.set', nodeId: 'act', actorId: 'undp' });
    store.run({ type: 'lead.set', nodeId: 'loose', actorId: 'undp' });
    store.run({ type: 'support.add', nodeId: 'out', actorId: 'undp' });
    store.run({ type: 'node.update', id: 'out', fields: { horizon: 'mid' } });
    const totals = entityTotals(store.read(), ['undp', 'unmiss'], 1);
    expect(totals.get('undp')?.short).toEqual({ lead: 2, support: 0, overloaded: true });
    expect(totals.get('undp')?.mid).toEqual({ lead: 0, support: 1, overloaded: false });
    expect(totals.get('unmiss')?.short.overloaded).toBe(false);
  });

  it('columns: entities in use plus picked ones, filtered by group', () => {
    const store = setup();
    store.run({ type: 'lead.set', nodeId: 'act', actorId: 'undp' });
    const board = store.read();
    expect(matrixColumns(board, new Set(), 'all').map((a) => a.id)).toEqual(['undp']);
    expect(matrixColumns(board, new Set(['unmiss']), 'all').map((a) => a.id)).toEqual([
      'undp',
      'unmiss',
    ]);
    expect(matrixColumns(board, new Set(['unmiss']), 'mission-component').map((a) => a.id)).toEqual(
      ['unmiss'],
    );
  });
});
