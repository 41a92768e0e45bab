// Test helpers: compact builders for boards (used by the *.test.ts files of this module only).
import { createActor, createEdge, createNode } from '../schema/index';
import type { Actor, Edge, EdgeKind, PlanNode } from '../schema/index';

type NodeInput = Partial<PlanNode>;

/** An activity with a lead, so NO-LEAD stays quiet unless a test wants it. */
export const act = (id: string, extra: NodeInput = {}): PlanNode =>
  createNode({ id, kind: 'activity', title: `Act ${id}`, lead: 'lead-a', ...extra });
export const out = (id: string, extra: NodeInput = {}): PlanNode =>
  createNode({ id, kind: 'output', title: `Out ${id}`, lead: 'lead-a', ...extra });
export const obj = (id: string, extra: NodeInput = {}): PlanNode =>
  createNode({ id, kind: 'objective', title: `Obj ${id}`, ...extra });

let counter = 0;
const edge = (kind: EdgeKind, source: string, target: string, id?: string): Edge =>
  createEdge({ id: id ?? `${kind[0]}-${source}-${target}-${counter++}`, kind, source, target });

export const seq = (s: string, t: string, id?: string): Edge => edge('sequence', s, t, id);
export const pri = (s: string, t: string, id?: string): Edge => edge('priority', s, t, id);
export const con = (s: string, t: string, id?: string): Edge => edge('contributes', s, t, id);
export const actor = (id: string, name: string): Actor => createActor({ id, name });

/** A board object with just what analysis needs. */
export const board = (nodes: PlanNode[], edges: Edge[] = [], actors: Actor[] = []) => ({
  nodes,
  edges,
  actors,
});
