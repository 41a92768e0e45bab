import { expect, test } from '@playwright/test';
import { createBoard, joinBoard } from './support/board';

test('a board opens, syncs and shows the canvas', async ({ page, request }) => {
  const board = await createBoard(request);
  await joinBoard(page, board.ownerUrl, 'Amina');
  await expect(page).toHaveURL(new RegExp(`/b/${board.boardId}$`));
  await page.screenshot({ path: '/tmp/isf-board.png' });
});
