import { z } from 'zod';
import { IdSchema } from './common';

/**
 * `contributes`: activity → output → objective.
 * `sequence`: source must finish before target starts (finish-to-start).
 * `priority`: source is more important than target (never blocks).
 */
export const EDGE_KINDS = ['contributes', 'sequence', 'priority'] as const;
export const EdgeKindSchema = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

export const EdgeSchema = z.object({
  id: IdSchema,
  kind: EdgeKindSchema,
  source: IdSchema,
  target: IdSchema,
  /** A hint from the template, not yet agreed by the planners. */
  suggested: z.boolean(),
  note: z.string().max(2000),
});
export type Edge = z.infer<typeof EdgeSchema>;

/** Creates an edge (agreed, no note by default). */
export function createEdge(
  input: Pick<Edge, 'id' | 'kind' | 'source' | 'target'> & Partial<Edge>,
): Edge {
  return EdgeSchema.parse({ suggested: false, note: '', ...input });
}
