// Starts Golden Thread: configuration, the store (seeded with the demo council on first run), the
// due returns of periods that have ended, and the HTTP server.
import { ConfigError, loadConfig, type Config } from '../platform/config/config.js';
import { createLogger } from '../platform/logging/logger.js';
import { startServer } from '../compose/start-server.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // A setting the operator must fix: say which, without a stack trace in the way.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Golden Thread cannot start: ${error.message}`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const running = await startServer({ config, logger });
logger.info({ url: running.url, store: config.store, mode: config.mode }, 'Golden Thread is ready');
console.log(`\nGolden Thread is running at ${running.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
