import { catalogueTranslator, renderMessage, type DomainMessage } from './DomainMessage';

const LOOP_FOUND = 'None of these can start, since each waits for the one before it to finish.';
const LOOP_HIERARCHY = 'So none of these items can ever start.';
const PRI_LOOP =
  'Each item is marked more important than the next, so no order of importance is possible.';
const MORE_ONE = ' {{count}} more item is caught in the same loop.';
const MORE_OTHER = ' {{count}} more items are caught in the same loop.';
const STALE = '{{stale}} not reviewed for over {{days}} days (oldest review {{oldest}})';
const NEVER = '{{never}} never reviewed although the work has started';
const DUE_ONE = '{{count}} benchmark of {{item}} is due for stocktaking: ';
const DUE_OTHER = '{{count}} benchmarks of {{item}} are due for stocktaking: ';

/**
 * The English templates of every message code of the framework: analysis findings (`finding.*`),
 * connection refusals (`connection.*`), import issues (`import.*`) and the nested parts they use
 * (`loop.*` steps of a sequencing loop, `word.*` single words). Keys and syntax are i18next's
 * (JSON v4 plurals by `count`), so the web app loads this object as its English resource: the
 * English `message` fields and the English UI come from this one table. Item params are titles
 * already in quotes (`"Train police"`), or ids in quotes when the title is blank.
 */
