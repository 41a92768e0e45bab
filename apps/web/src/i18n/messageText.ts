import type { TFunction } from 'i18next';
import {
  DEFAULT_HORIZON_LABELS,
  HORIZONS,
  renderMessage,
  type DomainMessage,
  type MessageParamValue,
  type MessageParams,
} from '@isf/framework';
import { i18next } from './i18n';

/** Something with an English `message` and, when it comes from the framework or crdt, its code. */
export interface CodedText {
  code?: string;
  params?: MessageParams;
  message: string;
}

/** `"Title"` as French quotes, `« Title »` (no-break spaces inside). */
const frenchQuotes = (text: string) => text.replace(/"([^"]*)"/g, '«\u00a0$1\u00a0»');

/**
 * Params in the UI language: horizon params hold the board's label (the default English labels
 * are shown translated); quoted titles get the language's quotation marks.
 */
function localParams(
  params: Record<string, MessageParamValue>,
  t: TFunction,
): Record<string, MessageParamValue> {
  const french = i18next.language.startsWith('fr');
  const out: Record<string, MessageParamValue> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const h = key.startsWith('horizon')
      ? HORIZONS.find((x) => DEFAULT_HORIZON_LABELS[x] === value)
      : undefined;
    if (h !== undefined) out[key] = t(`common:horizon.${h}`);
    else if (french && typeof value === 'string') out[key] = frenchQuotes(value);
  }
  return out;
}

/**
 * A domain message (finding, refusal, import issue) in the UI language: `problems:<code>` with
 * the params interpolated (nested parts such as loop steps translated first).
 */
export function translateMessage(message: DomainMessage, t: TFunction = i18next.t): string {
  return renderMessage(message, (code, params) =>
    t(`problems:${code}`, { ...localParams(params, t), defaultValue: code }),
  );
}

/**
 * The text to show for a finding, refusal or import issue: its translation when it carries a
 * known code, else its `message` as it is (e.g. an error code of the server the app does not know).
 */
export function messageText(item: CodedText, t: TFunction = i18next.t): string {
  const { code, params } = item;
  if (code === undefined || !i18next.exists(`problems:${code}`, { count: countOf(params) })) {
    return item.message;
  }
  return translateMessage({ code, params: params ?? {} }, t);
}

function countOf(params: MessageParams | undefined): number | undefined {
  const count = params?.['count'];
  return typeof count === 'number' ? count : undefined;
}
