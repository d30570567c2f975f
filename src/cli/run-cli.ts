// Runs the program and turns a user's mistake into a clear message and exit code 1; only an
// unexpected fault prints its stack.
import { DomainError, NotFoundError, ValidationError } from '../domain/errors/errors.js';
import { formatProblem } from '../app/import/index.js';
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
  if (error instanceof NotFoundError || error instanceof DomainError) {
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