export const FRAMEWORK_MESSAGES_EN = {
  'word.kind.objective': 'objective',
  'word.kind.output': 'output',
  'word.kind.activity': 'activity',
  'word.link.contributes': 'contributes',
  'word.link.sequence': 'sequence',
  'word.link.priority': 'priority',

  'loop.first.starts': '{{a}} must finish before {{b}} starts',
  'loop.first.completes': '{{a}} must finish before {{b}} is complete',
  'loop.first.part-of': '{{a}} is part of {{b}}',
  'loop.first.contains': '{{a}} contains {{b}}',
  'loop.next.starts': 'which must finish before {{b}} starts',
  'loop.next.completes': 'which must finish before {{b}} is complete',
  'loop.next.part-of': 'which is part of {{b}}',
  'loop.next.contains': 'which contains {{b}}',

  'finding.SEQ-CYCLE.chain_zero': `Sequencing loop: {{loop}}. ${LOOP_FOUND}`,
  'finding.SEQ-CYCLE.chain_one': `Sequencing loop: {{loop}}. ${LOOP_FOUND}${MORE_ONE}`,
  'finding.SEQ-CYCLE.chain_other': `Sequencing loop: {{loop}}. ${LOOP_FOUND}${MORE_OTHER}`,
  'finding.SEQ-CYCLE.hierarchy_zero': `Sequencing loop: {{steps}}. ${LOOP_HIERARCHY}`,
  'finding.SEQ-CYCLE.hierarchy_one': `Sequencing loop: {{steps}}. ${LOOP_HIERARCHY}${MORE_ONE}`,
  'finding.SEQ-CYCLE.hierarchy_other': `Sequencing loop: {{steps}}. ${LOOP_HIERARCHY}${MORE_OTHER}`,
  'finding.SEQ-CYCLE.self': '{{item}} is sequenced after itself, so it can never start.',
  'finding.PRI-CYCLE.loop_zero': `Priority loop: {{loop}}. ${PRI_LOOP}`,
  'finding.PRI-CYCLE.loop_one': `Priority loop: {{loop}}. ${PRI_LOOP}${MORE_ONE}`,
  'finding.PRI-CYCLE.loop_other': `Priority loop: {{loop}}. ${PRI_LOOP}${MORE_OTHER}`,
  'finding.PRI-CYCLE.self': '{{item}} is marked more important than itself.',
  'finding.PRI-LEVEL.levels':
    "{{a}} is marked more important than {{b}}, but its priority level is {{levelA}} and {{b}}'s is {{levelB}} (1 is the highest).",
  'finding.HORIZON-INVERSION.later':
    '{{b}} ({{horizonB}}) cannot start before {{a}} is complete, but {{a}} is planned in a later horizon ({{horizonA}}).',
  'finding.PRIORITY-INVERSION.waits':
    '{{item}} (priority {{level}}) cannot start until {{blocker}} (priority {{blockerLevel}}) is complete: {{path}}. Important work should not wait on less important work: review the sequence or the priorities.',
  'finding.CONTRIBUTES-SHAPE.link':
    '{{a}} ({{kindA}}) is linked as contributing to {{b}} ({{kindB}}); an activity contributes to an output and an output to an objective.',
  'finding.DANGLING-EDGE.one':
    'The {{link}} link {{edge}} points to {{missing}}, which is not on the board.',
  'finding.DANGLING-EDGE.two':
    'The {{link}} link {{edge}} points to {{missingA}} and {{missingB}}, which are not on the board.',
  'finding.ORPHAN.activity-no-output':
    '{{item}} contributes to no output: link it to the result it serves, or drop it.',
  'finding.ORPHAN.output-no-objective': '{{item}} contributes to no objective.',
  'finding.ORPHAN.output-no-activity': '{{item}} has no activities contributing to it yet.',
  'finding.ORPHAN.objective-no-output': '{{item}} has no outputs contributing to it yet.',
  'finding.NO-LEAD.output':
    '{{item}} has no lead: agree which entity is responsible for this output.',
  'finding.NO-LEAD.activity':
    '{{item}} has no lead: agree which entity is responsible for this activity.',
  'finding.OVERLOAD.lead':
    '{{actor}} leads {{items}} items in one horizon ({{horizon}}), more than {{threshold}}: consider sharing the lead or moving some items to a later horizon.',
  'finding.ALL-AT-ONCE.short':
    '{{short}} of {{total}} activities ({{percent}}%) are in the first horizon ({{horizon}}). Trying to do everything at the same time is a common failure: sequence some into later horizons.',
  'finding.BENCHMARK-STALE.stale_one': `${DUE_ONE}${STALE}.`,
  'finding.BENCHMARK-STALE.stale_other': `${DUE_OTHER}${STALE}.`,
  'finding.BENCHMARK-STALE.never_one': `${DUE_ONE}${NEVER}.`,
  'finding.BENCHMARK-STALE.never_other': `${DUE_OTHER}${NEVER}.`,
  'finding.BENCHMARK-STALE.both_one': `${DUE_ONE}${STALE}; ${NEVER}.`,
  'finding.BENCHMARK-STALE.both_other': `${DUE_OTHER}${STALE}; ${NEVER}.`,

  'connection.missing-node.one':
    'The item {{item}} is not on the board (it may have just been deleted).',
  'connection.missing-node.two': 'The items {{a}} and {{b}} are not on the board.',
  'connection.self-loop.sequence': '{{item}} cannot be sequenced after itself.',
  'connection.self-loop.priority': '{{item}} cannot be more important than itself.',
  'connection.self-loop.contributes': '{{item}} cannot contribute to itself.',
  'connection.contributes-shape.link':
    '{{a}} ({{kindA}}) cannot contribute to {{b}} ({{kindB}}): an activity contributes to an output, and an output to an objective.',
  'connection.duplicate.sequence': '{{a}} is already sequenced before {{b}}.',
  'connection.duplicate.priority': '{{a}} is already marked more important than {{b}}.',
  'connection.duplicate.contributes': '{{a}} already contributes to {{b}}.',
  'connection.cycle.priority-reverse':
    '{{b}} is already marked more important than {{a}}; marking the opposite would contradict it.',
  'connection.cycle.priority':
    '{{a}} cannot be more important than {{b}}: the existing priorities already rank {{b}} above {{a}} ({{loop}}).',
  'connection.cycle.sequence-chain':
    '{{b}} cannot follow {{a}}: {{a}} already waits for {{b}} to finish, so this would create a sequencing loop ({{loop}}).',
  'connection.cycle.sequence-hierarchy':
    '{{b}} cannot follow {{a}}: {{steps}}, so this would create a sequencing loop.',

  'import.json.syntax': 'not valid JSON: {{detail}}',
  'import.json.not-object': 'expected an object { format, schemaVersion, board }',
  'import.json.format': 'expected "{{format}}"',
  'import.json.version-invalid': 'expected a non-negative integer',
  'import.json.version-newer':
    'file is version {{version}}, this version of ISF Board reads up to {{max}}',
  'import.json.board-missing': 'missing',
  'import.json.no-migration': 'no migration from version {{version}}',
  'import.json.meta-version': "expected {{version}} (the file's schemaVersion after migration)",
  'import.schema.invalid': '{{detail}}',
  'import.integrity.duplicate-node': 'duplicate node id "{{id}}"',
  'import.integrity.duplicate-edge': 'duplicate edge id "{{id}}"',
  'import.integrity.duplicate-actor': 'duplicate actor id "{{id}}"',
  'import.integrity.duplicate-benchmark': 'duplicate benchmark id "{{id}}"',
  'import.integrity.duplicate-risk': 'duplicate risk id "{{id}}"',
  'import.integrity.edge-missing-node': 'edge "{{edge}}" points to missing node "{{node}}"',
  'import.integrity.lead-not-actor': 'lead "{{actor}}" is not an actor',
  'import.integrity.support-not-actor': 'support "{{actor}}" is not an actor',
  'import.integrity.support-twice': 'support "{{actor}}" is listed twice',
  'import.integrity.tag-twice': 'tag "{{tag}}" is listed twice',
  'import.csv.after-quote': 'unexpected character after a closing quote',
  'import.csv.quote-in-field': 'quote inside an unquoted field (quote the whole field)',
  'import.csv.unterminated': 'unterminated quoted field',
  'import.csv.missing-header': 'missing header row',
  'import.csv.unknown-column': 'unknown column (expected: {{columns}})',
  'import.csv.duplicate-column': 'duplicate column',
  'import.csv.missing-column': 'missing column',
  'import.csv.extra-fields': 'more fields than the header has columns',
  'import.csv.invalid-id': '"{{id}}" is not a valid id',
  'import.csv.empty-row': 'the row names no objective, output or activity',
  'import.csv.defined-twice': '"{{id}}" is defined by two rows',
  'import.csv.kind-conflict': '"{{id}}" is an {{existing}} elsewhere, not an {{kind}}',
  'import.csv.unknown-node': 'unknown node id "{{id}}"',
  'import.csv.title-too-long': 'title is too long',
  'import.csv.bad-generated-id': 'idGenerator returned an invalid or duplicate id "{{id}}"',
  'import.csv.bad-actor': 'cannot use "{{value}}" as an actor',
  'import.csv.priority-range': 'priority must be a whole number from 1 (highest) to 5',
  'import.csv.duration-range': 'duration must be a number of weeks above 0 and at most 1000',
  'import.csv.not-one-of': '"{{value}}" is not one of {{values}}',
  'import.csv.benchmark-shape':
    'benchmark {{n}}: expected "horizon | status | text" (optionally "| reviewed | by | evidence")',
  'import.csv.benchmark-horizon': 'benchmark {{n}}: horizon must be one of {{values}}',
  'import.csv.benchmark-status': 'benchmark {{n}}: status must be one of {{values}}',
  'import.csv.benchmark-date': 'benchmark {{n}}: last reviewed must be a date like 2026-03-31',
  'import.csv.risk-likelihood': 'risk {{n}}: likelihood must be one of {{values}}',
  'import.csv.risk-impact': 'risk {{n}}: impact must be one of {{values}}',
  'import.csv.risk-shape':
    'risk {{n}}: expected "text" or "text | likelihood | impact | mitigation"',
} as const satisfies Record<string, string>;

/** A key of {@link FRAMEWORK_MESSAGES_EN} (plural keys keep their suffix). */
export type FrameworkMessageKey = keyof typeof FRAMEWORK_MESSAGES_EN;

const english = catalogueTranslator(FRAMEWORK_MESSAGES_EN);

/** The English text of a framework message (the `message` field of findings, refusals, issues). */
export function formatMessage(message: DomainMessage): string {
  return renderMessage(message, english);
}
