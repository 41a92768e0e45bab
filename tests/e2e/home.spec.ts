import { expect, test } from '@playwright/test';
import { status } from './support/board';
import { node } from './support/canvas';

test('create a board from part of the study framework, then find it on the home page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Board title').fill('Workshop draft');
  await page.getByLabel('The study’s generic framework').check();
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('checkbox', { name: /Civilians Protected/ }).check();
  await page.getByRole('button', { name: 'Create board' }).click();

  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+$/); // the token left the address bar
  await page.getByLabel('Your name').fill('Amina');
  await page.getByRole('button', { name: 'Join board' }).click();
  await expect(status(page)).toContainText('Online');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop draft');
  await expect(node(page, 'Civilians Protected').first()).toBeAttached();
  await expect(node(page, 'Peace Process Supported')).toHaveCount(0);

  await page.getByRole('link', { name: /ISF Board/ }).click();
  await expect(page.getByRole('link', { name: 'Workshop draft' })).toBeVisible();
  await expect(page.getByText('Owner', { exact: true })).toBeVisible();
});

test('open a board by pasting a shared link', async ({ page, request }) => {
  const res = await request.post('/api/boards', { data: { title: 'Shared with me' } });
  const { link } = (await res.json()) as { link: { url: string } };
  await page.goto('/');
  await page.getByLabel('Board link').fill('not a link');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText('not a board link');
  await page.getByLabel('Board link').fill(link.url);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('dialog', { name: 'Join the board' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared with me');
});

test('change your name and entity later from your own avatar', async ({ page, request }) => {
  const res = await request.post('/api/boards', {
    data: { title: 'Renaming', template: { outputs: ['out-civilians-protected'] } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { link } = (await res.json()) as { link: { url: string } };
  await page.goto(link.url);
  await page.getByLabel('Your name').fill('Amina');
  await page.getByRole('button', { name: 'Join board' }).click();
  await expect(status(page)).toContainText('Online');

  await page.getByRole('button', { name: /^You: Amina/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Join the board' });
  await dialog.getByLabel('Your name').fill('Amina Diallo');
  const entity = dialog.getByLabel('Entity you represent');
  await entity.selectOption({ index: 1 });
  const entityLabel = (await entity.locator('option:checked').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await expect(page.getByRole('button', { name: /^You: Amina Diallo/ })).toBeVisible();
  expect(entityLabel.length).toBeGreaterThan(0);

  // Escape leaves the dialog without changes once you have joined.
  await page.getByRole('button', { name: /^You: Amina Diallo/ }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
