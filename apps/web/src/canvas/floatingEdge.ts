import { Position, type InternalNode, type Node } from '@xyflow/react';

interface Point {
  x: number;
  y: number;
}

function size(node: InternalNode<Node>): { width: number; height: number } {
  return { width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/** Where the line from `node`'s centre to `other`'s centre leaves `node`'s rectangle. */
export function nodeIntersection(node: InternalNode<Node>, other: InternalNode<Node>): Point {
  const { width, height } = size(node);
  const pos = node.internals.positionAbsolute;
  const otherSize = size(other);
  const otherPos = other.internals.positionAbsolute;
  const w = width / 2 || 1;
  const h = height / 2 || 1;
  const x2 = pos.x + w;
  const y2 = pos.y + h;
  const x1 = otherPos.x + otherSize.width / 2;
  const y1 = otherPos.y + otherSize.height / 2;
  const xx1 = (x1 - x2) / (2 * w) - (y1 - y2) / (2 * h);
  const yy1 = (x1 - x2) / (2 * w) + (y1 - y2) / (2 * h);
  const a = 1 / (Math.abs(xx1) + Math.abs(yy1) || 1);
  const xx3 = a * xx1;
  const yy3 = a * yy1;
  return { x: w * (xx3 + yy3) + x2, y: h * (-xx3 + yy3) + y2 };
}

/** Which side of `node` the point `p` (on its border) lies on. */
export function sideOf(node: InternalNode<Node>, p: Point): Position {
  const { width, height } = size(node);
  const nx = Math.round(node.internals.positionAbsolute.x);
  const ny = Math.round(node.internals.positionAbsolute.y);
  const px = Math.round(p.x);
  const py = Math.round(p.y);
  if (px <= nx + 1) return Position.Left;
  if (px >= nx + width - 1) return Position.Right;
  if (py <= ny + 1) return Position.Top;
  if (py >= ny + height - 1) return Position.Bottom;
  return Position.Top;
}

/** End points and sides of a "floating" edge between two nodes (attached to the nearest sides). */
export function floatingEdgeParams(
  source: InternalNode<Node>,
  target: InternalNode<Node>,
): { sx: number; sy: number; tx: number; ty: number; sourcePos: Position; targetPos: Position } {
  const s = nodeIntersection(source, target);
  const t = nodeIntersection(target, source);
  return {
    sx: s.x,
    sy: s.y,
    tx: t.x,
    ty: t.y,
    sourcePos: sideOf(source, s),
    targetPos: sideOf(target, t),
  };
}
