import { z } from 'zod';
import { BenchmarkSchema } from './benchmark';
import { CrossCuttingTagSchema, HorizonSchema, IdSchema, PositionSchema } from './common';
import { RiskSchema } from './risk';

export const NODE_KINDS = ['objective', 'output', 'activity'] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const NODE_STATUSES = ['planned', 'in-progress', 'done', 'on-hold'] as const;
export const NodeStatusSchema = z.enum(NODE_STATUSES);
export type NodeStatus = z.infer<typeof NodeStatusSchema>;

export const FUNDING_SOURCES = ['assessed', 'voluntary', 'agency', 'other'] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/** Priority level: 1 is the highest, 5 the lowest. Importance only; it never blocks anything. */
export const PrioritySchema = z.number().int().min(1).max(5);
export type Priority = z.infer<typeof PrioritySchema>;

/** An objective, output or activity of the ISF. */
export const PlanNodeSchema = z.object({
  id: IdSchema,
  kind: NodeKindSchema,
  title: z.string().max(500),
  description: z.string().max(20000),
  horizon: HorizonSchema,
  priority: PrioritySchema,
  status: NodeStatusSchema,
  /** The one leading entity (actor id), or null if none is agreed yet. */
  lead: IdSchema.nullable(),
  /** Supporting entities (actor ids), without duplicates. */
  support: z.array(IdSchema),
  tags: z.array(CrossCuttingTagSchema),
  funding: FundingSourceSchema.nullable(),
  /** Optional estimate of how long the item takes, in weeks. */
  durationWeeks: z.number().positive().max(1000).nullable(),
  position: PositionSchema,
  benchmarks: z.array(BenchmarkSchema),
  risks: z.array(RiskSchema),
  /** Id of the study item this node came from (template), or null. */
  ref: z.string().max(200).nullable(),
});
export type PlanNode = z.infer<typeof PlanNodeSchema>;

/** Creates a node with defaults: planned, short term, priority 3, no lead. */
export function createNode(input: Pick<PlanNode, 'id' | 'kind'> & Partial<PlanNode>): PlanNode {
  return PlanNodeSchema.parse({
    title: '',
    description: '',
    horizon: 'short',
    priority: 3,
    status: 'planned',
    lead: null,
    support: [],
    tags: [],
    funding: null,
    durationWeeks: null,
    position: { x: 0, y: 0 },
    benchmarks: [],
    risks: [],
    ref: null,
    ...input,
  });
}
