import type { CrossCuttingTag } from '@isf/framework';

/** Human names of the six cross-cutting issues. */
export const TAG_LABEL: Record<CrossCuttingTag, string> = {
  poc: 'Protection of civilians',
  'human-rights': 'Human rights',
  gender: 'Gender',
  'mine-action': 'Mine action',
  ssr: 'Security sector reform',
  ddr: 'DDR',
};
