import { expect, test } from '@playwright/test';
import { createBoard, joinBoard } from './support/board';

test('a board opens, syncs and shows the canvas', async ({ page, request }) => {
  const board = await createBoard(request);
  await joinBoard(page, board.ownerUrl, 'Amina');
  // The token left the address bar (kept in local storage instead).
  await expect(page).toHaveURL(new RegExp(`/b/${board.boardId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E board');
  await expect(page.getByRole('region', { name: 'Board canvas' })).toBeVisible();
  await expect(page).toHaveTitle('E2E board — ISF Board');
});
