import { expect, test } from '@playwright/test';
import { joinBoard } from '../support/board';
import { node } from '../support/canvas';
import { importPlan, openTab } from './viewsSupport';

test('the canvas keeps its pan and zoom when another tab is shown and back', async ({
  page,
  request,
}) => {
  const board = await importPlan(request, {
    nodes: [
      { id: 'o1', kind: 'objective', title: 'Secure environment' },
      { id: 'p1', kind: 'output', title: 'Police reformed' },
      { id: 'a1', kind: 'activity', title: 'Train police' },
      { id: 'a2', kind: 'activity', title: 'Deploy police' },
    ],
  });
  await joinBoard(page, board.ownerUrl, 'Amina');
  await expect(node(page, 'Train police')).toBeVisible();
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const fitted = await transform();

  // Zoom in with the controls, then pan by dragging the pane.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 - 180, pane.y + pane.height / 2 + 90, {
    steps: 8,
  });
  await page.mouse.up();
  // The zoom animation has ended when two reads a moment apart agree.
  let moved = await transform();
  await expect
    .poll(async () => {
      const now = await transform();
      const same = now === moved;
      moved = now;
      return same;
    })
    .toBe(true);
  expect(moved).not.toBe(fitted);

  await openTab(page, 'Timeline');
  await expect(page.locator('.react-flow__viewport')).toHaveCount(0);
  await openTab(page, 'Canvas');
  await expect(node(page, 'Train police')).toBeAttached();
  expect(await transform()).toBe(moved);
  // Still so after the canvas settled (nothing fits the view later).
  await page.waitForTimeout(500);
  expect(await transform()).toBe(moved);
});
