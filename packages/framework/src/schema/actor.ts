import { z } from 'zod';
import { IdSchema } from './common';

/** Which side an entity belongs to. */
export const ACTOR_GROUPS = [
  'mission-component',
  'country-team',
  'national',
  'other-partner',
] as const;
export const ActorGroupSchema = z.enum(ACTOR_GROUPS);
export type ActorGroup = z.infer<typeof ActorGroupSchema>;

/** An entity that can lead or support items: a mission component, a UNCT agency, a national partner. */
export const ActorSchema = z.object({
  id: IdSchema,
  name: z.string().min(1, 'actor name must not be empty').max(200),
  abbrev: z.string().max(40).nullable(),
  group: ActorGroupSchema,
});
export type Actor = z.infer<typeof ActorSchema>;

/** Creates an actor with defaults for every optional field. */
export function createActor(input: Pick<Actor, 'id' | 'name'> & Partial<Actor>): Actor {
  return ActorSchema.parse({ abbrev: null, group: 'other-partner', ...input });
}
