import type { Results } from './report';
import type { ServerSpec } from './servers/types';
import { fsyncFloorText } from './scenarios/serverDiagnostics';
import { formatMs, formatRatio } from './stats';

function figure(results: Results, rowId: string, serverId: string): number {
  return results.get(rowId)?.get(serverId)?.value ?? Number.NaN;
}

function compare(name: string, ours: number, peer: number, peerName: string): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer)) return `- ${name}: not measured`;
  const ratio = formatRatio(ours, peer);
  if (ours <= peer) {
    return `- ${name}: **met** — ours ${formatMs(ours)} vs ${peerName} ${formatMs(peer)} (${ratio})`;
  }
  return (
    `- ${name}: **missed** by ${formatMs(ours - peer)} — ours ${formatMs(ours)} vs ${peerName} ` +
    `${formatMs(peer)} (${ratio})`
  );
}

const WHY_LATENCY =
  '  - why: ours relays an update only after it was validated and stored — a SQLite commit with ' +
  '`synchronous=FULL` (an fsync per write batch; on the event loop while the disk is fast, else ' +
  'on the writer thread) — while the peers relay from memory (Hocuspocus stores on a 2 s ' +
  'debounce). The lines below split ours into those parts.';

/**
 * Where ours spent its time, from what the server itself measured during the runs (see
 * `serverDiagnostics.ts`): the share of the relay path, of the commit and of the disk's fsync.
 */
function serverShare(results: Results, rowId: string, oursId: string): string | null {
  const d = results.get(rowId)?.get(oursId)?.server;
  if (!d?.relayDelay) return null;
  const parts = [
    `  - measured inside ours during these runs: an update spent p50 ${formatMs(d.relayDelay.p50)} / ` +
      `p99 ${formatMs(d.relayDelay.p99)} between receipt and relay`,
  ];
  if (d.commit) {
    parts.push(
      `of which the durable SQLite commit took p50 ${formatMs(d.commit.p50)} / p99 ${formatMs(d.commit.p99)} ` +
        '(an update can also wait for the commit in flight when it arrived)',
    );
  }
  if (d.fsync) parts.push(`and the disk's own write+fsync floor was ${fsyncFloorText(d.fsync)}`);
  return `${parts.join(', ')}.`;
}

/** The CPU the two servers used during the same runs (median per run), when measured. */
function cpuShare(results: Results, rowId: string, oursId: string, peer: Peer): string | null {
  const ours = results.get(rowId)?.get(oursId)?.server?.serverCpuMs;
  const theirs = results.get(rowId)?.get(peer.id)?.server?.serverCpuMs;
  if (ours == null || theirs == null) return null;
  return (
    `  - CPU of the server process per run (all threads, median): ours ${(ours / 1000).toFixed(2)} s, ` +
    `${peer.name} ${(theirs / 1000).toFixed(2)} s (${formatRatio(ours, theirs)})`
  );
}

/** A line on what the fsync costs, when the NORMAL diagnostic column was measured. */
function fsyncShare(results: Results, rowId: string, oursId: string): string {
  const full = figure(results, rowId, oursId);
  const normal = figure(results, rowId, 'ours-normal');
  if (!Number.isFinite(full) || !Number.isFinite(normal)) {
    return '  - to see the fsync share, rerun with `--servers ours,ours-normal,ywebsocket`';
  }
  if (normal >= full) {
    return (
      `  - with SQLITE_SYNCHRONOUS=NORMAL ours measured ${formatMs(normal)} in this run, no faster: ` +
      'the fsync is not what separates ours from the peer here, the rest of the path is (or the ' +
      'machine was noisy: compare the per-run details)'
    );
  }
  return (
    `  - with SQLITE_SYNCHRONOUS=NORMAL (no fsync per commit) ours is ${formatMs(normal)} here: ` +
    `the fsync accounts for about ${formatMs(full - normal)}`
  );
}

/** A peer server as the target lines name it. */
export interface Peer {
  id: string;
  /** Short name in the text, e.g. "y-websocket". */
  name: string;
}

/** The lowest and highest single-run figure of a cell, when it has at least two runs. */
function runRange(results: Results, rowId: string, serverId: string): [number, number] | null {
  const runs = (results.get(rowId)?.get(serverId)?.repeats ?? []).filter(Number.isFinite);
  if (runs.length < 2) return null;
  return [Math.min(...runs), Math.max(...runs)];
}

const inside = (value: number, [low, high]: [number, number]): boolean =>
  value >= low && value <= high;

/**
 * Whether the RAM-disk figure `ram` and the peer's `theirs` (both medians of this row) cannot be
 * told apart by this run: each median lies inside the other's range of single runs (null: fewer
 * than two runs of either).
 */
