import { expect, test } from '@playwright/test';
import { expectSaved, joinBoard, readBoard, twoPeople } from '../support/board';
import { benchmark, importPlan, openTab, panel } from './viewsSupport';

test('a stocktake status is recorded with reviewer and date, live for the other user', async ({
  browser,
  request,
}) => {
  const board = await importPlan(request, {
    nodes: [
      { id: 'obj', kind: 'objective', title: 'Secure environment' },
      {
        id: 'out',
        kind: 'output',
        title: 'Police reformed',
        benchmarks: [
          benchmark({ id: 'b1', horizon: 'short', text: 'Vetting law adopted' }),
          benchmark({
            id: 'b2',
            horizon: 'mid',
            text: 'Academy open',
            status: 'on-track',
            lastReviewed: '2025-01-10',
            reviewedBy: 'Chen',
          }),
        ],
      },
    ],
    edges: [{ id: 'c1', kind: 'contributes', source: 'out', target: 'obj' }],
  });
  const { a, b, close } = await twoPeople(browser);
  await joinBoard(a, board.ownerUrl, 'Amina');
  await joinBoard(b, board.ownerUrl, 'Boris');
  await openTab(a, 'Stocktake');
  await openTab(b, 'Stocktake');

  const group = panel(a).getByRole('region', { name: 'Secure environment' });
  await expect(group.getByTestId('stocktake-summary')).toContainText('Not started: 1');
  // Reviewed long ago: flagged as overdue.
  await expect(a.locator('[data-benchmark-id="b2"]')).toContainText('Overdue');
  await expect(a.locator('[data-benchmark-id="b2"]')).toContainText(
    'Reviewed by Chen on Jan 10, 2025',
  );
  await expect(a.locator('[data-benchmark-id="b2"] time')).toHaveAttribute(
    'datetime',
    '2025-01-10',
  );

  await panel(a).getByLabel('Status of “Vetting law adopted”').selectOption('at-risk');
  // The review is dated today in the reviewer's own time zone.
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  await expect(b.locator('[data-benchmark-id="b1"]')).toContainText('Reviewed by Amina on');
  await expect(b.locator('[data-benchmark-id="b1"] time')).toHaveAttribute('datetime', today);
  await expect(panel(b).getByLabel('Status of “Vetting law adopted”')).toHaveValue('at-risk');
  await expect(panel(b).getByTestId('stocktake-summary')).toContainText('At risk: 1');
  await expect(panel(b).getByTestId('stocktake-summary')).toContainText('Not started: 0');

  // "Needs attention": the at-risk and the overdue benchmark stay, nothing else.
  await panel(a)
    .getByLabel(/Only benchmarks that need attention/)
    .check();
  await expect(a.locator('[data-benchmark-id]')).toHaveCount(2);
  await panel(a).getByLabel('Status of “Vetting law adopted”').selectOption('on-track');
  await expect(a.locator('[data-benchmark-id]')).toHaveCount(1);
  await expect(a.locator('[data-benchmark-id="b2"]')).toBeVisible();

  await expectSaved(a);
  const stored = (await readBoard(request, board)) as unknown as {
    nodes: {
      id: string;
      benchmarks: { id: string; status: string; reviewedBy: string; lastReviewed: string }[];
    }[];
  };
  const b1 = stored.nodes.find((n) => n.id === 'out')?.benchmarks.find((x) => x.id === 'b1');
  expect(b1).toMatchObject({ status: 'on-track', reviewedBy: 'Amina', lastReviewed: today });
  await close();
});
