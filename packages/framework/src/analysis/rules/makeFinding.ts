import type { Finding, RuleId, Severity } from '../../schema/index';
import { formatMessage } from '../../messages/messagesEn';
import type { MessageParams } from '../../messages/DomainMessage';

/** The `code`, `params` and English `message` of a finding (`finding.<rule>.<variant>`). */
export function findingText(
  rule: RuleId,
  variant: string,
  params: MessageParams,
): Pick<Finding, 'code' | 'params' | 'message'> {
  const code = `finding.${rule}.${variant}`;
  return { code, params, message: formatMessage({ code, params }) };
}

/** Builds a finding whose English message comes from its code and params. */
export function makeFinding(
  rule: RuleId,
  severity: Severity,
  variant: string,
  params: MessageParams,
  nodeIds: string[],
  edgeIds: string[],
): Finding {
  return { rule, severity, ...findingText(rule, variant, params), nodeIds, edgeIds };
}
export { wordPart as word } from '../../messages/DomainMessage';
