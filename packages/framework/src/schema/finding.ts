import { z } from 'zod';

/** Stable ids of the analysis rules; documented in SPEC.md. */
export const RULE_IDS = [
  'SEQ-CYCLE',
  'PRI-CYCLE',
  'PRI-LEVEL',
  'HORIZON-INVERSION',
  'PRIORITY-INVERSION',
  'CONTRIBUTES-SHAPE',
  'DANGLING-EDGE',
  'ORPHAN',
  'NO-LEAD',
  'OVERLOAD',
  'ALL-AT-ONCE',
  'BENCHMARK-STALE',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** One problem the analysis found in a board. */
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  message: z.string(),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
