import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from './support/board';
import { addActivity, inspector, node, selectNode } from './support/canvas';
import { importBoard } from './support/seed';

test.describe('two people on one board', () => {
  test('A adds an activity and B sees it (and sees A)', async ({ browser, request }) => {
    const board = await importBoard(request, []);
    const { a, b, close } = await twoPeople(browser);
    await joinBoard(a, board.ownerUrl, 'Amina');
    await joinBoard(b, board.ownerUrl, 'Boris');

    await expect(b.getByRole('button', { name: /Follow Amina/ })).toBeVisible();
    await addActivity(a, 'Voter registration drive');
    await expect(node(b, 'Voter registration drive')).toBeVisible();
    await expectSaved(a);
    await close();
  });

  test('A and B edit different fields of one node: both changes are kept', async ({
    browser,
    request,
  }) => {
    const board = await importBoard(request, [{ id: 'n1', title: 'Train police', x: 0, y: 0 }]);
    const { a, b, close } = await twoPeople(browser);
    await joinBoard(a, board.ownerUrl, 'Amina');
    await joinBoard(b, board.ownerUrl, 'Boris');
    await selectNode(a, 'Train police');
    await selectNode(b, 'Train police');

    await Promise.all([
      inspector(a).getByLabel('Status').selectOption({ label: 'In progress' }),
      inspector(b).getByLabel('Priority').selectOption({ index: 0 }),
    ]);
    for (const page of [a, b]) {
      await expect(inspector(page).getByLabel('Status')).toHaveValue('in-progress');
      await expect(inspector(page).getByLabel('Priority')).toHaveValue('1');
      await expect(node(page, 'Train police')).toContainText('In progress');
      await expect(node(page, 'Train police')).toContainText('P1');
    }
    await expectSaved(a);
    await expectSaved(b);
    await close();
  });

  test('A and B type into one description at once: both texts merge', async ({
    browser,
    request,
  }) => {
    const board = await importBoard(request, [{ id: 'n1', title: 'Mine action', x: 0, y: 0 }]);
    const { a, b, close } = await twoPeople(browser);
    await joinBoard(a, board.ownerUrl, 'Amina');
    await joinBoard(b, board.ownerUrl, 'Boris');
    await selectNode(a, 'Mine action');
    await selectNode(b, 'Mine action');
    const da = inspector(a).getByLabel('Description');
    const dbx = inspector(b).getByLabel('Description');
    await da.click();
    await dbx.click();
    await Promise.all([
      da.pressSequentially('Survey the roads. ', { delay: 15 }),
      dbx.pressSequentially('Clear the schools.', { delay: 15 }),
    ]);
    for (const field of [da, dbx]) {
      await expect(field).toHaveValue(/Survey the roads\./);
      await expect(field).toHaveValue(/Clear the schools\./);
    }
    const va = await da.inputValue();
    await expect(dbx).toHaveValue(va);
    await expectSaved(a);
    await expectSaved(b);
    await close();
  });
});
