import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import {
  connectClient,
  createBoard,
  tempDir,
  waitFor,
  type RunningServer,
} from './support/relayHarness';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, 'support', 'childServer.ts');
const TRIALS = Number(process.env.DURABILITY_TRIALS ?? 50);

/** Starts the relay in a child process on `dataDir`; resolves with its port. */
function spawnServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('durability', () => {
  it(`an update another client received survives SIGKILL (${TRIALS} trials)`, async () => {
    const dataDir = tempDir('isf-durability-');
    const setup = new SqliteStorage({ dataDir });
    const tokens = await createBoard(setup, 'b1');
    await setup.close();

    let lost = 0;
    let finalSize = -1;
    const started = Date.now();
    for (let trial = 0; trial <= TRIALS; trial++) {
      const { child, port } = await spawnServer(dataDir);
      const server = { syncUrl: `ws://127.0.0.1:${port}/sync` } as RunningServer;
      const observer = connectClient(server, 'b1', tokens.owner);
      try {
        await observer.synced;
        const nodes = observer.doc.getMap('nodes');
        if (trial > 0 && nodes.get(`k${trial - 1}`) !== trial - 1) lost += 1;
        if (trial === TRIALS) {
          finalSize = nodes.size;
          child.kill('SIGKILL');
          await killed(child);
          break;
        }
        const writer = connectClient(server, 'b1', tokens.editor);
        try {
          await writer.synced;
          writer.doc.getMap('nodes').set(`k${trial}`, trial);
          await waitFor(() => nodes.get(`k${trial}`) === trial, 5000, `relay of k${trial}`);
          // The observer has the update: kill the server right now, without any shutdown.
          child.kill('SIGKILL');
          await killed(child);
        } finally {
          writer.destroy();
        }
      } finally {
        observer.destroy();
        child.kill('SIGKILL');
      }
    }
    console.info(
      `durability: ${TRIALS} SIGKILL trials, ${lost} lost, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(lost).toBe(0);
    expect(finalSize).toBe(TRIALS);
  }, 240_000);
});
