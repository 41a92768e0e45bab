import { describe, expect, it } from 'vitest';
import { createNode } from '@isf/framework';
import { laneBands } from './HorizonLanes';

describe('horizon lane bands', () => {
  it('spans each horizon’s activities vertically and the whole board horizontally', () => {
    const nodes = [
      createNode({ id: 'o', kind: 'objective', position: { x: 0, y: 0 } }),
      createNode({ id: 'a', kind: 'activity', horizon: 'short', position: { x: 100, y: 300 } }),
      createNode({ id: 'b', kind: 'activity', horizon: 'short', position: { x: 600, y: 450 } }),
      createNode({ id: 'c', kind: 'activity', horizon: 'long', position: { x: 100, y: 900 } }),
    ];
    const bands = laneBands(nodes);
    expect(bands.map((b) => b.horizon)).toEqual(['short', 'long']);
    const [short, long] = bands;
    expect(short!.y).toBeLessThan(300);
    expect(short!.y + short!.height).toBeGreaterThan(450 + 120);
    expect(long!.y).toBeLessThan(900);
    expect(short!.x).toBeLessThan(0);
    expect(short!.x + short!.width).toBeGreaterThan(600 + 240);
  });

  it('draws nothing without activities', () => {
    expect(laneBands([createNode({ id: 'o', kind: 'objective' })])).toEqual([]);
  });
});
