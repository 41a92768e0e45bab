import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffBoards } from '@isf/framework';
import { changeLanguage } from '../i18n/i18n';
import { makeTestStore } from '../canvas/testSupport';
import { DiffList } from './DiffList';
import { diffEntries } from './diffEntries';

afterEach(cleanup);
beforeAll(() => changeLanguage('en'));

function boards() {
  const store = makeTestStore();
  store.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
  store.run({
    type: 'actor.add',
    actor: { id: 'unpol', name: 'UN Police', group: 'mission-component' },
  });
  store.run({ type: 'node.add', node: { id: 'out', kind: 'output', title: 'Police reformed' } });
  store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'Vet officers' } });
  store.run({ type: 'node.add', node: { id: 'b', kind: 'activity', title: 'Train officers' } });
  store.run({ type: 'edge.connect', kind: 'sequence', source: 'a', target: 'b', id: 'seq' });
  store.run({
    type: 'benchmark.add',
    nodeId: 'out',
    benchmark: { id: 'bm', horizon: 'short', text: 'Vetting law' },
  });
  const before = store.read();
  store.run({ type: 'node.delete', ids: ['b'] }); // also removes the sequence edge
  store.run({ type: 'node.update', id: 'a', fields: { priority: 1, horizon: 'mid' } });
  store.run({ type: 'lead.set', nodeId: 'a', actorId: 'unpol' });
  store.run({ type: 'support.add', nodeId: 'a', actorId: 'undp' });
  store.run({
    type: 'benchmark.setStatus',
    nodeId: 'out',
    benchmarkId: 'bm',
    status: 'at-risk',
    reviewer: 'Amina',
  });
  store.run({ type: 'node.add', node: { id: 'c', kind: 'activity', title: 'Equip stations' } });
  return { before, after: store.read() };
}

describe('diff → list of changes', () => {
  it('lists deletions (node and sequence edge), additions, priority, horizon, lead/support and benchmark status', () => {
    const { before, after } = boards();
    const entries = diffEntries(diffBoards(before, after), after);
    expect(entries.map((e) => e.type)).toEqual([
      'node-removed',
      'edge-removed',
      'node-added',
      'node-field',
      'node-field',
      'lead',
      'support',
      'benchmark-status',
    ]);
    render(<DiffList entries={entries} before={before} after={after} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '−Removed: Activity “Train officers” deleted',
      '−Removed: Link removed: “Vet officers” before “Train officers” (sequencing)',
      '+Added: Activity “Equip stations” added',
      '~Changed: “Vet officers”, priority: P3 → P1',
      '~Changed: “Vet officers”, horizon: Short term → Mid term',
      '~Changed: “Vet officers”, lead: nobody → UN Police',
      '~Changed: “Vet officers”: support added from UNDP.',
      '~Changed: “Police reformed”, benchmark status: Not started → At risk (reviewed by Amina)',
    ]);
    // The old value is struck through (a <del>), the new one inserted (an <ins>).
    expect(screen.getByText('P3').tagName).toBe('DEL');
    expect(screen.getByText('P1').tagName).toBe('INS');
  });

  it('renders in French', () => {
    const { before, after } = boards();
    changeLanguage('fr');
    try {
      render(
        <DiffList
          entries={diffEntries(diffBoards(before, after), after)}
          before={before}
          after={after}
        />,
      );
      expect(screen.getByText(/Lien supprimé/)).toBeTruthy();
      expect(screen.getByText(/Activité «\sTrain officers\s» supprimée/)).toBeTruthy();
      expect(screen.getByText(/chef de file/)).toBeTruthy();
    } finally {
      changeLanguage('en');
    }
  });

  it('says so when nothing changed', () => {
    const { before } = boards();
    render(
      <DiffList
        entries={diffEntries(diffBoards(before, before), before)}
        before={before}
        after={before}
      />,
    );
    expect(screen.getByText('No differences.')).toBeTruthy();
  });
});
