import { act } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { makeTestSession, makeTestStore } from '../../canvas/testSupport';
import { PriorityView } from './PriorityView';

afterEach(cleanup);
beforeAll(() => changeLanguage('en'));

describe('<PriorityView>', () => {
  it('raise/lower buttons and ↑/↓ re-rank; PRI-LEVEL is marked on the items', async () => {
    const store = makeTestStore();
    store.run({
      type: 'node.add',
      node: { id: 'a', kind: 'activity', title: 'Elections', priority: 2 },
    });
    store.run({
      type: 'node.add',
      node: { id: 'b', kind: 'activity', title: 'Roads', priority: 2 },
    });
    store.run({ type: 'edge.connect', kind: 'priority', source: 'a', target: 'b' });
    render(<PriorityView session={makeTestSession(store)} />);
    expect(screen.getByText('More important than “Roads”')).toBeTruthy();

    act(() =>
      fireEvent.click(screen.getByRole('button', { name: 'Raise the priority of “Roads”' })),
    );
    expect(store.getNode('b')?.priority).toBe(1);
    const level1 = screen.getByRole('region', { name: /Priority 1/ });
    expect(within(level1).getByText('Roads')).toBeTruthy();
    // a is more important than b but now has a lower level: PRI-LEVEL (analysis is debounced).
    await waitFor(() =>
      expect(screen.getAllByText(/is marked more important than/)).toHaveLength(2),
    );

    const item = screen.getByRole('listitem', { name: 'Elections, priority 2' });
    act(() => fireEvent.keyDown(item, { key: 'ArrowUp' }));
    expect(store.getNode('a')?.priority).toBe(1);
    act(() =>
      fireEvent.keyDown(screen.getByRole('listitem', { name: 'Elections, priority 1' }), {
        key: 'ArrowDown',
      }),
    );
    expect(store.getNode('a')?.priority).toBe(2);
  });
});
