// Entry point of `npm run bench -w packages/framework` (script: `tsx bench/analyze.bench.ts`).
// Other benchmarks of this package: add a module under bench/ exporting `run(): void` and call it
// at the end of this file, so this stays the single entry.
import { analyzeBoard, criticalChain, sequenceOrder, validateConnection } from '../src/index';
import { medianMs } from './measure';
import { syntheticBoard } from './syntheticBoard';

const SIZES = [1_000, 10_000] as const;
const RUNS: Record<number, number> = { 1_000: 200, 10_000: 40 };
const now = new Date('2026-06-30T00:00:00Z');

console.log(
  'analyzeBoard on synthetic boards (3 edges per activity, a few cycles; median of timed runs)',
);
const medians = new Map<number, number>();
for (const size of SIZES) {
  const board = syntheticBoard(size);
  const findings = analyzeBoard(board, { now });
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const ms = medianMs(() => analyzeBoard(board, { now }), RUNS[size] ?? 20);
  medians.set(size, ms);
  console.log(
    `  ${String(size).padStart(6)} activities: ${board.nodes.length} nodes, ${board.edges.length} edges, ` +
      `${findings.length} findings → median ${ms.toFixed(2)} ms`,
  );
  console.log(`      findings by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  const order = medianMs(() => sequenceOrder(board), 20, 2);
  const chain = medianMs(() => criticalChain(board), 20, 2);
  const check = medianMs(
    () =>
      validateConnection(board, { kind: 'sequence', source: 'act-000500', target: 'act-000010' }),
    20,
    2,
  );
  console.log(
    `      sequenceOrder ${order.toFixed(2)} ms, criticalChain ${chain.toFixed(2)} ms, validateConnection ${check.toFixed(2)} ms`,
  );
}
const small = medians.get(1_000) ?? NaN;
const large = medians.get(10_000) ?? NaN;
console.log(`  ratio 10k / 1k: ${(large / small).toFixed(1)} (linear ≈ 10)`);
console.log(`  10k median ${large.toFixed(2)} ms (target < 50 ms)`);
