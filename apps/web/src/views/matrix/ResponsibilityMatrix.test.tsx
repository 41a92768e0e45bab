import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { makeTestSession, makeTestStore } from '../../canvas/testSupport';
import { ResponsibilityMatrix } from './ResponsibilityMatrix';

afterEach(cleanup);
beforeAll(() => changeLanguage('en'));

describe('<ResponsibilityMatrix>', () => {
  it('a click on a cell changes support and lead in the shared store', () => {
    const store = makeTestStore();
    store.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
    store.run({
      type: 'actor.add',
      actor: { id: 'unmiss', name: 'UNMISS', group: 'mission-component' },
    });
    store.run({
      type: 'node.add',
      node: { id: 'a1', kind: 'activity', title: 'Train police', lead: 'unmiss' },
    });
    render(<ResponsibilityMatrix session={makeTestSession(store)} />);
    // UNDP is not in use yet: no column until it is picked.
    expect(screen.queryByRole('button', { name: /^UNDP for/ })).toBeNull();
    act(() =>
      fireEvent.change(screen.getByLabelText('Add a column'), { target: { value: 'undp' } }),
    );
    const cell = screen.getByRole('button', { name: 'UNDP for “Train police”: none' });
    act(() => fireEvent.click(cell));
    expect(store.getNode('a1')?.support).toEqual(['undp']);
    act(() =>
      fireEvent.click(screen.getByRole('button', { name: 'UNDP for “Train police”: Support' })),
    );
    expect(store.getNode('a1')).toMatchObject({ lead: 'undp', support: [] });
    expect(screen.getByRole('button', { name: 'UNMISS for “Train police”: none' })).toBeTruthy();
  });
});

describe('<ResponsibilityMatrix> keyboard', () => {
  it('the cells are one tab stop; arrow keys move between them', () => {
    const store = makeTestStore();
    store.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
    store.run({
      type: 'actor.add',
      actor: { id: 'unmiss', name: 'UNMISS', group: 'mission-component' },
    });
    store.run({
      type: 'node.add',
      node: { id: 'a1', kind: 'activity', title: 'One', lead: 'undp' },
    });
    store.run({
      type: 'node.add',
      node: { id: 'a2', kind: 'activity', title: 'Two', lead: 'unmiss' },
    });
    render(<ResponsibilityMatrix session={makeTestSession(store)} />);
    const cells = screen.getAllByRole('button', { name: / for “/ });
    expect(cells).toHaveLength(4);
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    const first = screen.getByRole('button', { name: 'UNDP for “One”: Lead' });
    act(() => first.focus());
    act(() => fireEvent.keyDown(first, { key: 'ArrowRight' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'UNMISS for “One”: none' }),
    );
    act(() => fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' }));
    const last = screen.getByRole('button', { name: 'UNMISS for “Two”: Lead' });
    expect(document.activeElement).toBe(last);
    expect(last.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
  });
});
