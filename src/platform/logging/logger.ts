// The one logger: structured JSON through pino. Tokens, secrets, cookies and people's identities
// (emails, names) are redacted at the source so they never reach a log line; request lines carry a
// request id and the route only (app.ts). Telemetry export hooks in at logging/telemetry.ts.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination` lets tests read the lines; the server writes to stdout. */
export function createLogger(level: string = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'golden-thread' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-dev-user"]',
        'req.headers["x-gt-user"]',
        'res.headers["set-cookie"]',
        '*.token',
        '*.accessToken',
        '*.idToken',
        '*.password',
        '*.appPassword',
        '*.botAppPassword',
        '*.clientSecret',
        '*.lgInformKey',
        '*.lgInformSecret',
        '*.connectionString',
        '*.appInsightsConnectionString',
        '*.email',
        '*.displayName',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
