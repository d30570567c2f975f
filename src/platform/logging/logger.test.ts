import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { enableTelemetry } from './telemetry.js';

describe('logging', () => {
  it('redacts tokens, secrets and email addresses', () => {
    const lines: string[] = [];
    const logger = createLogger('info', {
      write: (line: string) => {
        lines.push(line);
      },
    });
    logger.info({
      req: { headers: { authorization: 'Bearer eyJabc', 'x-gt-user': 'officer@example.gov.uk' } },
      person: { email: 'officer@example.gov.uk' },
      bot: { appPassword: 's3cret' },
      telemetry: { connectionString: 'InstrumentationKey=abc' },
    });
    const text = lines.join('');
    expect(text).not.toMatch(/eyJabc|officer@example|s3cret|InstrumentationKey/);
    expect(text).toContain('[redacted]');
  });

  it('announces telemetry export only when a connection string is set, without logging it', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    expect(enableTelemetry({}, logger)).toBe('off');
    expect(lines).toEqual([]);
    const state = enableTelemetry(
      { appInsightsConnectionString: 'InstrumentationKey=00000000-0000-0000-0000-000000000000' },
      logger,
    );
    expect(state).toBe('would-export');
    expect(lines.join('')).toContain('telemetry export would be enabled');
    expect(lines.join('')).not.toContain('00000000-0000');
  });
});
