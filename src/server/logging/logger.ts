// The one logger: structured JSON through pino. Tokens, cookies and people's identities are redacted
// at the source so they never reach a log line.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = 'info'): Logger {
  return pino({
    level,
    base: { app: 'golden-thread' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-dev-user"]',
        '*.token',
        '*.accessToken',
        '*.password',
        '*.email',
      ],
      censor: '[redacted]',
    },
  });
}
