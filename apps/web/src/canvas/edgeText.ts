import type { TFunction } from 'i18next';
import type { EdgeKind } from '@isf/framework';

/** Translated words of the edge kinds (literal keys, so the key scanner checks them). */
export interface EdgeKindText {
  /** Name used in the toolbar, legend and inspector, e.g. "Sequence (before)". */
  name: string;
  /** Short name opening an edge's accessible name, e.g. "Sequence". */
  short: string;
  /** Label drawn on the edge and used in its accessible name, e.g. "before". */
  phrase: string;
}

/** The words of every edge kind in the current language. */
export function edgeKindText(t: TFunction): Record<EdgeKind, EdgeKindText> {
  return {
    contributes: {
      name: t('canvas:edgeKind.contributes'),
      short: t('canvas:edgeShort.contributes'),
      phrase: t('canvas:edgePhrase.contributes'),
    },
    sequence: {
      name: t('canvas:edgeKind.sequence'),
      short: t('canvas:edgeShort.sequence'),
      phrase: t('canvas:edgePhrase.sequence'),
    },
    priority: {
      name: t('canvas:edgeKind.priority'),
      short: t('canvas:edgeShort.priority'),
      phrase: t('canvas:edgePhrase.priority'),
    },
  };
}

/** A node title for display: the title, or "Untitled" when blank. */
export function titleOrUntitled(t: TFunction, title: string): string {
  return title.trim() === '' ? t('canvas:node.untitled') : title;
}
