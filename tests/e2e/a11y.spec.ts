import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { selectNode } from './support/canvas';
import { importBoard } from './support/seed';

/** Serious and critical axe violations on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('the home page has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Create a board' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The template picker too.
  await page.getByLabel('The study’s generic framework').check();
  await expect(
    page.getByRole('group', { name: 'Objectives and outputs to include' }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a board has no serious or critical accessibility violation', async ({ page, request }) => {
  const board = await importBoard(request, [
    { id: 'o1', title: 'Secure environment', kind: 'objective', x: 0, y: 0 },
    { id: 'a1', title: 'Patrol the corridor', x: 0, y: 300 },
  ]);
  await page.goto(board.ownerUrl);
  // The join dialog is part of the board experience.
  await expect(page.getByRole('dialog', { name: 'Join the board' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Your name').fill('Amina');
  await page.getByRole('button', { name: 'Join board' }).click();
  await selectNode(page, 'Patrol the corridor');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the board can be reached and joined with the keyboard alone', async ({ page, request }) => {
  const board = await importBoard(request, [{ id: 'a1', title: 'Patrol', x: 0, y: 0 }]);
  await page.goto(board.ownerUrl);
  const dialog = page.getByRole('dialog', { name: 'Join the board' });
  await expect(dialog.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Amina');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await joinedStatus(page);
  // Tab reaches the status and the share button in the top bar.
  const share = page.getByRole('button', { name: 'Share' });
  for (let i = 0; i < 30 && !(await share.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Share this board' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Share this board' })).toBeHidden();
});

async function joinedStatus(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('Online');
}
