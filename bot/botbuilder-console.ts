// botbuilder writes its failures straight to `console` (cloudAdapter.js console.error(err) for every
// failed request, jwtTokenExtractor.js for every expired or unverifiable token), outside the
// redacting logger and with stacks. This routes those calls, and only those (told apart by the
// caller's stack frames), through our logger: at debug while an inbound request is being answered
// (the endpoint writes the one line that matters), at warn otherwise (a proactive send failing).
import { format } from 'node:util';
import type { Logger } from '../src/platform/logging/logger.js';
import { currentInbound } from './inbound-scope.js';

const FROM_BOTBUILDER = /node_modules[\\/](botbuilder|botframework-)/;
const METHODS = ['error', 'warn', 'info', 'log', 'debug'] as const;
let outsideLogger: Logger | undefined;
let installed = false;

/** Sends botbuilder's console output to `logger` from now on (once per process; the last wins). */
export function routeBotbuilderConsole(logger: Logger): void {
  outsideLogger = logger;
  if (installed) return;
  installed = true;
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (!FROM_BOTBUILDER.test(new Error().stack ?? '')) {
        original(...args);
        return;
      }
      const scope = currentInbound();
      const problem = args.find((a) => a instanceof Error);
      if (scope && problem) scope.errors.push(problem);
      const line = { botbuilder: describe(args) };
      const logger = scope?.logger ?? outsideLogger;
      if (!logger) return;
      if (scope || method === 'log' || method === 'info' || method === 'debug') {
        logger.debug(line, 'botbuilder said');
      } else {
        logger.warn(line, 'botbuilder said');
      }
    };
  }
}

/** The message only: no stack, and bounded, since botbuilder puts whole objects in some lines. */
function describe(args: unknown[]): string {
  const text = args
    .map((a) =>
      a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : format('%o', a),
    )
    .join(' ');
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
