import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Text that betrays a missing translation: a raw `namespace:key` or an unfilled `{{…}}`. */
const RAW_KEY = /\b(common|home|board|status|presence|app):[a-zA-Z][\w.-]*|{{/;

async function expectTranslated(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
}

test('the language is switched from the home page and remembered through the board', async ({
  page,
}) => {
  await page.goto('/');
  // A fresh English browser gets English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Créer un tableau' })).toBeVisible();
  await expectTranslated(page);

  await page.getByLabel('Titre du tableau').fill('Atelier CSI');
  await page.getByRole('button', { name: 'Créer le tableau' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rejoindre le tableau' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Votre nom').fill('Amina');
  await dialog.getByRole('button', { name: 'Rejoindre le tableau' }).click();
  await expect(page.getByRole('status', { name: 'État de la synchronisation' })).toContainText(
    'En ligne',
  );
  await expect(page.getByRole('list', { name: '1 personne sur ce tableau' })).toBeVisible();
  await expectTranslated(page);

  await page.getByRole('button', { name: 'Partager' }).click();
  const share = page.getByRole('dialog', { name: 'Partager ce tableau' });
  await share.getByRole('button', { name: 'Créer un lien en lecture seule' }).click();
  await expect(share.getByLabel('Nouveau lien en lecture seule')).toHaveValue(/#token=/);
  await expect(
    share.getByRole('button', { name: /^Révoquer le lien en lecture seule/ }),
  ).toBeVisible();
  await expectTranslated(page);
  await share.getByRole('button', { name: 'Fermer' }).click();

  await page.getByRole('link', { name: /ISF Board/ }).click();
  await expect(page.getByRole('link', { name: 'Atelier CSI' })).toBeVisible();
  await expect(page.getByText('Propriétaire', { exact: true })).toBeVisible();
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('starts in French', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Créer le tableau' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  });
});
