import { expect } from '@playwright/test';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';

/** A board created through the REST API, with its owner link. */
export interface TestBoard {
  boardId: string;
  ownerToken: string;
  /** `<origin>/b/<boardId>#token=<owner token>` */
  ownerUrl: string;
}

/** Creates a board via `POST /api/boards` (blank unless a template selection is given). */
export async function createBoard(
  request: APIRequestContext,
  body: { title?: string; template?: { objectives?: string[]; outputs?: string[] } } = {},
): Promise<TestBoard> {
  const res = await request.post('/api/boards', { data: { title: 'E2E board', ...body } });
  expect(res.status(), await res.text()).toBe(201);
  const json = (await res.json()) as {
    board: { id: string };
    link: { token: string; url: string };
  };
  return { boardId: json.board.id, ownerToken: json.link.token, ownerUrl: json.link.url };
}

/** Creates an editor or viewer share link; returns its URL. */
export async function createShareLink(
  request: APIRequestContext,
  board: TestBoard,
  role: 'editor' | 'viewer',
): Promise<string> {
  const res = await request.post(`/api/boards/${board.boardId}/links`, {
    data: { role },
    headers: { authorization: `Bearer ${board.ownerToken}` },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { link: { url: string } }).link.url;
}

/** The board as stored by the server (`GET /api/boards/:id`). */
export async function readBoard(
  request: APIRequestContext,
  board: TestBoard,
): Promise<{
  nodes: { id: string; title: string; kind: string; position: { x: number; y: number } }[];
  edges: unknown[];
}> {
  const res = await request.get(`/api/boards/${board.boardId}`, {
    headers: { authorization: `Bearer ${board.ownerToken}` },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { board: { nodes: []; edges: [] } }).board;
}

/**
 * Opens a board link in `page` as `name`, answering the join dialog, and waits until the relay
 * synced ("Online").
 */
export async function joinBoard(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  const dialog = page.getByRole('dialog', { name: 'Join the board' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText('Online');
}

/** Opens a board this browser has joined before (no join dialog) and waits for "Online". */
export async function reopenBoard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(status(page)).toContainText('Online');
}

/** The status badge (connection and save state). */
export function status(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

/** Waits until the relay confirmed every local change ("Saved"). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(status(page)).toContainText('Saved');
}

/** Two people (separate browser contexts: separate storage, like two laptops). */
export async function twoPeople(browser: Browser): Promise<{
  a: Page;
  b: Page;
  contexts: BrowserContext[];
  close(): Promise<void>;
}> {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  return {
    a,
    b,
    contexts: [ctxA, ctxB],
    async close() {
      await ctxA.close();
      await ctxB.close();
    },
  };
}
