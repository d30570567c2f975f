// Entry point of the `golden-thread` command (bin/golden-thread.js loads it through tsx).
import { runCli } from './run-cli.js';

// exitCode rather than exit(), so piped output (a large export) is flushed first.
process.exitCode = await runCli(process.argv);
