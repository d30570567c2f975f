import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../app/deps.js';
import { loadConfig } from '../platform/config/config.js';
import { readinessChecks } from './readiness.js';

function depsWith(query: () => Promise<unknown[]>): AppDeps {
  return { store: { query } as unknown as AppDeps['store'], clock: { now: () => new Date() } };
}

describe('readiness', () => {
  it('is ready locally when the store answers', async () => {
    const checks = await readinessChecks(
      loadConfig({}, {}),
      depsWith(async () => []),
    );
    expect(checks).toEqual({ store: 'ok', bot: 'ok' });
  });

  it('reports a store that fails', async () => {
    const failing = depsWith(async () => {
      throw new Error('database is locked');
    });
    expect((await readinessChecks(loadConfig({}, {}), failing)).store).toBe('failed');
  });

  it('reports the bot missing in a tenant whose configuration lacks the bot identity', async () => {
    const config = {
      ...loadConfig({}, {}),
      mode: 'tenant' as const,
      tenantId: '99999999-8888-4777-8666-555555555555',
    };
    expect(
      (
        await readinessChecks(
          config,
          depsWith(async () => []),
        )
      ).bot,
    ).toBe('missing');
  });
});
