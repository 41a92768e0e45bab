import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, status, twoPeople } from './support/board';
import { connect, problems } from './support/canvas';
import { importBoard } from './support/seed';

test('a sequence drawn by A that closes a cycle with B’s edge shows SEQ-CYCLE to both', async ({
  browser,
  request,
}) => {
  const board = await importBoard(request, [
    { id: 'x', title: 'Disarm combatants', x: 0, y: 0 },
    { id: 'y', title: 'Reintegrate combatants', x: 500, y: 0 },
  ]);
  const { a, b, contexts, close } = await twoPeople(browser);
  const [, ctxB] = contexts;
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');

  // B draws "Reintegrate before Disarm" on a bad link; A draws "Disarm before Reintegrate".
  // Each is valid on its own board; merged they form a cycle.
  await ctxB!.setOffline(true);
  await expect(status(b)).toContainText('Offline');
  await connect(b, 'Reintegrate combatants', 'Disarm combatants', 'Sequence (before)');
  await connect(a, 'Disarm combatants', 'Reintegrate combatants', 'Sequence (before)');
  await expect(a.locator('.react-flow__edge')).toHaveCount(1);
  await expect(b.locator('.react-flow__edge')).toHaveCount(1);
  await expect(problems(a).getByText('SEQ-CYCLE')).toHaveCount(0);

  await ctxB!.setOffline(false);
  for (const page of [a, b]) {
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    await expect(problems(page).getByText('SEQ-CYCLE').first()).toBeVisible();
  }
  await expectSaved(b);
  await close();
});
