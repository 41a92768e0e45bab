import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from '../support/board';
import { inspector, node } from '../support/canvas';
import { importPlan, openTab, panel } from './viewsSupport';

test('dragging a card to another lane changes its horizon, live on the other user’s canvas', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    nodes: [
      { id: 'a1', kind: 'activity', title: 'Train police' },
      { id: 'a2', kind: 'activity', title: 'Deploy police', horizon: 'mid' },
    ],
    edges: [{ id: 's1', kind: 'sequence', source: 'a1', target: 'a2' }],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await expect(node(b, 'Train police')).toContainText('Short term');

  await openTab(a, 'Timeline');
  const card = panel(a).getByRole('group', { name: 'Train police, Short term' });
  await expect(card).toBeVisible();
  // Focusing a card shows it in the inspector.
  await card.click();
  await expect(inspector(a).getByLabel('Title')).toHaveValue('Train police');
  await card.dragTo(panel(a).getByRole('region', { name: 'Long term' }));
  await expect(panel(a).getByRole('group', { name: 'Train police, Long term' })).toBeVisible();
  await expect(node(b, 'Train police')).toContainText('Long term');

  // Now it must finish before its successor starts but is planned later: the arrow is flagged.
  await expect(panel(a).getByText(/must finish before “Deploy police”/)).toBeVisible();
  await expect(a.locator('[data-edge-id="s1"] .timeline__arrow--inversion')).toHaveCount(1);

  // Keyboard: ← on the focused card moves it one lane back.
  await panel(a).getByRole('group', { name: 'Train police, Long term' }).focus();
  await a.keyboard.press('ArrowLeft');
  await expect(panel(a).getByRole('group', { name: 'Train police, Mid term' })).toBeFocused();
  await expect(node(b, 'Train police')).toContainText('Mid term');
  await expect(panel(a).getByText(/must finish before “Deploy police”/)).toHaveCount(0);
  await expectSaved(a);
  await close();
});
