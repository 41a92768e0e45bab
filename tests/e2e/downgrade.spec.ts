import { expect, test } from '@playwright/test';
import { joinBoard, status, twoPeople } from './support/board';
import { node } from './support/canvas';
import { importBoard } from './support/seed';

test('an editor link downgraded to viewer while open turns the board read-only', async ({
  browser,
  request,
}) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Budget line', x: 0, y: 0 }]);
  const auth = { authorization: `Bearer ${board.ownerToken}` };
  const res = await request.post(`/api/boards/${board.boardId}/links`, {
    data: { role: 'editor' },
    headers: auth,
  });
  const { link } = (await res.json()) as { link: { id: string; url: string } };
  const { a: guest, close } = await twoPeople(browser);
  await joinBoard(guest, link.url, 'Guest');
  await expect(guest.getByRole('button', { name: 'Add activity' })).toBeVisible();

  const patched = await request.patch(`/api/boards/${board.boardId}/links/${link.id}`, {
    data: { role: 'viewer' },
    headers: auth,
  });
  expect(patched.ok(), await patched.text()).toBe(true);
  await expect(guest.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(guest.getByRole('button', { name: 'Add activity' })).toHaveCount(0);
  await expect(node(guest, 'Budget line')).toBeVisible();
  await expect(status(guest)).toContainText('Online');
  await close();
});
