// Public surface of the command line.
export { runCli, describeError } from './run-cli.js';
export { buildProgram } from './program.js';
export type { CliIo } from './io.js';
