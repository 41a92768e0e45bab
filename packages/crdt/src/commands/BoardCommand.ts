import { z } from 'zod';
import {
  ActorSchema,
  BenchmarkSchema,
  BenchmarkStatusSchema,
  EdgeKindSchema,
  HorizonLabelsSchema,
  IdSchema,
  IsoDateSchema,
  PlanNodeSchema,
  PositionSchema,
  RiskSchema,
  type MessageParams,
} from '@isf/framework';
import { formatCommandMessage } from './commandMessages';

/** Fields `node.update` may change (partial; title/description go through `text.set`/`text.edit`). */
export const NodeFieldsSchema = PlanNodeSchema.pick({
  kind: true,
  priority: true,
  horizon: true,
  status: true,
  lead: true,
  support: true,
  tags: true,
  funding: true,
  durationWeeks: true,
  ref: true,
})
  .partial()
  .strict();
export type NodeFields = z.infer<typeof NodeFieldsSchema>;

const TextFieldSchema = z.enum(['title', 'description']);
const NodeIdRef = { nodeId: IdSchema };

/** Every write to a board, as data. Run with `store.run(command)`; one command = one transaction. */
export const BoardCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('node.add'),
    /** The node; `id` is generated when absent, every other field has a default except `kind`. */
    node: PlanNodeSchema.partial().extend({ kind: PlanNodeSchema.shape.kind }),
  }),
  z.object({ type: z.literal('node.update'), id: IdSchema, fields: NodeFieldsSchema }),
  /** Deletes the nodes and every edge touching them. */
  z.object({ type: z.literal('node.delete'), ids: z.array(IdSchema).min(1) }),
  z.object({
    type: z.literal('node.move'),
    moves: z.array(z.object({ id: IdSchema, position: PositionSchema })).min(1),
  }),
  /** Replaces a text field, editing only the differing middle part. */
  z.object({
    type: z.literal('text.set'),
    ...NodeIdRef,
    field: TextFieldSchema,
    value: z.string(),
  }),
  /** Character-level edit: delete `deleteCount` characters at `index`, then insert `insert` there. */
  z.object({
    type: z.literal('text.edit'),
    ...NodeIdRef,
    field: TextFieldSchema,
    index: z.number().int().min(0),
    deleteCount: z.number().int().min(0).default(0),
    insert: z.string().default(''),
  }),
  z.object({
    type: z.literal('edge.connect'),
    kind: EdgeKindSchema,
    source: IdSchema,
    target: IdSchema,
    id: IdSchema.optional(),
    suggested: z.boolean().optional(),
    note: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('edge.disconnect'), ids: z.array(IdSchema).min(1) }),
  z.object({
    type: z.literal('edge.update'),
    id: IdSchema,
    fields: z
      .object({ suggested: z.boolean(), note: z.string().max(2000) })
      .partial()
      .strict(),
  }),
  z.object({ type: z.literal('support.add'), ...NodeIdRef, actorId: IdSchema }),
  z.object({ type: z.literal('support.remove'), ...NodeIdRef, actorId: IdSchema }),
  /** Sets the one lead (or clears it with null); the new lead is removed from the supporters. */
  z.object({ type: z.literal('lead.set'), ...NodeIdRef, actorId: IdSchema.nullable() }),
  z.object({
    type: z.literal('benchmark.add'),
    ...NodeIdRef,
    benchmark: BenchmarkSchema.partial().extend({
      horizon: BenchmarkSchema.shape.horizon,
      text: BenchmarkSchema.shape.text,
    }),
  }),
  z.object({
    type: z.literal('benchmark.update'),
    ...NodeIdRef,
    benchmarkId: IdSchema,
    fields: BenchmarkSchema.pick({ horizon: true, text: true, evidence: true }).partial().strict(),
  }),
  /** Records a stocktaking review: status, who reviewed it and when (default: today from the clock). */
  z.object({
    type: z.literal('benchmark.setStatus'),
    ...NodeIdRef,
    benchmarkId: IdSchema,
    status: BenchmarkStatusSchema,
    reviewer: z.string().max(200).nullable(),
    date: IsoDateSchema.optional(),
  }),
  z.object({ type: z.literal('benchmark.delete'), ...NodeIdRef, benchmarkId: IdSchema }),
  z.object({
    type: z.literal('risk.add'),
    ...NodeIdRef,
    risk: RiskSchema.partial().extend({ text: RiskSchema.shape.text }),
  }),
  z.object({
    type: z.literal('risk.update'),
    ...NodeIdRef,
    riskId: IdSchema,
    fields: RiskSchema.omit({ id: true }).partial().strict(),
  }),
  z.object({ type: z.literal('risk.delete'), ...NodeIdRef, riskId: IdSchema }),
  z.object({
    type: z.literal('actor.add'),
    actor: ActorSchema.partial().extend({ name: ActorSchema.shape.name }),
  }),
  z.object({
    type: z.literal('actor.update'),
    id: IdSchema,
    fields: ActorSchema.omit({ id: true }).partial().strict(),
  }),
  /** Deletes the actor and clears it from every lead and support set. */
  z.object({ type: z.literal('actor.delete'), id: IdSchema }),
  z.object({
    type: z.literal('meta.update'),
    title: z.string().max(300).optional(),
    horizonLabels: HorizonLabelsSchema.partial().optional(),
  }),
]);

/** A board command as accepted by `store.run` (optional fields may be omitted). */
export type BoardCommand = z.input<typeof BoardCommandSchema>;
/** A board command after validation (defaults applied). */
export type ParsedBoardCommand = z.output<typeof BoardCommandSchema>;
/** The `type` of every command. */
export type BoardCommandType = BoardCommand['type'];

/** Why a command was refused. Connection reasons come from the framework's `validateConnection`. */
export type RefusalReason =
  | 'invalid'
  | 'not-found'
  | 'exists'
  | 'missing-actor'
  | 'already-lead'
  | 'self-loop'
  | 'duplicate'
  | 'missing-node'
  | 'contributes-shape'
  | 'cycle';

/** Result of `store.run`. `ids` lists created records (or the ids the command acted on). */
export type CommandResult =
  | { ok: true; ids?: string[] }
  | {
      ok: false;
      reason: RefusalReason;
      /** Message code: `command.*` (see `COMMAND_MESSAGES_EN`) or the framework's `connection.*`. */
      code: string;
      /** Values of the message (ids, limits, quoted titles, …). */
      params: MessageParams;
      /** The English text of `code` + `params`. */
      message: string;
      path?: string[];
    };

/** Builds a refusal result whose English message comes from its code and params. */
export function refuse(
  reason: RefusalReason,
  code: string,
  params: MessageParams = {},
  path?: string[],
): CommandResult {
  return refuseWith(
    reason,
    { code, params, message: formatCommandMessage({ code, params }) },
    path,
  );
}

/** A refusal with a message already built (e.g. the framework's connection refusal). */
export function refuseWith(
  reason: RefusalReason,
  text: { code: string; params: MessageParams; message: string },
  path?: string[],
): CommandResult {
  const result = { ok: false as const, reason, ...text };
  return path === undefined ? result : { ...result, path };
}

/** The text of a caught error (for `command.invalid.detail`). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
