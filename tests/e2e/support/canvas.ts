import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The node card on the canvas whose text contains `title`. */
export function node(page: Page, title: string): Locator {
  return page.locator('.react-flow__node', { hasText: title });
}

/** The inspector side panel. */
export function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** The problems panel. */
export function problems(page: Page): Locator {
  return page.getByRole('region', { name: 'Problems', exact: true });
}

/** Selects a node by clicking its card, and waits until the inspector shows it. */
export async function selectNode(page: Page, title: string): Promise<void> {
  await node(page, title).click();
  await expect(inspector(page).getByLabel('Title')).toHaveValue(title);
}

/** Adds an activity with the toolbar and gives it a title in the inspector. */
export async function addActivity(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add activity' }).click();
  const field = inspector(page).getByLabel('Title');
  await expect(field).toBeEnabled();
  await field.fill(title);
  await expect(node(page, title)).toBeVisible();
}

/**
 * Draws an edge of `kind` by dragging from the source node's bottom handle onto the target card,
 * as a user does with the mouse. `kind` is the edge-kind radio's name in the UI language (the
 * English names are listed; another language passes its own, e.g. 'Séquençage (avant)').
 */
export async function connect(
  page: Page,
  from: string,
  to: string,
  kind: 'Contributes' | 'Sequence (before)' | 'Priority (more important than)' | (string & {}),
): Promise<void> {
  await page.getByRole('radio', { name: kind }).check();
  const handle = node(page, from).locator('.react-flow__handle-bottom');
  const source = await handle.boundingBox();
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
