import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { joinBoard } from '../support/board';
import { benchmark, importPlan, openTab } from './viewsSupport';

const TABS = ['Timeline', 'Responsibilities', 'Priorities', 'Stocktake', 'Versions'];

test('the views have no axe violations (WCAG 2 A/AA)', async ({ page, request }) => {
  const board = await importPlan(request, {
    actors: [{ id: 'unmiss', name: 'UNMISS', group: 'mission-component' }],
    nodes: [
      { id: 'obj', kind: 'objective', title: 'Secure environment' },
      {
        id: 'out',
        kind: 'output',
        title: 'Police reformed',
        lead: 'unmiss',
        benchmarks: [benchmark({ id: 'b1', horizon: 'short', text: 'Vetting law adopted' })],
      },
      { id: 'a1', kind: 'activity', title: 'Train police', horizon: 'long', priority: 1 },
      { id: 'a2', kind: 'activity', title: 'Deploy police', priority: 4 },
    ],
    edges: [
      { id: 'c1', kind: 'contributes', source: 'out', target: 'obj' },
      { id: 'c2', kind: 'contributes', source: 'a1', target: 'out' },
      { id: 's1', kind: 'sequence', source: 'a2', target: 'a1' },
      { id: 's2', kind: 'sequence', source: 'a1', target: 'out' },
    ],
  });
  await joinBoard(page, board.ownerUrl, 'Amina');
  for (const tab of TABS) {
    await openTab(page, tab);
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page })
      .include('.workspace')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = results.violations.map(
      (v) =>
        `${tab}: ${v.id} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(5); // axe did look at the panel
  }
});
