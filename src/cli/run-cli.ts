// Runs the program and turns a user's mistake into a clear message and exit code 1; only an
// unexpected fault prints its stack.
import { DomainError, NotFoundError, ValidationError } from '../domain/errors/errors.js';
import { formatProblem } from '../app/import/index.js';
import { ConfigError } from '../platform/config/config.js';
import { EmptyStoreError } from './context.js';
import { SmokeFailedError } from './commands/smoke.js';
import { buildProgram } from './program.js';
import { processIo, type CliIo } from './io.js';

export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof ValidationError) {
    const lines = error.problems.map((p) => `  ${formatProblem(p)}`);
    const count = error.problems.length;
    return {
      message: `Error: ${count} problem${count === 1 ? '' : 's'}:\n${lines.join('\n')}\n`,
      exitCode: 1,
    };
  }
  // Said as it stands, with nothing before it: scripts and the README quote this exact line.
  if (error instanceof EmptyStoreError) return { message: `${error.message}\n`, exitCode: 1 };
  // A setting the user can correct (GT_SEED_DEMO=maybe): the message names it; no stack.
  if (
    error instanceof NotFoundError ||
    error instanceof DomainError ||
    error instanceof ConfigError ||
    error instanceof SmokeFailedError
  ) {
    return { message: `Error: ${error.message}\n`, exitCode: 1 };
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message: `Unexpected error: ${text}\n`, exitCode: 2 };
}

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.err(message);
    return exitCode;
  }
}
