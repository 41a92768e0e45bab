import { z } from 'zod';

/** A plain parameter of a message: an item title (quoted), an id, a count, a horizon label, … */
export type MessageParamValue = string | number;

/** A nested message (e.g. one step of a loop, or a word such as a node kind) with flat params. */
export interface MessagePart {
  code: string;
  params: Record<string, MessageParamValue>;
}

/**
 * Parameters of a message. A value is plain text or a number, or a list of nested parts that a
 * renderer translates one by one and joins with ", " (a single-part list reads as one word).
 * By convention, params named `horizon…` hold the board's horizon label.
 */
export type MessageParams = Record<string, MessageParamValue | MessagePart[]>;

/** A message as data: a stable code (a dotted key, e.g. `finding.NO-LEAD.output`) and its params. */
export interface DomainMessage {
  code: string;
  params: MessageParams;
}

const PlainParamSchema = z.union([z.string(), z.number()]);

/** A one-word nested part, e.g. `word.kind.activity` ("activity"), `word.link.sequence`. */
export function wordPart(group: 'kind' | 'link', value: string): MessagePart[] {
  return [{ code: `word.${group}.${value}`, params: {} }];
}

/** zod schema of {@link MessagePart}. */
export const MessagePartSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), PlainParamSchema),
});

/** zod schema of {@link MessageParams}. */
export const MessageParamsSchema = z.record(
  z.string(),
  z.union([PlainParamSchema, z.array(MessagePartSchema)]),
);

/** Turns a code and flat params into text in one language (e.g. a catalogue lookup or i18next's `t`). */
export type MessageTranslator = (code: string, params: Record<string, MessageParamValue>) => string;

/** Joins the rendered parts of a list param. */
const LIST_SEPARATOR = ', ';

/**
 * Renders a message with a translator: list params are rendered part by part first and joined,
 * then the message itself is translated with the resulting flat params. The English `message`
 * of findings, refusals and import issues is this with {@link translateEnglish}; the web app
 * passes i18next's `t`, so every language goes through the same codes and params.
 */
export function renderMessage(message: DomainMessage, translate: MessageTranslator): string {
  const flat: Record<string, MessageParamValue> = {};
  for (const [key, value] of Object.entries(message.params)) {
    flat[key] = Array.isArray(value)
      ? value.map((part) => translate(part.code, part.params)).join(LIST_SEPARATOR)
      : value;
  }
  return translate(message.code, flat);
}

/**
 * The template key for a code and a `count` param, following i18next's plural keys:
 * `code_zero` for 0 when the catalogue has it, else `code_one` / `code_other` (English rules),
 * else the code itself.
 */
function templateKey(
  catalogue: Readonly<Record<string, string>>,
  code: string,
  count: MessageParamValue | undefined,
): string {
  if (typeof count !== 'number') return code;
  if (count === 0 && `${code}_zero` in catalogue) return `${code}_zero`;
  const plural = `${code}_${count === 1 ? 'one' : 'other'}`;
  return plural in catalogue ? plural : code;
}

/** Replaces `{{name}}` with the param's value (unknown names are left as they are). */
export function interpolate(template: string, params: Record<string, MessageParamValue>): string {
  return template.replace(/{{\s*([\w-]+)\s*}}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A translator over a catalogue of English templates (i18next JSON v4 syntax: `{{name}}`,
 * plural keys `_zero` / `_one` / `_other` chosen by the `count` param). An unknown code renders
 * as the code itself.
 */
export function catalogueTranslator(
  catalogue: Readonly<Record<string, string>>,
): MessageTranslator {
  return (code, params) => {
    const template = catalogue[templateKey(catalogue, code, params['count'])];
    return template === undefined ? code : interpolate(template, params);
  };
}

/** The base codes of a catalogue (plural suffixes folded), sorted. */
export function catalogueCodes(catalogue: Readonly<Record<string, string>>): string[] {
  return [
    ...new Set(Object.keys(catalogue).map((k) => k.replace(/_(zero|one|other)$/, ''))),
  ].sort();
}
