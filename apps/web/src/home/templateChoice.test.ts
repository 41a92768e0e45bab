import { describe, expect, it } from 'vitest';
import type { StudyCatalog } from '@isf/framework';
import { allOutputIds, templateChoice } from './templateChoice';

const catalog: StudyCatalog = {
  objectives: [
    {
      id: 'obj-a',
      title: 'A',
      outputs: [
        { id: 'out-1', title: '1', activityCount: 2 },
        { id: 'out-2', title: '2', activityCount: 1 },
      ],
    },
    { id: 'obj-b', title: 'B', outputs: [{ id: 'out-3', title: '3', activityCount: 4 }] },
  ],
};

describe('templateChoice', () => {
  it('sends whole objectives as objectives and partial ones as outputs', () => {
    expect(templateChoice(catalog, new Set(['out-1', 'out-3']))).toEqual({
      objectives: ['obj-b'],
      outputs: ['out-1'],
    });
    expect(templateChoice(catalog, new Set(allOutputIds(catalog)))).toEqual({
      objectives: ['obj-a', 'obj-b'],
      outputs: [],
    });
  });
  it('is null when nothing is selected', () => {
    expect(templateChoice(catalog, new Set())).toBeNull();
  });
});
