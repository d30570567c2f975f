// Starts Golden Thread: configuration, the store (seeded with the demo council on first run), the
// due returns of periods that have ended, and the HTTP server.
import { loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startServer } from './start-server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const running = await startServer({ config, logger });
logger.info({ url: running.url, store: config.store, mode: config.mode }, 'Golden Thread is ready');
console.log(`\nGolden Thread is running at ${running.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
