// The Graph emulator in a Node process of its own, for the load and soak figures: real Graph runs
// elsewhere, so an emulator sharing the server's process would take CPU from its event loop and
// put its own state (every item version, every delta change) in the server's heap and RSS. The
// child prints `{ baseUrl, origin, token }` as one line of JSON once it listens, and stops when
// its stdin closes (so it never outlives the bench, even if the bench is killed).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startGraphEmulator } from '../test/graph-emulator/index.js';

export interface EmulatorProcess {
  baseUrl: string;
  origin: string;
  token: string;
  /** A new site, provisioned by the caller (the emulator's own `POST /_emulator/sites`). */
  addSite(): Promise<string>;
  /** The child's resident set size, from /proc (0 where there is none). */
  rssMb(): Promise<number>;
  close(): Promise<void>;
}

interface Ready {
  baseUrl: string;
  origin: string;
  token: string;
}

export function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the emulator process exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const ready = JSON.parse(line) as Ready;
      resolve({
        ...ready,
        async addSite() {
          const res = await fetch(`${ready.origin}/_emulator/sites`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
          if (res.status !== 201) throw new Error(`the emulator refused a site: ${res.status}`);
          return ((await res.json()) as { id: string }).id;
        },
        async rssMb() {
          const { readFile } = await import('node:fs/promises');
          try {
            const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
            const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
            return kb / 1024;
          } catch {
            return 0;
          }
        },
        close() {
          return new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.stdin!.end();
          });
        },
      });
    });
  });
}

async function main(): Promise<void> {
  const emulator = await startGraphEmulator();
  const ready: Ready = {
    baseUrl: emulator.baseUrl,
    origin: emulator.origin,
    token: emulator.token,
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void emulator.close().then(() => process.exit(0));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
