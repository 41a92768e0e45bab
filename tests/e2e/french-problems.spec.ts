import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { node } from './support/canvas';
import { importBoard } from './support/seed';

const DISARM = 'Désarmer les combattants';
const REINTEGRATE = 'Réintégrer les combattants';

/** Drags a sequence edge from `from`'s bottom handle onto `to`'s card (French toolbar). */
async function drawSequence(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('radio', { name: 'Séquençage (avant)' }).check();
  const source = await node(page, from).locator('.react-flow__handle-bottom').boundingBox();
  const target = await node(page, to).boundingBox();
  if (!source || !target) throw new Error('nodes not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height / 2;
  await page.mouse.move(tx, ty, { steps: 12 });
  await page.mouse.move(tx + 2, ty + 2, { steps: 2 });
  await page.mouse.up();
}

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('shows findings and a refused connection in French, with the titles interpolated', async ({
    page,
    request,
  }) => {
    // Two activities without a lead, Disarm before Reintegrate.
    const board = await importBoard(
      request,
      [
        { id: 'x', title: DISARM, x: 0, y: 0 },
        { id: 'y', title: REINTEGRATE, x: 500, y: 0 },
      ],
      [['x', 'y']],
    );
    await page.goto(board.ownerUrl);
    const join = page.getByRole('dialog', { name: 'Rejoindre le tableau' });
    await join.getByLabel('Votre nom').fill('Amélie');
    await join.getByRole('button', { name: 'Rejoindre le tableau' }).click();
    await expect(join).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    // The NO-LEAD finding, in French with the item title.
    const problems = page.getByRole('region', { name: 'Problèmes', exact: true });
    await expect(
      problems.getByText(
        `« ${DISARM} » n’a pas de chef de file : convenez de l’entité responsable de cette activité.`,
      ),
    ).toBeVisible();
    await expect(problems.getByText('has no lead')).toHaveCount(0);
    // The problem count on the card keeps the French sentence as its tooltip.
    await expect(node(page, DISARM).locator('.isf-node__problems')).toHaveAttribute(
      'title',
      /n’a pas de chef de file/,
    );

    // Reintegrate before Disarm would close a sequencing loop: refused, in French.
    await drawSequence(page, REINTEGRATE, DISARM);
    const notice = page.getByRole('alert').filter({ hasText: 'Lien refusé' });
    await expect(notice).toContainText(
      `Lien refusé : « ${DISARM} » ne peut pas suivre « ${REINTEGRATE} » : « ${REINTEGRATE} » attend déjà que « ${DISARM} » soit terminé, cela créerait une boucle de séquençage`,
    );
    await expect(notice).not.toContainText('cannot follow');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  });
});
