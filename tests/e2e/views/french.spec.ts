import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { joinBoard } from '../support/board';
import { benchmark, importPlan } from './viewsSupport';

/** Text that betrays a missing translation: a raw `namespace:key` or an unfilled `{{…}}`. */
const RAW_KEY = /\b(common|views|versions|stocktake|transfer|print):[a-zA-Z][\w.-]*|{{/;

async function expectTranslated(page: Page) {
  const text = await page.locator('.workspace').innerText();
  expect(text).not.toMatch(RAW_KEY);
}

test('the French UI renders every view with no missing keys, and is remembered', async ({
  page,
  request,
}) => {
  const board = await importPlan(request, {
    actors: [{ id: 'unmiss', name: 'MINUSS', group: 'mission-component' }],
    nodes: [
      { id: 'obj', kind: 'objective', title: 'Environnement sûr' },
      {
        id: 'out',
        kind: 'output',
        title: 'Police réformée',
        benchmarks: [benchmark({ id: 'b1', horizon: 'short', text: 'Loi adoptée' })],
      },
      { id: 'a1', kind: 'activity', title: 'Former la police', lead: 'unmiss' },
    ],
    edges: [
      { id: 'c1', kind: 'contributes', source: 'out', target: 'obj' },
      { id: 'c2', kind: 'contributes', source: 'a1', target: 'out' },
    ],
  });
  await joinBoard(page, board.ownerUrl, 'Amina');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  const tabs = ['Calendrier', 'Responsabilités', 'Hiérarchisation', 'Bilan', 'Versions', 'Canevas'];
  for (const name of tabs) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await expectTranslated(page);
  }
  await page.getByRole('tab', { name: 'Calendrier' }).click();
  await expect(page.getByRole('region', { name: 'Court terme' })).toBeVisible();
  await page.getByRole('tab', { name: 'Responsabilités' }).click();
  await expect(
    page.getByRole('button', { name: 'MINUSS pour « Former la police » : Chef de file' }),
  ).toHaveText('C');
  await page.getByRole('tab', { name: 'Bilan' }).click();
  await expect(page.getByText('Jamais examiné')).toBeVisible();
  await page.getByRole('button', { name: 'Exporter / importer' }).click();
  await expect(page.getByRole('menuitem', { name: 'Télécharger en JSON' })).toBeVisible();
  await expectTranslated(page);
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Calendrier' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
});
