import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { makeTestSession, makeTestStore } from '../../canvas/testSupport';
import { selectionStoreFor } from '../../canvas/selectionStore';
import { TimelineView } from './TimelineView';

afterEach(cleanup);
beforeAll(() => changeLanguage('en'));

describe('<TimelineView>', () => {
  it('→ on a focused card and the horizon select move the activity between lanes', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'Deploy police' } });
    const session = makeTestSession(store);
    render(<TimelineView session={session} />);
    const card = screen.getByRole('group', { name: 'Deploy police, Short term' });
    act(() => card.focus());
    expect(selectionStoreFor(session).get().nodes).toEqual(['a']); // shown in the inspector
    act(() => fireEvent.keyDown(card, { key: 'ArrowRight' }));
    expect(store.getNode('a')?.horizon).toBe('mid');
    const select = screen.getByLabelText('Horizon of “Deploy police”');
    act(() => fireEvent.change(select, { target: { value: 'long' } }));
    expect(store.getNode('a')?.horizon).toBe('long');
    act(() =>
      fireEvent.keyDown(screen.getByRole('group', { name: 'Deploy police, Long term' }), {
        key: 'ArrowRight',
      }),
    );
    expect(store.getNode('a')?.horizon).toBe('long');
  });

  it('uses the board’s horizon labels and marks the critical chain', () => {
    const store = makeTestStore();
    store.run({ type: 'meta.update', horizonLabels: { short: '2026', mid: '2027' } });
    store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'Survey' } });
    store.run({
      type: 'node.add',
      node: { id: 'b', kind: 'activity', title: 'Clear', horizon: 'mid' },
    });
    store.run({ type: 'edge.connect', kind: 'sequence', source: 'a', target: 'b' });
    render(<TimelineView session={makeTestSession(store)} />);
    expect(screen.getByRole('region', { name: '2026' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Long term' })).toBeTruthy();
    expect(screen.getAllByText('Critical')).toHaveLength(2);
  });
});
