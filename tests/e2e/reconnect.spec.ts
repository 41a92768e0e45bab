import { expect, test } from '@playwright/test';
import type { WebSocketRoute } from '@playwright/test';
import { expectSaved, joinBoard, readBoard, status } from './support/board';
import { addActivity } from './support/canvas';
import { importBoard } from './support/seed';

test('a dropped relay connection shows "Reconnecting…", keeps edits, then resyncs', async ({
  page,
  request,
}) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Field office', x: 0, y: 0 }]);
  // Sit between the page and the relay, to drop the link as a bad network does.
  let relayReachable = true;
  let current: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/sync\//, (ws) => {
    if (!relayReachable) {
      void ws.close({ code: 1006, reason: 'unreachable' });
      return;
    }
    current = ws;
    ws.connectToServer();
  });
  await joinBoard(page, board.ownerUrl, 'Amina');

  relayReachable = false;
  await current!.close({ code: 1006, reason: 'link dropped' });
  await expect(status(page)).toContainText('Reconnecting…');
  await addActivity(page, 'Typed during the outage');
  await expect(status(page)).toContainText('Not saved yet');
  await page.waitForTimeout(1500);
  await expect(status(page)).toContainText('Reconnecting…');

  relayReachable = true;
  await expect(status(page)).toContainText('Online', { timeout: 15_000 });
  await expectSaved(page);
  const stored = await readBoard(request, board);
  expect(stored.nodes.map((n) => n.title)).toContain('Typed during the outage');
});
