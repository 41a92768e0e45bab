import { z } from 'zod';
import { ActorSchema } from './actor';
import { EdgeSchema } from './edge';
import { PlanNodeSchema } from './node';

/** Current version of the board data layout; bump with a migration in `io/migrations`. */
export const SCHEMA_VERSION = 1;

export const HorizonLabelsSchema = z.object({
  short: z.string().min(1).max(80),
  mid: z.string().min(1).max(80),
  long: z.string().min(1).max(80),
});
export type HorizonLabels = z.infer<typeof HorizonLabelsSchema>;

export const DEFAULT_HORIZON_LABELS: HorizonLabels = {
  short: 'Short term',
  mid: 'Mid term',
  long: 'Long term',
};

export const BoardMetaSchema = z.object({
  title: z.string().max(300),
  schemaVersion: z.number().int().min(1),
  horizonLabels: HorizonLabelsSchema,
});
export type BoardMeta = z.infer<typeof BoardMetaSchema>;

/**
 * A whole ISF board as plain data. Arrays are in canonical order (sorted by id), see `normalizeBoard`.
 */
export const BoardSchema = z.object({
  meta: BoardMetaSchema,
  nodes: z.array(PlanNodeSchema),
  edges: z.array(EdgeSchema),
  actors: z.array(ActorSchema),
});
export type Board = z.infer<typeof BoardSchema>;

/** Creates an empty board with the current schema version and default horizon labels. */
export function createBoard(input: Partial<BoardMeta> & Partial<Omit<Board, 'meta'>> = {}): Board {
  const { nodes = [], edges = [], actors = [], ...meta } = input;
  return normalizeBoard({
    meta: BoardMetaSchema.parse({
      title: 'Untitled ISF',
      schemaVersion: SCHEMA_VERSION,
      horizonLabels: DEFAULT_HORIZON_LABELS,
      ...meta,
    }),
    nodes,
    edges,
    actors,
  });
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Returns the board with nodes, edges, actors and each node's benchmarks and risks sorted by id. */
export function normalizeBoard(board: Board): Board {
  return {
    meta: board.meta,
    nodes: board.nodes
      .map((n) => ({
        ...n,
        benchmarks: [...n.benchmarks].sort(byId),
        risks: [...n.risks].sort(byId),
      }))
      .sort(byId),
    edges: [...board.edges].sort(byId),
    actors: [...board.actors].sort(byId),
  };
}
