// A worker thread starts without the parent's TypeScript loader, so it registers tsx itself (as
// bin/golden-thread.js does for the CLI) before loading the worker module.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./render-worker.ts', import.meta.url).href);
