import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_HORIZON_LABELS, type BoardMeta, type Horizon } from '@isf/framework';

/** A function giving the label of a horizon as the user should read it. */
export type HorizonLabeller = (horizon: Horizon) => string;

/**
 * The board's label for a horizon; the default English labels are shown translated (a board
 * whose planners renamed a horizon keeps their wording in every language).
 */
export function horizonLabel(
  meta: Pick<BoardMeta, 'horizonLabels'>,
  horizon: Horizon,
  translate: (key: string) => string,
): string {
  const label = meta.horizonLabels[horizon];
  return label === DEFAULT_HORIZON_LABELS[horizon] ? translate(`common:horizon.${horizon}`) : label;
}

/** {@link horizonLabel} bound to the current language and a board's meta. */
export function useHorizonLabel(meta: Pick<BoardMeta, 'horizonLabels'>): HorizonLabeller {
  const { t } = useTranslation();
  return useCallback((h: Horizon) => horizonLabel(meta, h, (k) => t(k)), [meta, t]);
}
