import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng } from 'html-to-image';

/** Largest edge of the exported image (px). */
const MAX_SIDE = 4096;
const PADDING = 40;

const TRANSLATE = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/;

/** The canvas's nodes as React Flow sees them (flow position and measured size), read from the DOM. */
function nodesFromDom(root: ParentNode): Node[] {
  const nodes: Node[] = [];
  root.querySelectorAll<HTMLElement>('.react-flow__node').forEach((el, i) => {
    const match = TRANSLATE.exec(el.style.transform);
    if (!match) return;
    nodes.push({
      id: el.dataset.id ?? String(i),
      position: { x: Number(match[1]), y: Number(match[2]) },
      data: {},
      measured: { width: el.offsetWidth, height: el.offsetHeight },
    });
  });
  return nodes;
}

/**
 * Renders the whole board canvas (every node, not just the visible part) to a PNG data URL with
 * html-to-image, following React Flow's "download image" recipe: the nodes' bounds give the
 * transform that fits them into the image, applied to `.react-flow__viewport` while rendering.
 * Returns null when no canvas is on the page.
 */
export async function canvasToPng(root: ParentNode = document): Promise<string | null> {
  const flow = root.querySelector<HTMLElement>('.react-flow');
  const viewport = flow?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) return null;
  const nodes = nodesFromDom(flow);
  if (nodes.length === 0) return null;
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(
    1,
    MAX_SIDE / (bounds.width + 2 * PADDING),
    MAX_SIDE / (bounds.height + 2 * PADDING),
  );
  const width = Math.max(320, Math.ceil((bounds.width + 2 * PADDING) * scale));
  const height = Math.max(240, Math.ceil((bounds.height + 2 * PADDING) * scale));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.05, 2, `${PADDING}px`);
  return toPng(viewport, {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  });
}
