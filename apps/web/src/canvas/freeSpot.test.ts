import { describe, expect, it } from 'vitest';
import { freeSpot } from './freeSpot';

const size = { width: 240, height: 120 };

describe('freeSpot', () => {
  it('uses the centre when it is free', () => {
    expect(freeSpot({ x: 500, y: 300 }, size, [])).toEqual({ x: 380, y: 240 });
  });

  it('never overlaps existing nodes, and stays near the centre', () => {
    const occupied = [{ x: 380, y: 240, ...size }];
    const placed = [];
    for (let i = 0; i < 12; i++) {
      const p = freeSpot({ x: 500, y: 300 }, size, occupied);
      for (const r of occupied) {
        const apart =
          p.x >= r.x + r.width ||
          r.x >= p.x + size.width ||
          p.y >= r.y + r.height ||
          r.y >= p.y + size.height;
        expect(apart).toBe(true);
      }
      occupied.push({ ...p, ...size });
      placed.push(p);
    }
    // The first free spots are the direct neighbours of the centre cell.
    const first = placed[0]!;
    expect(Math.abs(first.x - 380) + Math.abs(first.y - 240)).toBeLessThanOrEqual(300);
  });
});
