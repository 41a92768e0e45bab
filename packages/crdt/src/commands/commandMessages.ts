import {
  FRAMEWORK_MESSAGES_EN,
  catalogueTranslator,
  renderMessage,
  type DomainMessage,
} from '@isf/framework';

/**
 * English templates of the command refusals of this package (`command.*`, i18next syntax, like
 * the framework's `FRAMEWORK_MESSAGES_EN`; connection refusals keep the framework's
 * `connection.*` codes). The web app loads this object as its English resource, so the English
 * `message` of a refusal and the English UI come from this one table.
 */
export const COMMAND_MESSAGES_EN = {
  'command.node.exists': 'node {{id}} already exists',
  'command.node.not-found': 'node {{id}} does not exist',
  'command.nodes.none': 'none of the nodes exist',
  'command.edge.exists': 'edge {{id}} already exists',
  'command.edge.not-found': 'edge {{id}} does not exist',
  'command.edges.none': 'none of the edges exist',
  'command.actor.exists': 'actor {{id}} already exists',
  'command.actor.not-found': 'actor {{id}} does not exist',
  'command.actor.already-lead': 'actor {{id}} already leads this item',
  'command.actor.not-supporting': 'actor {{id}} does not support this item',
  'command.benchmark.exists': 'benchmark {{id}} exists',
  'command.benchmark.not-found': 'benchmark {{id}} does not exist',
  'command.risk.exists': 'risk {{id}} exists',
  'command.risk.not-found': 'risk {{id}} does not exist',
  'command.text.not-text': '{{field}} of {{id}} is not a Y.Text',
  'command.text.title-too-long': 'title is longer than {{max}}',
  'command.text.description-too-long': 'description is longer than {{max}}',
  'command.text.title-would-be-too-long': 'title would be longer than {{max}}',
  'command.text.description-would-be-too-long': 'description would be longer than {{max}}',
  'command.text.out-of-range': 'edit range {{index}}+{{deleteCount}} is outside 0..{{length}}',
  'command.invalid.nothing-to-update': 'nothing to update',
  'command.invalid.not-run': 'not run',
  'command.invalid.field': '{{field}}: {{detail}}',
  'command.invalid.detail': '{{detail}}',
} as const satisfies Record<string, string>;

const english = catalogueTranslator({ ...FRAMEWORK_MESSAGES_EN, ...COMMAND_MESSAGES_EN });

/** The English text of a command refusal (`command.*`, or a framework code passed through). */
export function formatCommandMessage(message: DomainMessage): string {
  return renderMessage(message, english);
}
