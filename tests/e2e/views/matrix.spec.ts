import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from '../support/board';
import { node } from '../support/canvas';
import { importPlan, openTab, panel } from './viewsSupport';

test('toggling a matrix cell changes support and lead, seen live by the other user', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    actors: [
      { id: 'unpol', name: 'UN Police', abbrev: 'UNPOL', group: 'mission-component' },
      { id: 'undp', name: 'UNDP', group: 'country-team' },
    ],
    nodes: [
      { id: 'a1', kind: 'activity', title: 'Train police', lead: 'unpol' },
      { id: 'a2', kind: 'activity', title: 'Build courts', lead: 'undp' },
    ],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await openTab(a, 'Responsibilities');
  await openTab(b, 'Responsibilities');

  const cell = (name: string) => panel(a).getByRole('button', { name });
  await cell('UNDP for “Train police”: none').click();
  await expect(cell('UNDP for “Train police”: Support')).toHaveText('S');
  await expect(
    panel(b).getByRole('button', { name: 'UNDP for “Train police”: Support' }),
  ).toBeVisible();

  // Support → lead: UNDP replaces UN Police as the one lead.
  await cell('UNDP for “Train police”: Support').press('Enter');
  await expect(panel(b).getByRole('button', { name: 'UNDP for “Train police”: Lead' })).toHaveText(
    'L',
  );
  await expect(
    panel(b).getByRole('button', { name: 'UN Police for “Train police”: none' }),
  ).toBeVisible();

  // The group filter narrows the columns to one kind of entity.
  await panel(a).getByLabel('Entities').selectOption('mission-component');
  await expect(cell('UN Police for “Train police”: none')).toBeVisible();
  await expect(panel(a).getByRole('button', { name: /^UNDP for/ })).toHaveCount(0);

  await openTab(b, 'Canvas');
  await expect(node(b, 'Train police')).toContainText(/Lead: (UNDP)/);
  await expectSaved(a);
  await close();
});
