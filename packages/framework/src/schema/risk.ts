import { z } from 'zod';
import { IdSchema } from './common';

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RiskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** A challenge or risk to an item, with an optional mitigation. */
export const RiskSchema = z.object({
  id: IdSchema,
  text: z.string().max(2000),
  likelihood: RiskLevelSchema.nullable(),
  impact: RiskLevelSchema.nullable(),
  mitigation: z.string().max(4000),
});
export type Risk = z.infer<typeof RiskSchema>;

/** Creates a risk with unknown likelihood/impact and no mitigation. */
export function createRisk(input: Pick<Risk, 'id' | 'text'> & Partial<Risk>): Risk {
  return RiskSchema.parse({ likelihood: null, impact: null, mitigation: '', ...input });
}
