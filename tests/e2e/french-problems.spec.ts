import { expect, test } from '@playwright/test';
import { connect, node } from './support/canvas';
import { importBoard } from './support/seed';

const DISARM = 'Désarmer les combattants';
const REINTEGRATE = 'Réintégrer les combattants';

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
    await connect(page, REINTEGRATE, DISARM, 'Séquençage (avant)');
    const notice = page.getByRole('alert').filter({ hasText: 'Lien refusé' });
    await expect(notice).toContainText(
      `Lien refusé : « ${DISARM} » ne peut pas suivre « ${REINTEGRATE} » : « ${REINTEGRATE} » attend déjà que « ${DISARM} » soit terminé, cela créerait une boucle de séquençage`,
    );
    await expect(notice).not.toContainText('cannot follow');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  });
});
