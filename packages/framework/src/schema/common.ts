import { z } from 'zod';

/** The three planning horizons the study uses; labels are configurable per board. */
export const HORIZONS = ['short', 'mid', 'long'] as const;
export const HorizonSchema = z.enum(HORIZONS);
export type Horizon = z.infer<typeof HorizonSchema>;

/** Index of a horizon in time order (short = 0). */
export function horizonIndex(horizon: Horizon): number {
  return HORIZONS.indexOf(horizon);
}

/** The six cross-cutting issues of the study (chapter 2.1). */
export const CROSS_CUTTING_TAGS = [
  'poc',
  'human-rights',
  'gender',
  'mine-action',
  'ssr',
  'ddr',
] as const;
export const CrossCuttingTagSchema = z.enum(CROSS_CUTTING_TAGS);
export type CrossCuttingTag = z.infer<typeof CrossCuttingTagSchema>;

/** Stable identifier of a record: non-empty, no whitespace, at most 128 characters. */
export const IdSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(128, 'id must be at most 128 characters')
  .regex(/^[^\s]+$/, 'id must not contain whitespace');
export type Id = z.infer<typeof IdSchema>;

/** A calendar date as `YYYY-MM-DD` or a full ISO timestamp. */
export const IsoDateSchema = z.iso.date().or(z.iso.datetime({ offset: true }));

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof PositionSchema>;

/** A function returning a fresh unique id; passed in so the framework stays pure. */
export type IdGenerator = () => string;
