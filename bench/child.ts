// Runs one exported function of a bench module in a Node process of its own and hands back what
// it returns. Used where sharing the bench's process would distort the figure: clients on the
// server's own event loop compete with it, and a process's RSS counts everything else it holds
// (the seed, a stand-in with every card it received). The parent sends `{ module, name, input }`
// as JSON on stdin; the child answers with one line of JSON on stdout.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Call {
  module: string;
  name: string;
  input: unknown;
}

/**
 * Calls `name(input)` from the module at `moduleUrl` (an import.meta.url) in a child process,
 * with `nodeFlags` before the loader (e.g. `--expose-gc`).
 */
export function inChild<I, O>(
  moduleUrl: string,
  name: string,
  input: I,
  nodeFlags: string[] = [],
): Promise<O> {
  return new Promise((resolve, reject) => {
    const args = [...nodeFlags, '--import', 'tsx', fileURLToPath(import.meta.url)];
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${name} in a child process exited with ${code}`));
      else resolve(JSON.parse(out) as O);
    });
    const call: Call = { module: moduleUrl, name, input };
    child.stdin.end(JSON.stringify(call));
  });
}

async function main(): Promise<void> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  const call = JSON.parse(text) as Call;
  const mod = (await import(call.module)) as Record<string, (input: unknown) => unknown>;
  const fn = mod[call.name];
  if (typeof fn !== 'function') throw new Error(`${call.module} exports no ${call.name}`);
  process.stdout.write(`${JSON.stringify(await fn(call.input))}\n`);
}

// Not a top-level await: the module called usually imports this one (for inChild), and an import
// cycle waits for a top-level await that waits on the import: the process would never settle.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
