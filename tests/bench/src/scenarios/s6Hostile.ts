import crypto from 'node:crypto';
import { sleep, wallNow } from '../clock';
import { canConnect } from '../ports';
import { binaryFrame, encodeFrame, openRawWebSocket } from '../hostile/rawSocket';
import type { RawSocket } from '../hostile/rawSocket';
import { awarenessMessages, hocuspocusAuth, oversizedUpdate } from '../hostile/payloads';
import type { RoomTarget, RunningServer } from '../servers/types';
import { max } from '../stats';
import { clientsFor, connectAll, settle } from './common';
import type { Cell, Scenario, ScenarioContext } from './types';

const CLIENTS = 4;
const PROBE_TIMEOUT_MS = 5_000;

/** One hostile input, sent over a raw socket; resolves when the attack is over. */
interface Attack {
  name: string;
  run(raw: RawSocket, target: RoomTarget): Promise<void>;
}

/** Sends Hocuspocus's auth message first, so the following frames are not just queued. */
function authenticate(raw: RawSocket, target: RoomTarget): void {
  const auth = hocuspocusAuth(target.protocol, target.room);
  if (auth) raw.write(binaryFrame(auth));
}

/** Waits until the server closes the socket or `ms` passed, then drops it. */
async function holdThenDrop(raw: RawSocket, ms: number): Promise<void> {
  await Promise.race([raw.closed, sleep(ms)]);
  raw.destroy();
}

const ATTACKS: Attack[] = [
  {
    name: 'random bytes (64 KiB, unframed)',
    async run(raw) {
      raw.write(crypto.randomBytes(64 * 1024));
      await holdThenDrop(raw, 1000);
    },
  },
  {
    name: 'random frames (200 frames, random payloads)',
    async run(raw, target) {
      authenticate(raw, target);
      for (let i = 0; i < 200; i += 1)
        raw.write(binaryFrame(crypto.randomBytes(1 + crypto.randomInt(2000))));
      await holdThenDrop(raw, 1000);
    },
  },
  {
    name: 'truncated frame (declares 64 KiB, sends 1 KiB, holds 2 s)',
    async run(raw) {
      const frame = encodeFrame(0x2, crypto.randomBytes(1024), { declaredLength: 65_536 });
      raw.write(frame);
      await holdThenDrop(raw, 2000);
    },
  },
  {
    name: 'RSV2 frame',
    async run(raw) {
      raw.write(encodeFrame(0x2, Buffer.from([0, 0, 1, 0]), { rsv2: true }));
      await holdThenDrop(raw, 1000);
    },
  },
  {
    name: 'oversized message (20 MiB valid update)',
    async run(raw, target) {
      authenticate(raw, target);
      raw.write(binaryFrame(oversizedUpdate(target.protocol, target.room, 20 * 1024 * 1024)));
      await holdThenDrop(raw, 5000);
    },
  },
  {
    name: 'awareness flood (5,000 msg/s for 2 s)',
    async run(raw, target) {
      authenticate(raw, target);
      const messages = awarenessMessages(target.protocol, target.room, 10_000);
      const started = wallNow();
      for (let i = 0; i < messages.length; i += 50) {
        if (raw.socket.destroyed) break;
        for (const message of messages.slice(i, i + 50)) raw.write(binaryFrame(message));
        const due = started + ((i + 50) / 5000) * 1000;
        await sleep(Math.max(0, due - wallNow()));
      }
      await holdThenDrop(raw, 500);
    },
  },
];

let probeValue = 0;

/** Writes a probe from client 0 and returns ms until every other client has it (null: not in 5 s). */
async function probe(ctx: ScenarioContext, keys: string[]): Promise<number | null> {
  probeValue += 1;
  const [writer, ...watchers] = keys;
  if (!writer) return null;
  const value = probeValue;
  const watching = ctx.pool.all(
    () => ({
      type: 'probe-watch',
      keys: watchers,
      from: writer,
      value,
      timeoutMs: PROBE_TIMEOUT_MS,
    }),
    PROBE_TIMEOUT_MS + 5_000,
  );
  await sleep(20);
  const sentAt = wallNow();
  await ctx.pool.request(0, { type: 'probe-write', key: writer, value }, 5_000);
  const answers = await watching;
  let latest = sentAt;
  for (const answer of answers) {
    if (answer.type !== 'probe' || answer.at === null) return null;
    latest = Math.max(latest, answer.at);
  }
  return latest - sentAt;
}

