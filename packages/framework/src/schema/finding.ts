import { z } from 'zod';
import { MessageParamsSchema } from '../messages/DomainMessage';

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

/**
 * One problem the analysis found in a board. `message` is the English sentence; `code` + `params`
 * say the same as data (`finding.<RULE>.<variant>`, see `FRAMEWORK_MESSAGES_EN`), for translation.
 */
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  /** Message code, e.g. `finding.NO-LEAD.activity`; the English text is `FRAMEWORK_MESSAGES_EN[code]`. */
  code: z.string(),
  /** Values of the message: quoted item titles, counts, horizon labels, nested loop steps. */
  params: MessageParamsSchema,
  message: z.string(),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
