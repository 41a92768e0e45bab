import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createShareLink, joinBoard } from '../support/board';
import { benchmark, importPlan, openTab, panel } from './viewsSupport';

test('a viewer sees every view read-only', async ({ page, request }) => {
  const board = await importPlan(request, {
    actors: [{ id: 'unmiss', name: 'UNMISS', group: 'mission-component' }],
    nodes: [
      {
        id: 'out',
        kind: 'output',
        title: 'Police reformed',
        lead: 'unmiss',
        benchmarks: [benchmark({ id: 'b1', horizon: 'short', text: 'Vetting law adopted' })],
      },
      { id: 'a1', kind: 'activity', title: 'Train police' },
    ],
  });
  const viewerUrl = await createShareLink(request, board, 'viewer');
  await joinBoard(page, viewerUrl, 'Vera');

  await openTab(page, 'Timeline');
  const card = panel(page).getByRole('group', { name: 'Train police, Short term' });
  await expect(card).toHaveAttribute('draggable', 'false');
  await expect(panel(page).getByLabel('Horizon of “Train police”')).toBeDisabled();
  await card.focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page).getByRole('group', { name: 'Train police, Short term' })).toBeVisible();

  await openTab(page, 'Responsibilities');
  const row = panel(page).getByRole('row', { name: /Police reformed/ });
  await expect(row.getByRole('cell', { name: 'Lead' })).toContainText('L');
  await expect(panel(page).getByRole('button', { name: /for “/ })).toHaveCount(0);
  const axe = await new AxeBuilder({ page })
    .include('.workspace')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await openTab(page, 'Priorities');
  await expect(panel(page).getByRole('button', { name: /Raise the priority/ })).toHaveCount(0);

  await openTab(page, 'Stocktake');
  await expect(panel(page).getByLabel('Status of “Vetting law adopted”')).toBeDisabled();

  await openTab(page, 'Versions');
  await expect(panel(page).getByRole('button', { name: 'Save version' })).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Compare' })).toBeVisible();
});
