import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, readBoard, reopenBoard, status, twoPeople } from './support/board';
import { addActivity, node } from './support/canvas';
import { importBoard } from './support/seed';

test.describe('bad links', () => {
  test('A edits offline; on return B sees the edits and "Saved" appears', async ({
    browser,
    request,
  }) => {
    const board = await importBoard(request, [{ id: 'n1', title: 'Base camp', x: 0, y: 0 }]);
    const { a, b, contexts, close } = await twoPeople(browser);
    const [ctxA] = contexts;
    await joinBoard(a, board.ownerUrl, 'Amina');
    await joinBoard(b, board.ownerUrl, 'Boris');

    await ctxA!.setOffline(true);
    await expect(status(a)).toContainText('Offline');
    await addActivity(a, 'Written in the field');
    await expect(status(a)).toContainText('Not saved yet');
    await expect(status(a)).not.toContainText('Saved');
    // Nothing reached B or the server while A was offline.
    await b.waitForTimeout(1000);
    await expect(node(b, 'Written in the field')).toHaveCount(0);

    await ctxA!.setOffline(false);
    await expect(node(b, 'Written in the field')).toBeVisible();
    await expect(status(a)).toContainText('Online');
    await expectSaved(a);
    const stored = await readBoard(request, board);
    expect(stored.nodes.map((n) => n.title)).toContain('Written in the field');
    await close();
  });

  test('edits made offline survive closing the tab (IndexedDB) and merge later', async ({
    browser,
    request,
  }) => {
    const board = await importBoard(request, [{ id: 'n1', title: 'Base camp', x: 0, y: 0 }]);
    const { a, b, contexts, close } = await twoPeople(browser);
    const [ctxA] = contexts;
    await joinBoard(a, board.ownerUrl, 'Amina');
    await joinBoard(b, board.ownerUrl, 'Boris');

    await ctxA!.setOffline(true);
    await expect(status(a)).toContainText('Offline');
    await addActivity(a, 'Kept on this laptop');
    await a.waitForTimeout(500); // let y-indexeddb write
    await a.close();
    await ctxA!.setOffline(false);
    await expect(node(b, 'Kept on this laptop')).toHaveCount(0);

    const again = await ctxA!.newPage();
    await reopenBoard(again, `/b/${board.boardId}`);
    await expect(node(again, 'Kept on this laptop')).toBeVisible();
    await expect(node(b, 'Kept on this laptop')).toBeVisible();
    await expectSaved(again);
    await close();
  });

  test('a reload keeps everything', async ({ browser, request }) => {
    const board = await importBoard(request, [{ id: 'n1', title: 'Base camp', x: 0, y: 0 }]);
    const { a, close } = await twoPeople(browser);
    await joinBoard(a, board.ownerUrl, 'Amina');
    await addActivity(a, 'Survives a reload');
    await expectSaved(a);
    await a.reload();
    await expect(status(a)).toContainText('Online');
    await expect(node(a, 'Survives a reload')).toBeVisible();
    await expect(node(a, 'Base camp')).toBeVisible();

    // A fresh browser (no IndexedDB copy) gets it from the server.
    const fresh = await browser.newContext();
    const c = await fresh.newPage();
    await joinBoard(c, board.ownerUrl, 'Chen');
    await expect(node(c, 'Survives a reload')).toBeVisible();
    await fresh.close();
    await close();
  });
});
