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

describe('<ResponsibilityMatrix> on a long board', () => {
  it('renders only the rows in view, with their place in the table; the keyboard reaches the last', () => {
    const store = makeTestStore();
    store.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
    store.run({
      type: 'actor.add',
      actor: { id: 'unmiss', name: 'UNMISS', group: 'mission-component' },
    });
    for (let i = 1; i <= 150; i++) {
      store.run({
        type: 'node.add',
        node: {
          id: `a${String(i).padStart(3, '0')}`, // listed in id order
          kind: 'activity',
          title: `Activity ${i}`,
          lead: i === 2 ? 'unmiss' : 'undp',
        },
      });
    }
    render(<ResponsibilityMatrix session={makeTestSession(store)} />);
    const table = screen.getByRole('table');
    // Header row + a "no output" group row + 150 items + 3 totals rows.
    expect(table.getAttribute('aria-rowcount')).toBe('155');
    expect(table.getAttribute('aria-colcount')).toBe('4');
    const rendered = screen.getAllByRole('row');
    expect(rendered.length).toBeLessThan(100);
    expect(screen.getByRole('row', { name: /Activity 1\b/ }).getAttribute('aria-rowindex')).toBe(
      '3',
    );
    expect(screen.queryByRole('row', { name: /Activity 150/ })).toBeNull();

    const first = screen.getByRole('button', { name: 'UNDP for “Activity 1”: Lead' });
    act(() => first.focus());
    act(() => fireEvent.keyDown(first, { key: 'End', ctrlKey: true }));
    const last = screen.getByRole('button', { name: 'UNMISS for “Activity 150”: none' });
    expect(document.activeElement).toBe(last);
    expect(last.tabIndex).toBe(0);
    expect(last.closest('tr')?.getAttribute('aria-rowindex')).toBe('152');
    act(() => fireEvent.keyDown(last, { key: 'ArrowUp' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'UNMISS for “Activity 149”: none' }),
    );
    // Enter on a far cell still writes to the shared store.
    act(() => fireEvent.click(document.activeElement!));
    expect(store.getNode('a149')?.support).toEqual(['unmiss']);
  });
});

describe('<ResponsibilityMatrix> with many entities', () => {
  it('renders the entity columns in view; End reaches the last one', () => {
    const store = makeTestStore();
    const ids = Array.from({ length: 60 }, (_, i) => `e${String(i + 1).padStart(2, '0')}`);
    for (const id of ids) {
      store.run({ type: 'actor.add', actor: { id, name: `Entity ${id}`, group: 'other-partner' } });
    }
    store.run({
      type: 'node.add',
      node: { id: 'a1', kind: 'activity', title: 'One', support: ids },
    });
    render(<ResponsibilityMatrix session={makeTestSession(store)} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-colcount')).toBe('62');
    const cells = screen.getAllByRole('button', { name: / for “One”/ });
    expect(cells.length).toBeLessThan(60);
    expect(screen.queryByRole('button', { name: 'Entity e60 for “One”: Support' })).toBeNull();

    act(() => cells[0]!.focus());
    act(() => fireEvent.keyDown(cells[0]!, { key: 'End' }));
    const last = screen.getByRole('button', { name: 'Entity e60 for “One”: Support' });
    expect(document.activeElement).toBe(last);
    expect(last.closest('td')?.getAttribute('aria-colindex')).toBe('62');
    expect(
      screen.getByRole('columnheader', { name: 'Entity e60' }).getAttribute('aria-colindex'),
    ).toBe('62');
  });
});
