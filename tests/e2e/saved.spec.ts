import { expect, test } from '@playwright/test';
import { joinBoard, readBoard, status } from './support/board';
import { addActivity } from './support/canvas';
import { importBoard } from './support/seed';

/** The relay's "saved" message type (MESSAGE_SAVED of @isf/crdt). */
const MESSAGE_SAVED = 100;

test('"Saved" appears only once the relay confirms the write', async ({ page, request }) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Water points', x: 0, y: 0 }]);
  // Hold back the relay's saved confirmations until released.
  let holding = false;
  const held: (() => void)[] = [];
  await page.routeWebSocket(/\/sync\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      const first = typeof message === 'string' ? message.charCodeAt(0) : message[0];
      if (holding && first === MESSAGE_SAVED) held.push(() => ws.send(message));
      else ws.send(message);
    });
  });
  await joinBoard(page, board.ownerUrl, 'Amina');
  await expect(status(page)).toContainText('Saved');

  holding = true;
  await addActivity(page, 'Borehole repairs');
  // The update reached the relay and is stored, but the page has no confirmation yet.
  await expect
    .poll(async () => (await readBoard(request, board)).nodes.map((n) => n.title))
    .toContain('Borehole repairs');
  await expect(status(page)).toContainText('Saving…');
  await page.waitForTimeout(1000);
  await expect(status(page)).not.toContainText('Saved');

  holding = false;
  for (const send of held.splice(0)) send();
  await expect(status(page)).toContainText('Saved');
});
