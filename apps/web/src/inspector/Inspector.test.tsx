import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectionStoreFor } from '../canvas/selectionStore';
import { makeTestSession, makeTestStore } from '../canvas/testSupport';
import { Inspector } from './Inspector';

afterEach(cleanup);

function setup(readOnly = false) {
  const store = makeTestStore('n');
  const actor = (
    store.run({ type: 'actor.add', actor: { name: 'UN Police', abbrev: 'UNPOL' } }) as {
      ids: string[];
    }
  ).ids[0] as string;
  const id = (
    store.run({ type: 'node.add', node: { kind: 'output', title: 'Courts reopened' } }) as {
      ids: string[];
    }
  ).ids[0] as string;
  store.run({
    type: 'benchmark.add',
    nodeId: id,
    benchmark: { horizon: 'short', text: 'Ten courts open' },
  });
  const session = makeTestSession(store, { readOnly, name: 'Ana' });
  render(<Inspector session={session} />);
  act(() => selectionStoreFor(session).set({ nodes: [id], edges: [] }));
  return { store, session, id, actor };
}

describe('Inspector', () => {
  it('edits fields of the selected node through commands', () => {
    const { store, id, actor } = setup();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Courts reopened');
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Horizon'), { target: { value: 'mid' } });
    fireEvent.change(screen.getByLabelText('Lead'), { target: { value: actor } });
    fireEvent.click(screen.getByLabelText('Gender'));
    const node = store.getNode(id);
    expect(node?.priority).toBe(1);
    expect(node?.horizon).toBe('mid');
    expect(node?.lead).toBe(actor);
    expect(node?.tags).toEqual(['gender']);
  });

  it('records the reviewer and date when a benchmark status is set', () => {
    const { store, id } = setup();
    fireEvent.change(screen.getByLabelText('Benchmark status'), { target: { value: 'at-risk' } });
    const b = store.getNode(id)?.benchmarks[0];
    expect(b?.status).toBe('at-risk');
    expect(b?.reviewedBy).toBe('Ana');
    expect(b?.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(screen.getByText(/Reviewed .* by Ana/)).toBeTruthy();
  });

  it('shows values as text when read-only', () => {
    setup(true);
    expect(screen.queryByLabelText('Title')).toBeNull();
    expect(screen.getByText('Courts reopened')).toBeTruthy();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
  });
});
