// A whole Golden Thread server in its own process (the two-instance test): HTTP, the bot and the
// nudge scheduler on the given SQLite file, its clock fixed at 20/11/2025 10:00. It runs the
// scheduler's cycle `cycles` times (waiting while the other instance holds the lease), then stops.
// argv: data file, cycles.
import { loadConfig } from '../../src/platform/config/config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { startServer } from '../../src/compose/start-server.js';
import { realTimer } from '../../src/app/nudges/index.js';
import { CYCLE_AT } from './setup.js';

const [file, cycles] = process.argv.slice(2);
const config = loadConfig(
  { port: 0, host: '127.0.0.1', dataFile: file!, logLevel: 'silent', nudgeIntervalMinutes: 60 },
  process.env,
);
const running = await startServer({
  config,
  logger: createLogger('silent'),
  clock: { now: () => CYCLE_AT },
});
if (!running.nudges) throw new Error('the nudge scheduler did not start (GT_NUDGE_IN_TESTS?)');
for (let i = 0; i < Number(cycles ?? 1); i++) {
  while (!(await running.nudges.runOnce()).ran) await realTimer.sleep(100);
}
await running.close();
