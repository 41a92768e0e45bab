import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, twoPeople } from '../support/board';
import { node } from '../support/canvas';
import { importPlan, openTab, panel } from './viewsSupport';

test('save, compare (deleted node, removed sequence edge) and restore a version, live for others', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    nodes: [
      { id: 'a1', kind: 'activity', title: 'Survey roads' },
      { id: 'a2', kind: 'activity', title: 'Clear mines' },
      { id: 'a3', kind: 'activity', title: 'Reopen markets' },
    ],
    edges: [
      { id: 's1', kind: 'sequence', source: 'a1', target: 'a2' },
      { id: 's2', kind: 'sequence', source: 'a2', target: 'a3' },
    ],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');

  await openTab(a, 'Versions');
  await panel(a).getByLabel('Name').fill('Baseline');
  await panel(a).getByLabel('Note (optional)').fill('Agreed at the retreat');
  await panel(a).getByRole('button', { name: 'Save version' }).click();
  const list = panel(a).getByRole('list', { name: 'All versions' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Baseline' })).toContainText('Amina');
  await expect(list.getByRole('listitem').filter({ hasText: 'Baseline' })).toContainText('Saved');

  // B deletes "Clear mines" on the canvas (its two sequence edges go with it) and raises a priority.
  await node(b, 'Clear mines').click();
  await b.keyboard.press('Delete');
  await expect(node(b, 'Clear mines')).toHaveCount(0);
  await openTab(b, 'Priorities');
  await panel(b).getByRole('button', { name: 'Raise the priority of “Survey roads”' }).click();
  await expectSaved(b);

  await list.getByRole('button', { name: 'Compare “Baseline” with now' }).click();
  const changes = panel(a).getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('Activity “Clear mines” deleted');
  await expect(changes).toContainText(
    'Link removed: “Survey roads” before “Clear mines” (sequencing)',
  );
  await expect(changes).toContainText(
    'Link removed: “Clear mines” before “Reopen markets” (sequencing)',
  );
  await expect(changes.getByRole('listitem').filter({ hasText: 'priority' })).toContainText(
    'P3 → P2',
  );
  // On the comparison canvas the deleted item is a ghost; the changed one shows the old value struck.
  await expect(a.locator('.preview-node--removed', { hasText: 'Clear mines' })).toBeVisible();
  await expect(
    a.locator('.preview-node--changed', { hasText: 'Survey roads' }).locator('del'),
  ).toHaveText('P3');
  await a.screenshot({ path: test.info().outputPath('compare.png') });

  // Restore, after the confirmation dialog; B (on the canvas) sees the node come back.
  await openTab(b, 'Canvas');
  await list.getByRole('button', { name: 'Restore “Baseline”' }).click();
  const dialog = a.getByRole('dialog', { name: 'Restore this version?' });
  await expect(dialog).toContainText('before restore');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(node(b, 'Clear mines')).toBeVisible();
  await expect(b.locator('.react-flow__edge')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'Before restoring' })).toContainText(
    'Before restore',
  );

  // Compare two stored versions: the baseline and the one kept before the restore.
  await panel(a).getByLabel('From').selectOption({ label: 'Baseline' });
  await panel(a)
    .getByLabel('To', { exact: true })
    .selectOption({ label: 'Before restoring “Baseline”' });
  await panel(a).getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(panel(a).getByRole('heading', { name: /to “Before restoring/ })).toBeVisible();
  await expect(changes).toContainText('Activity “Clear mines” deleted');

  // Open a version read-only.
  await list.getByRole('button', { name: 'Open “Baseline”' }).click();
  await expect(
    panel(a).getByRole('group', { name: 'The board as saved in “Baseline”' }),
  ).toContainText('Clear mines');
  await close();
});
