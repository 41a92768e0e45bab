import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createBoard, expectSaved, joinBoard, twoPeople } from '../support/board';
import { node } from '../support/canvas';
import { importPlan, openTab, panel } from './viewsSupport';

test('toggling a matrix cell changes support and lead, seen live by the other user', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    actors: [
      { id: 'unpol', name: 'UN Police', abbrev: 'UNPOL', group: 'mission-component' },
      { id: 'undp', name: 'UNDP', group: 'country-team' },
    ],
    nodes: [
      { id: 'a1', kind: 'activity', title: 'Train police', lead: 'unpol' },
      { id: 'a2', kind: 'activity', title: 'Build courts', lead: 'undp' },
    ],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await openTab(a, 'Responsibilities');
  await openTab(b, 'Responsibilities');

  const cell = (name: string) => panel(a).getByRole('button', { name });
  await cell('UNDP for “Train police”: none').click();
  await expect(cell('UNDP for “Train police”: Support')).toHaveText('S');
  await expect(
    panel(b).getByRole('button', { name: 'UNDP for “Train police”: Support' }),
  ).toBeVisible();

  // Support → lead: UNDP replaces UN Police as the one lead.
  await cell('UNDP for “Train police”: Support').press('Enter');
  await expect(panel(b).getByRole('button', { name: 'UNDP for “Train police”: Lead' })).toHaveText(
    'L',
  );
  await expect(
    panel(b).getByRole('button', { name: 'UN Police for “Train police”: none' }),
  ).toBeVisible();

  // The group filter narrows the columns to one kind of entity.
  await panel(a).getByLabel('Entities').selectOption('mission-component');
  await expect(cell('UN Police for “Train police”: none')).toBeVisible();
  await expect(panel(a).getByRole('button', { name: /^UNDP for/ })).toHaveCount(0);

  await openTab(b, 'Canvas');
  await expect(node(b, 'Train police')).toContainText(/Lead: (UNDP)/);
  await expectSaved(a);
  await close();
});

test('on the whole study template the matrix renders the rows in view; far cells are reachable', async ({
  page,
  request,
}) => {
  test.slow(); // a 208-item board, an axe pass and a print page of ~12,000 cells
  const board = await createBoard(request, { title: 'Study matrix', template: {} });
  await joinBoard(page, board.ownerUrl, 'Amina');
  await openTab(page, 'Responsibilities');
  const table = panel(page).getByRole('table', { name: 'Responsibility matrix' });
  const rowCount = Number(await table.getAttribute('aria-rowcount'));
  // 4 objectives + 20 outputs + 164 activities, the header row and 3 totals rows.
  expect(rowCount).toBe(1 + 4 + 20 + 164 + 3);
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeLessThan(rowCount / 2);
  const lastItem = table.locator(`tr[aria-rowindex="${rowCount - 3}"]`);
  await expect(lastItem).toHaveCount(0);

  // By keyboard: Ctrl+End goes to the last cell of the last item and scrolls it into view.
  const first = table.locator('[data-cell="0:0"]');
  await first.focus();
  await page.keyboard.press('Control+End');
  const focused = lastItem.locator('button:focus');
  await expect(focused).toBeFocused();
  await expect(focused).toBeInViewport({ ratio: 1 });
  // Columns are windowed too: the last entity's cell says where it is.
  const colCount = Number(await table.getAttribute('aria-colcount'));
  await expect(focused.locator('xpath=..')).toHaveAttribute('aria-colindex', String(colCount));
  expect(await table.locator('thead th[aria-colindex]').count()).toBeLessThan(colCount - 2);
  await page.keyboard.press('ArrowUp');
  const above = table.locator(`tr[aria-rowindex="${rowCount - 4}"] button:focus`);
  await expect(above).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Control+Home');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(lastItem).toHaveCount(0);

  // By scrolling: the last rows are rendered, and a click there writes to the board.
  await page.locator('.matrix__scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(lastItem).toBeVisible();
  const cell = lastItem.getByRole('button', { name: /: none$/ }).first();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  await cell.click();
  await expect(
    lastItem.getByRole('button', { name: name.replace(/none$/, 'Support'), exact: true }),
  ).toHaveText('S');
  await expect(table.getByRole('row', { name: /^Totals, Short term/ })).toBeVisible();

  const axe = await new AxeBuilder({ page })
    .include('.matrix-view')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // The print page is not windowed: every row is there.
  await page.getByRole('button', { name: 'Export / import' }).click();
  await page.getByRole('menuitem', { name: 'Print the responsibility matrix…' }).click();
  const sheet = page.getByRole('dialog', { name: 'Responsibility matrix — Study matrix' });
  await expect(sheet.getByRole('row')).toHaveCount(rowCount);
});
