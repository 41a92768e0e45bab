import type { TFunction } from 'i18next';
import { HORIZONS, type Horizon, type HorizonLabels } from '@isf/framework';
import { horizonLabel } from '../views/horizonLabel';

/**
 * The board's horizon labels as the user should read them: the default English labels are shown
 * translated, labels the planners chose are kept as they are.
 */
export function displayHorizonLabels(labels: HorizonLabels, t: TFunction): Record<Horizon, string> {
  const out = {} as Record<Horizon, string>;
  for (const h of HORIZONS) out[h] = horizonLabel({ horizonLabels: labels }, h, (k) => t(k));
  return out;
}
