/** An axis-aligned rectangle in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * The top-left of a `size` rectangle centred as near `centre` as possible without overlapping any
 * of `occupied`: tries the centre, then rings of grid cells around it (nearest first).
 */
export function freeSpot(
  centre: { x: number; y: number },
  size: { width: number; height: number },
  occupied: readonly Rect[],
  gap = 16,
  maxRings = 8,
): { x: number; y: number } {
  const stepX = size.width + gap * 2;
  const stepY = size.height + gap * 2;
  const origin = {
    x: Math.round(centre.x - size.width / 2),
    y: Math.round(centre.y - size.height / 2),
  };
  for (let ring = 0; ring <= maxRings; ring++) {
    const cells: { dx: number; dy: number }[] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push({ dx, dy });
      }
    }
    cells.sort((a, b) => a.dx * a.dx + a.dy * a.dy - (b.dx * b.dx + b.dy * b.dy));
    for (const { dx, dy } of cells) {
      const candidate = { x: origin.x + dx * stepX, y: origin.y + dy * stepY, ...size };
      if (!occupied.some((r) => overlaps(candidate, r, gap)))
        return { x: candidate.x, y: candidate.y };
    }
  }
  return origin;
}
