import { FRAMEWORK_MESSAGES_EN } from '@isf/framework';
import { COMMAND_MESSAGES_EN } from '@isf/crdt';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

/**
 * Turns flat dotted keys (`finding.NO-LEAD.output`) into the nested objects i18next reads.
 * Throws when a key is both a text and a prefix of another key (the catalogues never do that).
 */
export function nestKeys(flat: Readonly<Record<string, string>>): Tree {
  const root: Tree = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = root;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part] ?? {};
      if (typeof next === 'string') throw new Error(`message key ${key} is under a text`);
      node[part] = next;
      node = next;
    });
    const last = parts[parts.length - 1] as string;
    if (typeof node[last] === 'object') throw new Error(`message key ${key} is a prefix`);
    node[last] = text;
  }
  return root;
}

/**
 * The English domain messages, `problems:<code>`: the framework's findings, connection refusals
 * and import issues, and the crdt command refusals. They are the very templates that build the
 * English `message` fields, so the English UI cannot drift from them; `fr.json` translates them.
 */
export const DOMAIN_MESSAGES_EN: Tree = nestKeys({
  ...FRAMEWORK_MESSAGES_EN,
  ...COMMAND_MESSAGES_EN,
});

/** The i18next resources: `en.json` plus the domain messages, and `fr.json`. */
export const RESOURCES = {
  en: { ...en, problems: { ...en.problems, ...DOMAIN_MESSAGES_EN } },
  fr,
};
