import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  createActor,
  createBenchmark,
  createBoard,
  createEdge,
  createNode,
  exportJson,
} from '@isf/framework';
import type { Actor, Edge, PlanNode } from '@isf/framework';
import type { TestBoard } from '../support/board';

/**
 * Creates a board with the given nodes, edges and actors through `POST /api/import` (the views
 * need entities, benchmarks and sequencing to start from). Returns the owner link.
 */
export async function importPlan(
  request: APIRequestContext,
  plan: {
    title?: string;
    nodes: (Pick<PlanNode, 'id' | 'kind' | 'title'> & Partial<PlanNode>)[];
    edges?: (Pick<Edge, 'id' | 'kind' | 'source' | 'target'> & Partial<Edge>)[];
    actors?: (Pick<Actor, 'id' | 'name'> & Partial<Actor>)[];
  },
): Promise<TestBoard> {
  const board = createBoard({
    title: plan.title ?? 'E2E views board',
    nodes: plan.nodes.map((n, i) =>
      createNode({ position: { x: (i % 4) * 280, y: Math.floor(i / 4) * 180 }, ...n }),
    ),
    edges: (plan.edges ?? []).map((e) => createEdge(e)),
    actors: (plan.actors ?? []).map((a) => createActor(a)),
  });
  const res = await request.post('/api/import', {
    data: exportJson(board),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const json = (await res.json()) as {
    board: { id: string };
    link: { token: string; url: string };
  };
  return { boardId: json.board.id, ownerToken: json.link.token, ownerUrl: json.link.url };
}

/** A benchmark for {@link importPlan} nodes. */
export const benchmark = createBenchmark;

/** Opens a workspace tab by its (English) name. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The active workspace panel. */
export function panel(page: Page) {
  return page.getByRole('tabpanel');
}
