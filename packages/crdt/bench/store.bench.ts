/**
 * Benchmarks of the board store (prints medians; never asserts timing).
 * Run: npm run bench -w packages/crdt
 */
import * as Y from 'yjs';
import { createBoard, createEdge, createNode, EDGE_KINDS, type Board } from '@isf/framework';
import { BoardStore, captureVersion, writeBoard, type ChangeSet } from '../src/index';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeBoard(nodeCount: number, edgeCount: number, seed = 1): Board {
  const random = rng(seed);
  const nodes = Array.from({ length: nodeCount }, (_, i) =>
    createNode({
      id: `n${i}`,
      kind: i % 10 === 0 ? 'output' : 'activity',
      title: `Item ${i}`,
      description: 'Support the national police to deploy in the north',
      priority: 1 + (i % 5),
      position: { x: (i % 100) * 200, y: Math.floor(i / 100) * 120 },
      benchmarks:
        i % 10 === 0
          ? [
              {
                id: `b${i}`,
                horizon: 'short',
                text: 'x',
                status: 'on-track',
                lastReviewed: null,
                reviewedBy: null,
                evidence: '',
              },
            ]
          : [],
    }),
  );
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const s = Math.floor(random() * nodeCount);
    const t = Math.floor(random() * nodeCount);
    return createEdge({
      id: `e${i}`,
      kind: EDGE_KINDS[i % 3] ?? 'sequence',
      source: `n${s}`,
      target: `n${t}`,
    });
  });
  return createBoard({ title: 'bench', nodes, edges });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const ms = (x: number): string => `${x.toFixed(3)} ms`;

// 1. read() of a 5,000-node / 10,000-edge board
{
  const doc = new Y.Doc();
  writeBoard(doc, makeBoard(5000, 10000));
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const store = new BoardStore(doc);
    cold.push(time(() => store.read()));
    store.destroy();
  }
  const store = new BoardStore(doc);
  store.read();
  const warm: number[] = [];
  const unchanged: number[] = [];
  for (let i = 0; i < 50; i++) {
    const r = store.run({
      type: 'text.edit',
      nodeId: `n${(i * 97) % 5000}`,
      field: 'title',
      index: 0,
      insert: 'x',
    });
    if (!r.ok) throw new Error(r.message);
    warm.push(time(() => store.read()));
    unchanged.push(time(() => store.read()));
  }
  console.log('read() 5,000 nodes / 10,000 edges');
  console.log(`  cold (validate every record): median ${ms(median(cold))}`);
  console.log(`  after one node change:        median ${ms(median(warm))}`);
  console.log(`  unchanged (cached):           median ${ms(median(unchanged))}`);
}

// 2. one remote update → change set, 500 vs 5,000 nodes
function remoteUpdateCost(nodeCount: number): number {
  const source = new Y.Doc();
  writeBoard(source, makeBoard(nodeCount, nodeCount * 2));
  const sourceStore = new BoardStore(source);
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
  const store = new BoardStore(replica);
  store.read();
  let last: ChangeSet | null = null;
  store.subscribe((c) => {
    last = c;
  });
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    sourceStore.run({
      type: 'node.move',
      moves: [{ id: `n${(i * 31) % nodeCount}`, position: { x: i, y: -i } }],
    });
    const update = updates.pop();
    if (update === undefined) throw new Error('no update produced');
    samples.push(
      time(() => {
        Y.applyUpdate(replica, update, 'remote');
      }),
    );
  }
  if (last === null) throw new Error('no change set delivered');
  return median(samples.slice(50));
}
{
  const small = remoteUpdateCost(500);
  const large = remoteUpdateCost(5000);
  console.log('apply one remote update + produce its change set');
  console.log(
    `  500 nodes: ${ms(small)}   5,000 nodes: ${ms(large)}   ratio 5,000/500: ${(large / small).toFixed(2)}`,
  );
}

// 3. encoded size of a 1,000-node board and its growth after 10,000 drag moves
{
  const doc = new Y.Doc();
  writeBoard(doc, makeBoard(1000, 2000));
  const store = new BoardStore(doc);
  const before = captureVersion(doc).byteLength;
  const random = rng(42);
  for (let i = 0; i < 10000; i++) {
    const id = `n${Math.floor(random() * 1000)}`;
    store.run({
      type: 'node.move',
      moves: [
        { id, position: { x: Math.round(random() * 20000), y: Math.round(random() * 12000) } },
      ],
    });
  }
  const after = captureVersion(doc).byteLength;
  console.log('encoded size (Y.encodeStateAsUpdate), 1,000 nodes / 2,000 edges');
  console.log(
    `  before: ${before} bytes   after 10,000 node.move: ${after} bytes   growth per move: ${((after - before) / 10000).toFixed(2)} bytes`,
  );
}
