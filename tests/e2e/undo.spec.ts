import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from './support/board';
import { addActivity, inspector, node, selectNode } from './support/canvas';
import { importBoard } from './support/seed';

test('A’s undo reverts A’s change and leaves B’s alone', async ({ browser, request }) => {
  const board = await importBoard(request, [{ id: 'n1', title: 'Census', x: 0, y: 0 }]);
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await selectNode(a, 'Census');
  await selectNode(b, 'Census');

  await inspector(a).getByLabel('Status').selectOption({ label: 'Done' });
  await expect(node(b, 'Census')).toContainText('Done');
  await inspector(b).getByLabel('Priority').selectOption({ index: 0 });
  await expect(node(a, 'Census')).toContainText('P1');
  await addActivity(b, 'Boris’s activity');
  await expect(node(a, 'Boris’s activity')).toBeVisible();

  await a.getByRole('button', { name: 'Undo' }).click();
  for (const page of [a, b]) {
    await expect(node(page, 'Census')).toContainText('Planned');
    await expect(node(page, 'Census')).toContainText('P1');
    await expect(node(page, 'Boris’s activity')).toBeVisible();
  }
  await expectSaved(a);
  await close();
});
