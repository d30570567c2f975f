// The M365 Agents Playground (Microsoft's offline Teams chat emulator) as a child process on a free
// loopback port, for the browser tests that chat with the bot through it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function startPlayground(endpoint: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'node_modules/.bin/agentsplayground',
    ['-e', endpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`the Playground did not start:\n${out}`)),
      60_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}):\n${out}`)));
  });
}

/** Stops the Playground: its own process group (the CLI starts a server child that listens on
 * all interfaces). */
export function stopPlayground(child: ChildProcess | undefined): void {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
}
