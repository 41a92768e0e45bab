import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from '../support/board';
import { node } from '../support/canvas';
import { importPlan, openTab, panel } from './viewsSupport';

test('re-ranking by drag and keyboard sets priority levels, live for the other user', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    nodes: [
      { id: 'a1', kind: 'activity', title: 'Hold elections', priority: 1 },
      { id: 'a2', kind: 'activity', title: 'Register voters', priority: 3 },
    ],
    edges: [{ id: 's1', kind: 'sequence', source: 'a2', target: 'a1' }],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await openTab(a, 'Priorities');

  // Top priority waits on lower-priority work: PRIORITY-INVERSION is marked on the item.
  const elections = panel(a).getByRole('listitem', { name: 'Hold elections, priority 1' });
  await expect(elections).toContainText('waits on lower-priority work: “Register voters”');

  const voters = panel(a).getByRole('listitem', { name: 'Register voters, priority 3' });
  await voters.dragTo(panel(a).getByRole('region', { name: /^Priority 1/ }));
  await expect(node(b, 'Register voters')).toContainText('P1');
  await expect(panel(a).getByText(/waits on lower-priority work/)).toHaveCount(0);

  await panel(a).getByRole('listitem', { name: 'Register voters, priority 1' }).focus();
  await a.keyboard.press('ArrowDown');
  await expect(
    panel(a).getByRole('listitem', { name: 'Register voters, priority 2' }),
  ).toBeFocused();
  await expect(node(b, 'Register voters')).toContainText('P2');
  await expectSaved(a);
  await close();
});