async function freshRoom(ctx: ScenarioContext, server: RunningServer, label: string) {
  const room = await server.createRoom(label);
  const specs = clientsFor(room, CLIENTS, 's6c');
  await connectAll(ctx.pool, specs);
  await settle(500);
  return { room, keys: specs.map((s) => s.key) };
}

/**
 * S6 hostile input: each attack comes from its own raw socket while 4 stock clients share the
 * room; a probe write is timed during the attack and after it. A server that dies is restarted
 * for the next attack (and counted as not surviving that one).
 */
export const s6Hostile: Scenario = {
  id: 'S6',
  title: 'S6 hostile input',
  rows: () => [
    {
      id: 'S6-survived',
      scenario: 'S6',
      label: `S6 survived (of ${ATTACKS.length} attacks)`,
      kind: 'text',
    },
    {
      id: 'S6-converge',
      scenario: 'S6',
      label: 'S6 other clients: worst probe convergence',
      kind: 'ms',
    },
  ],
  async run(ctx) {
    let server = await ctx.spec.start();
    const details: string[] = [];
    const crashedOn: string[] = [];
    const probes: number[] = [];
    let slowProbes = 0;
    try {
      let { room, keys } = await freshRoom(ctx, server, 's6-0');
      for (const [index, attack] of ATTACKS.entries()) {
        let outcome = '';
        let raw: RawSocket | null = null;
        try {
          raw = await openRawWebSocket(server.port, room.upgradePath);
        } catch (error) {
          outcome = `handshake failed: ${(error as Error).message}`;
        }
        const times: (number | null)[] = [];
        if (raw) {
          const running = attack.run(raw, room);
          await sleep(300);
          times.push(server.alive() ? await probe(ctx, keys) : null);
          await running.catch(() => undefined);
          outcome = `server closed it with ${raw.closeCode() ?? 'no close frame'}`;
        }
        await sleep(300);
        const survived = server.alive() && (await canConnect(server.port));
        if (survived) times.push(await probe(ctx, keys));
        const finite = times.filter((t): t is number => t !== null);
        probes.push(...finite);
        const late = times.some((t) => t === null || t > 1000);
        if (late) slowProbes += 1;
        details.push(
          `${attack.name}: ${survived ? 'survived' : 'CRASHED'}; ${outcome}; probes ${times
            .map((t) => (t === null ? 'timeout' : `${t.toFixed(1)} ms`))
            .join(', ')}`,
        );
        ctx.log(`S6 ${details[details.length - 1] ?? ''}`);
        if (!survived) {
          crashedOn.push(attack.name.split(' (')[0] ?? attack.name);
          await ctx.pool.disconnectAll();
          await server.kill();
          server = await server.restart();
          ({ room, keys } = await freshRoom(ctx, server, `s6-${index + 1}`));
        }
      }
    } finally {
      await ctx.pool.disconnectAll().catch(() => undefined);
      await server.stop();
    }
    const survivedCount = ATTACKS.length - crashedOn.length;
    const survivedText =
      crashedOn.length === 0
        ? `${survivedCount}/${ATTACKS.length}`
        : `${survivedCount}/${ATTACKS.length} (died on: ${crashedOn.join(', ')})`;
    const worst = max(probes);
    const converge: Cell = {
      value: worst,
      note: `${slowProbes === 0 ? 'every probe converged within 1 s' : `${slowProbes} attack(s) with a probe slower than 1 s or lost`}:\n${details.map((d) => `  - ${d}`).join('\n')}`,
    };
    return new Map<string, Cell>([
      ['S6-survived', { value: survivedCount, text: survivedText }],
      ['S6-converge', converge],
    ]);
  },
};
