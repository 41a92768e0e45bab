import { z } from 'zod';
import { IdSchema, PositionSchema } from '@isf/framework';

/** Roles a board member can have. */
export const PresenceRoleSchema = z.enum(['owner', 'editor', 'viewer']);
export type PresenceRole = z.infer<typeof PresenceRoleSchema>;

/** Who the user is: display name, colour, role and the entity (actor id) they speak for. */
export const PresenceUserSchema = z.object({
  id: z.string().min(1).max(128),
  name: z.string().max(200),
  /** A CSS colour, e.g. `#1f77b4`. */
  color: z.string().max(64),
  role: PresenceRoleSchema,
  /** Actor id of the entity the user represents, or null. */
  entity: IdSchema.nullable(),
});
export type PresenceUser = z.infer<typeof PresenceUserSchema>;

/** A viewport in flow coordinates. */
export const ViewportSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().positive(),
});

/**
 * The awareness state each client publishes (never stored in the document). Lists are bounded so
 * an oversized state is rejected rather than rendered.
 */
export const PresenceStateSchema = z.object({
  user: PresenceUserSchema,
  /** Pointer in flow coordinates, or null when outside the canvas. */
  cursor: PositionSchema.nullable(),
  /** Selected node/edge ids. */
  selected: z.array(IdSchema).max(5000),
  /** Nodes being dragged: node id → live position, or null. */
  dragging: z
    .record(IdSchema, PositionSchema)
    .refine((r) => Object.keys(r).length <= 5000, 'too many dragged nodes')
    .nullable(),
  viewport: ViewportSchema.nullable(),
  /** User id being followed, or null. */
  following: z.string().min(1).max(128).nullable(),
});
export type PresenceState = z.infer<typeof PresenceStateSchema>;

/** Validates a received awareness state; null when invalid. Never throws. */
export function parsePresence(value: unknown): PresenceState | null {
  try {
    const parsed = PresenceStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
