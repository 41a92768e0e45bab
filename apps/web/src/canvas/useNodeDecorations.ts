import { useEffect } from 'react';
import type { Finding } from '@isf/framework';
import type { Peer } from '../presence/Peer';
import type { BoardSession } from '../session/BoardSession';
import type { NodeDecoration } from './CanvasContext';
import type { KeyedStore } from './KeyedStore';

/**
 * Builds each node's decoration (others who selected it, findings naming it) and hands it to the
 * keyed store, which notifies only the nodes whose decoration changed.
 */
export function useNodeDecorations(
  session: BoardSession,
  decorations: KeyedStore<NodeDecoration>,
  findingsByNode: ReadonlyMap<string, Finding[]>,
  peerSelections: ReadonlyMap<string, Peer[]>,
): void {
  const selfId = session.self.id;
  useEffect(() => {
    decorations.replaceAll(buildDecorations(findingsByNode, peerSelections, selfId));
  }, [decorations, findingsByNode, peerSelections, selfId]);
}

/** Node id → decoration; the local user (in any tab) is not shown as a peer. */
export function buildDecorations(
  findingsByNode: ReadonlyMap<string, Finding[]>,
  peerSelections: ReadonlyMap<string, Peer[]>,
  selfId: string,
): Map<string, NodeDecoration> {
  const map = new Map<string, NodeDecoration>();
  for (const [id, list] of findingsByNode) map.set(id, { peers: [], findings: list });
  for (const [id, peers] of peerSelections) {
    const seen = new Set<string>();
    const ps: NodeDecoration['peers'][number][] = [];
    for (const p of peers) {
      if (p.id === selfId || seen.has(p.id)) continue;
      seen.add(p.id);
      ps.push({ id: p.id, name: p.name, color: p.color });
    }
    if (ps.length > 0) map.set(id, { peers: ps, findings: map.get(id)?.findings ?? [] });
  }
  return map;
}
