import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { joinBoard } from '../support/board';
import { node } from '../support/canvas';
import { importPlan } from './viewsSupport';

async function menu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export / import' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('export JSON/CSV/PNG and import the JSON into a new board (round trip)', async ({
  page,
  request,
}, info) => {
  const board = await importPlan(request, {
    title: 'Round trip board',
    actors: [{ id: 'undp', name: 'UNDP', group: 'country-team' }],
    nodes: [
      { id: 'o1', kind: 'output', title: 'Justice served', lead: 'undp' },
      { id: 'a1', kind: 'activity', title: 'Train judges', priority: 1, horizon: 'mid' },
    ],
    edges: [{ id: 'c1', kind: 'contributes', source: 'a1', target: 'o1' }],
  });
  await joinBoard(page, board.ownerUrl, 'Amina');

  const [json] = await Promise.all([page.waitForEvent('download'), menu(page, 'Download JSON')]);
  const jsonPath = info.outputPath('board.json');
  await json.saveAs(jsonPath);
  expect(await readFile(jsonPath, 'utf8')).toContain('Train judges');

  const [csv] = await Promise.all([page.waitForEvent('download'), menu(page, 'Download CSV')]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvPath = info.outputPath('board.csv');
  await csv.saveAs(csvPath);
  expect(await readFile(csvPath, 'utf8')).toContain('Justice served');

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    menu(page, 'Canvas as PNG image'),
  ]);
  const pngPath = info.outputPath('board.png');
  await png.saveAs(pngPath);
  const bytes = await readFile(pngPath);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(2000);
  await expect(page.getByRole('tab', { name: 'Canvas' })).toHaveAttribute('aria-selected', 'true');

  // A broken CSV is refused with its row-level problems; nothing is created.
  await menu(page, 'Import JSON or CSV into a new board…');
  const dialog = page.getByRole('dialog', { name: 'Import into a new board' });
  await dialog.getByLabel('File', { exact: true }).setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('this,is,not\nan,isf,board\n'),
  });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('could not be imported');
  await expect(
    dialog.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem').first(),
  ).toBeVisible();

  await dialog.getByLabel('File', { exact: true }).setInputFiles(jsonPath);
  await dialog.getByLabel('Title of the new board (optional)').fill('Imported copy');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page).not.toHaveURL(new RegExp(board.boardId));
  const join = page.getByRole('dialog', { name: 'Join the board' });
  await join.getByLabel('Your name').fill('Amina');
  await join.getByRole('button', { name: 'Join board' }).click();
  await expect(node(page, 'Train judges')).toContainText('Mid term');
  await expect(node(page, 'Justice served')).toContainText('UNDP');
  await expect(page.getByText('Imported copy').first()).toBeVisible();
});

test('the print page shows the responsibility matrix', async ({ page, request }) => {
  const board = await importPlan(request, {
    title: 'Print board',
    actors: [{ id: 'unmiss', name: 'UNMISS', group: 'mission-component' }],
    nodes: [{ id: 'a1', kind: 'activity', title: 'Patrol roads', lead: 'unmiss' }],
  });
  await joinBoard(page, board.ownerUrl, 'Amina');
  await menu(page, 'Print the responsibility matrix…');
  const sheet = page.getByRole('dialog', { name: 'Responsibility matrix — Print board' });
  await expect(sheet.getByRole('row', { name: /Patrol roads/ })).toContainText('L');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.workspace')).toBeHidden();
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});
