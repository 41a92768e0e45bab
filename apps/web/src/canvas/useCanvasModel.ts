import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Actor, Board, PlanNode } from '@isf/framework';
import type { ChangeSet } from '@isf/crdt';
import type { BoardSession } from '../session/BoardSession';
import { BoardInfoStore } from './BoardInfoStore';
import type { CanvasStores, NodeDecoration } from './CanvasContext';
import {
  patchFlowEdges,
  patchFlowNodes,
  toFlowEdge,
  toFlowNode,
  type FlowEdge,
} from './flowElements';
import { KeyedStore } from './KeyedStore';
import { NodeRecordStore } from './NodeRecordStore';
import type { FlowNode } from './PlanNodes';

/** The canvas' view of the board: per-node stores plus React Flow's node and edge arrays. */
export interface CanvasModel {
  stores: CanvasStores;
  nodes: FlowNode[];
  setNodes: Dispatch<SetStateAction<FlowNode[]>>;
  edges: FlowEdge[];
  setEdges: Dispatch<SetStateAction<FlowEdge[]>>;
  /** Increases after change sets (coalesced, ≤ 4 Hz), for derived data such as filters. */
  version: number;
}

/**
 * From this many nodes on, the canvas renders only visible elements and shows others' live drags
 * as CSS offsets (React Flow's per-update cost grows with the node count).
 */
export const LARGE_BOARD = 400;

/** Board-level derived data is refreshed at most this often (ms). */
export const VERSION_COALESCE_MS = 250;

/** Two decorations are equal when they show the same peers and the same findings. */
export function sameDecoration(a: NodeDecoration, b: NodeDecoration): boolean {
  return (
    a.peers.length === b.peers.length &&
    a.peers.every((p, i) => {
      const q = b.peers[i];
      return q !== undefined && p.id === q.id && p.color === q.color && p.name === q.name;
    }) &&
    a.findings.length === b.findings.length &&
    a.findings.every((f, i) => {
      const g = b.findings[i];
      return g !== undefined && f.rule === g.rule && f.message === g.message;
    })
  );
}

function idDiff<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((r) => [r.id, r]));
  const out = { added: [] as string[], updated: [] as string[], removed: [] as string[] };
  for (const r of after) {
    const prev = old.get(r.id);
    if (prev === undefined) out.added.push(r.id);
    else if (prev !== r) out.updated.push(r.id);
    old.delete(r.id);
  }
  out.removed = [...old.keys()];
  return out;
}

/** A change set describing every difference between two reads of a board (records by identity). */
export function changesBetween(before: Board, after: Board): ChangeSet {
  return {
    nodes: idDiff(before.nodes, after.nodes),
    edges: idDiff(before.edges, after.edges),
    actors: idDiff(before.actors, after.actors),
    meta: before.meta !== after.meta,
    local: false,
    origin: null,
  };
}

/** Creates the stores of a canvas for `session`, loaded with the current board. */
export function createCanvasStores(session: BoardSession): CanvasStores {
  const board = session.store.read();
  const records = new NodeRecordStore();
  records.reset(board.nodes);
  const info = new BoardInfoStore();
  info.set(board.actors, board.meta.horizonLabels);
  return {
    records,
    info,
    decorations: new KeyedStore<NodeDecoration>(sameDecoration),
    peerDrags: new KeyedStore<{ x: number; y: number }>((a, b) => a.x === b.x && a.y === b.y),
    readOnly: session.readOnly,
  };
}

/**
 * Keeps the canvas in step with the document: each change set re-reads only the ids it names,
 * notifies those nodes' components and patches React Flow's arrays (other entries keep identity).
 */
export function useCanvasModel(session: BoardSession): CanvasModel {
  const { store, readOnly } = session;
  const [stores] = useState(() => createCanvasStores(session));
  // The board the initial state was built from (to catch changes made before we subscribed).
  const [initialBoard] = useState(() => store.read());
  const [nodes, setNodes] = useState<FlowNode[]>(() =>
    Array.from(stores.records.all(), (n) => toFlowNode(n, readOnly)),
  );
  const [edges, setEdges] = useState<FlowEdge[]>(() =>
    store.read().edges.map((e) => toFlowEdge(e, readOnly)),
  );
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let versionTimer: ReturnType<typeof setTimeout> | null = null;
    let actors = new Map<string, Actor>(store.read().actors.map((a) => [a.id, a]));
    const onChanges = (changes: ChangeSet): void => {
      stores.records.apply(changes.nodes, store);
      const getNode = (id: string): PlanNode | undefined => stores.records.get(id);
      setNodes((prev) => patchFlowNodes(prev, changes.nodes, getNode, readOnly));
      // Edges whose endpoint is missing (dangling) are left off the canvas.
      const getEdge = (id: string) => {
        const e = store.getEdge(id);
        return e && stores.records.get(e.source) && stores.records.get(e.target) ? e : undefined;
      };
      const edgeChanges = { ...changes.edges };
      if (changes.nodes.added.length > 0 || changes.nodes.removed.length > 0) {
        // Nodes appearing/disappearing can make edges valid/dangling: recheck every edge touching them.
        const touched = new Set([...changes.nodes.added, ...changes.nodes.removed]);
        const extra = store
          .read()
          .edges.filter((e) => touched.has(e.source) || touched.has(e.target))
          .map((e) => e.id);
        edgeChanges.updated = [...changes.edges.updated, ...extra];
      }
      setEdges((prev) => {
        let next = patchFlowEdges(prev, edgeChanges, getEdge, readOnly);
        if (changes.nodes.removed.length > 0) {
          const gone = new Set(changes.nodes.removed);
          next = next.filter((e) => !gone.has(e.source) && !gone.has(e.target));
        }
        return next;
      });
      const a = changes.actors;
      if (a.added.length + a.updated.length + a.removed.length > 0 || changes.meta) {
        actors = new Map(actors);
        for (const id of a.removed) actors.delete(id);
        for (const id of [...a.added, ...a.updated]) {
          const actor = store.getActor(id);
          if (actor) actors.set(id, actor);
          else actors.delete(id);
        }
        stores.info.set([...actors.values()], store.read().meta.horizonLabels);
      }
      // Board-level derived data (filter bar, filter matches) follows at most every 250 ms, so a
      // burst of remote typing does not re-render the board-level components per keystroke.
      if (versionTimer === null) {
        versionTimer = setTimeout(() => {
          versionTimer = null;
          setVersion((v) => v + 1);
        }, VERSION_COALESCE_MS);
      }
    };
    const unsubscribe = store.subscribe(onChanges);
    // Changes between the first render and this subscription (e.g. the first sync) would be lost:
    // replay them as one synthetic change set.
    const now = store.read();
    if (now !== initialBoard) onChanges(changesBetween(initialBoard, now));
    return () => {
      unsubscribe();
      if (versionTimer !== null) clearTimeout(versionTimer);
    };
  }, [store, stores, readOnly, initialBoard]);

  return { stores, nodes, setNodes, edges, setEdges, version };
}
