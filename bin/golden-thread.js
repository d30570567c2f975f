#!/usr/bin/env node
// The `golden-thread` command: registers tsx so the TypeScript sources run as they are, then
// loads the CLI entry point relative to this file (so it works from any working directory).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
