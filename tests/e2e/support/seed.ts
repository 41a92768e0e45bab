import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { createBoard as newBoard, createEdge, createNode, exportJson } from '@isf/framework';
import type { TestBoard } from './board';

/** A board file node: where it sits and what it is called. */
export interface SeedNode {
  id: string;
  title: string;
  kind?: 'objective' | 'output' | 'activity';
  x: number;
  y: number;
}

/**
 * Creates a board with the given nodes (and sequence edges) through `POST /api/import`, so that
 * tests start from a known layout. Returns the owner link.
 */
export async function importBoard(
  request: APIRequestContext,
  nodes: SeedNode[],
  sequences: [string, string][] = [],
): Promise<TestBoard> {
  const board = newBoard({
    title: 'E2E seeded board',
    nodes: nodes.map((n) =>
      createNode({
        id: n.id,
        kind: n.kind ?? 'activity',
        title: n.title,
        position: { x: n.x, y: n.y },
      }),
    ),
    edges: sequences.map(([source, target], i) =>
      createEdge({ id: `seq-${i}`, kind: 'sequence', source, target }),
    ),
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
