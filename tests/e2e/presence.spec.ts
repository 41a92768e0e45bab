import { expect, test } from '@playwright/test';
import { joinBoard, readBoard, status, twoPeople } from './support/board';
import { node } from './support/canvas';
import { importBoard } from './support/seed';

test('B sees A’s cursor and A’s drag live; the position is written once on drop', async ({
  browser,
  request,
}) => {
  const board = await importBoard(request, [
    { id: 'n1', title: 'Move me', x: 0, y: 0 },
    { id: 'n2', title: 'Stay', x: 600, y: 300 },
  ]);
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');

  const pane = await a.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await a.mouse.move(pane.x + 200, pane.y + 200);
  await a.mouse.move(pane.x + 260, pane.y + 240, { steps: 5 });
  await expect(b.locator('.peer-cursor', { hasText: 'Amina' })).toBeVisible();

  const card = node(a, 'Move me');
  const box = await card.boundingBox();
  if (!box) throw new Error('node not on screen');
  const before = await node(b, 'Move me').boundingBox();
  await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await a.mouse.down();
  await a.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 80, { steps: 10 });
  // Still dragging: B already sees the node move (through presence).
  await expect
    .poll(async () => ((await node(b, 'Move me').boundingBox())?.x ?? 0) - (before?.x ?? 0))
    .toBeGreaterThan(30);
  const stored = async () => (await readBoard(request, board)).nodes.find((n) => n.id === 'n1');
  expect((await stored())?.position).toEqual({ x: 0, y: 0 }); // nothing written mid-drag
  await a.mouse.up();
  await expect(status(a)).toContainText('Saved');
  const moved = (await stored())?.position;
  expect(moved?.x).toBeGreaterThan(30);
  expect(moved?.y).toBeGreaterThan(15);
  await close();
});

test('a node someone else selected shows who has it', async ({ browser, request }) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Shared focus', x: 0, y: 0 }]);
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await node(b, 'Shared focus').click();
  await expect(node(a, 'Shared focus')).toContainText('Boris');
  await b.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(node(a, 'Shared focus')).not.toContainText('Boris');
  await close();
});

test('click an avatar to follow that person’s viewport; a manual pan stops following', async ({
  browser,
  request,
}) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Landmark', x: 0, y: 0 }]);
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');

  const follow = b.getByRole('button', { name: /Follow Amina/ });
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');

  // A pans far away with the mouse wheel: B's view follows.
  const pane = await a.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await a.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const transform = (p: typeof a) =>
    p.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await a.mouse.down();
  await a.mouse.move(pane.x + pane.width / 2 - 300, pane.y + pane.height / 2 - 150, { steps: 8 });
  await a.mouse.up();
  await expect.poll(() => transform(b)).toBe(await transform(a));

  // B pans by hand: following stops, and A's next move no longer moves B.
  const paneB = await b.locator('.react-flow__pane').boundingBox();
  if (!paneB) throw new Error('no canvas');
  await b.mouse.move(paneB.x + 100, paneB.y + 100);
  await b.mouse.down();
  await b.mouse.move(paneB.x + 160, paneB.y + 130, { steps: 4 });
  await b.mouse.up();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  const bView = await transform(b);
  await a.mouse.move(pane.x + 200, pane.y + 200);
  await a.mouse.down();
  await a.mouse.move(pane.x + 400, pane.y + 300, { steps: 6 });
  await a.mouse.up();
  await b.waitForTimeout(800);
  expect(await transform(b)).toBe(bView);
  await close();
});

test('revoking a link closes it at once with a clear message', async ({ browser, request }) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Secret plan', x: 0, y: 0 }]);
  const { a: owner, b: guest, close } = await twoPeople(browser);
  await joinBoard(owner, board.ownerUrl, 'Amina');

  await owner.getByRole('button', { name: 'Share' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Share this board' });
  await dialog.getByRole('button', { name: 'Create editor link' }).click();
  const url = await dialog.getByLabel(/New editor link/).inputValue();
  expect(url).toMatch(/\/b\/.+#token=/);

  await joinBoard(guest, url, 'Guest editor');
  await expect(node(guest, 'Secret plan')).toBeVisible();

  await dialog.getByRole('button', { name: /Revoke editor link/ }).click();
  await expect(dialog.getByRole('cell', { name: 'Revoked' })).toBeVisible();
  await expect(status(guest)).toContainText(/revoked/);
  await expect(status(guest)).toContainText('Offline');
  await close();
});
