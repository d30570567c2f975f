import { describe, expect, it } from 'vitest';
import { looksLikeTeams } from './detect-teams.js';

function fakeWindow(opts: {
  framed: boolean;
  ancestors?: string[];
  referrer?: string;
  native?: boolean;
}): Window {
  const self = {} as Record<string, unknown>;
  Object.assign(self, {
    self,
    top: opts.framed ? {} : self,
    location: { ancestorOrigins: opts.ancestors ?? [] },
    document: { referrer: opts.referrer ?? '' },
    ...(opts.native ? { nativeInterface: {} } : {}),
  });
  return self as unknown as Window;
}

describe('looksLikeTeams', () => {
  it('is false in a plain browser tab, so app.initialize() is never called there', () => {
    expect(looksLikeTeams(fakeWindow({ framed: false }))).toBe(false);
  });

  it('is true when framed by a Teams host', () => {
    expect(
      looksLikeTeams(fakeWindow({ framed: true, ancestors: ['https://teams.microsoft.com'] })),
    ).toBe(true);
    expect(
      looksLikeTeams(fakeWindow({ framed: true, referrer: 'https://teams.cloud.microsoft/' })),
    ).toBe(true);
  });

  it('is false when framed by some other site', () => {
    expect(looksLikeTeams(fakeWindow({ framed: true, ancestors: ['https://evil.example'] }))).toBe(
      false,
    );
    expect(
      looksLikeTeams(
        fakeWindow({ framed: true, ancestors: ['https://teams.microsoft.com.evil.example'] }),
      ),
    ).toBe(false);
  });

  it('is true in the mobile clients, which inject a native bridge', () => {
    expect(looksLikeTeams(fakeWindow({ framed: false, native: true }))).toBe(true);
  });
});