function withinRunSpread(
  results: Results,
  rowId: string,
  peer: Peer,
  ram: number,
  theirs: number,
): string | null {
  const ramRuns = runRange(results, rowId, 'ours-ram');
  const peerRuns = runRange(results, rowId, peer.id);
  if (!ramRuns || !peerRuns) return null;
  const spread =
    `single runs: ours-ram ${formatMs(ramRuns[0])}–${formatMs(ramRuns[1])}, ` +
    `${peer.name} ${formatMs(peerRuns[0])}–${formatMs(peerRuns[1])}`;
  if (inside(ram, peerRuns) && inside(theirs, ramRuns)) {
    return `inside the run-to-run spread (${spread}: each median lies in the other's range)`;
  }
  return `outside the run-to-run spread (${spread})`;
}

/**
 * A line on what the rest of our path costs, when the RAM-disk diagnostic column was measured: the
 * same code with a data directory whose fsync is free. At or below the peer, the disk's fsync is
 * the whole gap; above it, the line says whether the rest is inside the run-to-run spread.
 */
export function ramShare(results: Results, rowId: string, peer: Peer): string | null {
  const ram = figure(results, rowId, 'ours-ram');
  const theirs = figure(results, rowId, peer.id);
  if (!Number.isFinite(ram) || !Number.isFinite(theirs)) return null;
  const head =
    `  - with its data directory on a RAM disk (\`ours-ram\`: the same code, every fsync free) ours is ` +
    `${formatMs(ram)} here vs ${peer.name} ${formatMs(theirs)} (${formatRatio(ram, theirs)})`;
  if (ram <= theirs) {
    return `${head}: without the disk's fsync ours meets the target — the gap is the fsync that durable-before-relay puts on every update`;
  }
  const rest = `${head}: ${formatMs(ram - theirs)} of the gap is the rest of our path, not the disk`;
  const spread = withinRunSpread(results, rowId, peer, ram, theirs);
  return spread ? `${rest} — ${spread}` : rest;
}

/** The issue's targets, checked against this run (ours with durable persistence on). */
export function evaluateTargets(results: Results, servers: readonly ServerSpec[]): string {
  const ours = servers.find((s) => s.ours);
  if (!ours) return '- ours was not part of this run';
  const lines: string[] = [];
  const yws = servers.find((s) => s.id === 'ywebsocket');
  if (results.has('S1-p99-50') && yws) {
    const peer: Peer = { id: yws.id, name: 'y-websocket' };
    lines.push(
      compare(
        `S1 p99 at 50 clients ≤ ${peer.name} in memory`,
        figure(results, 'S1-p99-50', ours.id),
        figure(results, 'S1-p99-50', peer.id),
        peer.name,
      ),
    );
    if (figure(results, 'S1-p99-50', ours.id) > figure(results, 'S1-p99-50', peer.id)) {
      lines.push(WHY_LATENCY, fsyncShare(results, 'S1-p99-50', ours.id));
      const ram = ramShare(results, 'S1-p99-50', peer);
      if (ram) lines.push(ram);
    }
    const share = serverShare(results, 'S1-p99-50', ours.id);
    if (share) lines.push(share);
    const cpu = cpuShare(results, 'S1-p99-50', ours.id, peer);
    if (cpu) lines.push(cpu);
  }
  if (results.has('S2-converge')) {
    const peers = servers
      .filter((s) => !s.id.startsWith('ours'))
      .map((s) => ({ s, v: figure(results, 'S2-converge', s.id) }))
      .filter((x) => Number.isFinite(x.v))
      .sort((a, b) => a.v - b.v);
    const fastest = peers[0];
    if (fastest) {
      lines.push(
        compare(
          'S2 convergence ≤ the fastest peer',
          figure(results, 'S2-converge', ours.id),
          fastest.v,
          fastest.s.label,
        ),
      );
      if (figure(results, 'S2-converge', ours.id) > fastest.v) {
        lines.push(WHY_LATENCY, fsyncShare(results, 'S2-converge', ours.id));
      }
    }
  }
  const s5 = [...results.keys()].filter((id) => id.startsWith('S5-'));
  if (s5.length > 0) {
    const lost = s5.map((id) => figure(results, id, ours.id));
    const ok = lost.every((v) => v === 0);
    lines.push(
      `- S5 0 lost in every variant: **${ok ? 'met' : 'missed'}** — ours lost ${lost
        .map((v) => (Number.isFinite(v) ? String(v) : 'n/a'))
        .join(' / ')} (${s5.map((id) => `+${id.replace('S5-lost-', '')} ms`).join(' / ')})`,
    );
  }
  if (results.has('S6-survived')) {
    const survived = results.get('S6-survived')?.get(ours.id);
    const converge = results.get('S6-converge')?.get(ours.id);
    const allSurvived = survived?.text !== undefined && /^(\d+)\/\1$/.test(survived.text);
    const converged = converge !== undefined && converge.note?.startsWith('every probe') === true;
    lines.push(
      `- S6 survives, other clients converge within 1 s: **${allSurvived && converged ? 'met' : 'missed'}** — ` +
        `survived ${survived?.text ?? 'n/a'}, worst probe ${formatMs(converge?.value ?? Number.NaN)}`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : '- no target scenario in this run';
}
