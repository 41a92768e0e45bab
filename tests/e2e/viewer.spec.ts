import { expect, test } from '@playwright/test';
import { createShareLink, joinBoard, readBoard, twoPeople } from './support/board';
import { inspector, node } from './support/canvas';
import { importBoard } from './support/seed';

test('a viewer link shows a read-only board and cannot change anything', async ({
  browser,
  request,
}) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Protect civilians', x: 0, y: 0 }]);
  const viewerUrl = await createShareLink(request, board, 'viewer');
  const { a: owner, b: viewer, close } = await twoPeople(browser);
  await joinBoard(owner, board.ownerUrl, 'Amina');
  await joinBoard(viewer, viewerUrl, 'Vera');
  const before = await readBoard(request, board);

  await expect(viewer.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Add activity' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // Selecting shows the details, but nothing to edit.
  await node(viewer, 'Protect civilians').click();
  await expect(inspector(viewer).getByRole('textbox')).toHaveCount(0);
  await expect(inspector(viewer).getByRole('combobox')).toHaveCount(0);

  // Keyboard shortcut, delete key and a drag do nothing.
  await viewer.keyboard.press('a');
  await viewer.keyboard.press('Delete');
  const card = node(viewer, 'Protect civilians');
  const box = await card.boundingBox();
  if (!box) throw new Error('node not on screen');
  await viewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await viewer.mouse.down();
  await viewer.mouse.move(box.x + 300, box.y + 200, { steps: 8 });
  await viewer.mouse.up();
  await expect(viewer.locator('.react-flow__node')).toHaveCount(1);

  // The owner sees the viewer (presence) but no change; the server stored none.
  await expect(owner.getByRole('button', { name: /Follow Vera/ })).toBeVisible();
  await owner.waitForTimeout(1000);
  await expect(owner.locator('.react-flow__node')).toHaveCount(1);
  const after = await readBoard(request, board);
  expect(after).toEqual(before);
  await close();
});
